import { readFile, rename, writeFile } from 'node:fs/promises';
import { validateGraph, type GraphDocument } from '../../graph/index.js';
import { InputError } from '../../errors/index.js';

/** Reads and validates a graph JSON file; a missing file is an empty graph. */
export async function readGraphFile(file: string): Promise<GraphDocument | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e: unknown) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(file, `cannot read the graph file (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(file, 'is not JSON');
  }
  return validateGraph(data, file);
}

/** Writes the graph next to `file` and renames it into place, so readers never see half a file. */
export async function writeGraphFile(file: string, graph: GraphDocument): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(graph, null, 2)}\n`, 'utf8');
  await rename(tmp, file);
}
