import { readFile } from 'node:fs/promises';
import { articleSchema, edgeSchema, GraphChecks, makeEdgeId, nodeSchema, type GraphDocument, type GraphEdge } from '../../graph/index.js';
import { GraphFormatError } from '../../errors/index.js';
import { GraphIndex } from './graph-index.js';
import { NotRecords, readRecords } from './json-records.js';
import { readGraphFile } from './persist.js';

/** Edge ids recomputed with makeEdgeId so the same fact from two documents merges. */
export function withStableEdgeIds(graph: GraphDocument): GraphDocument {
  return { ...graph, edges: graph.edges.map(stableEdge) };
}

function stableEdge(e: GraphEdge): GraphEdge {
  return { ...e, id: makeEdgeId(e.type, e.source, e.target) };
}

/**
 * The graph file as an index (null when the file does not exist): what readGraphFile and a merge
 * give, read one record at a time from the file's bytes so that neither the whole text nor the
 * whole parsed document is held with the index (at 100k articles they were twice its size, and
 * the heap stayed that large). A file this way cannot take (members in another order, anything
 * invalid) is read whole with readGraphFile, whose error says what is wrong.
 */
export async function indexGraphFile(file: string): Promise<GraphIndex | null> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(file);
  } catch {
    bytes = undefined; // readGraphFile reports it (or returns null for a missing file)
  }
  if (bytes) {
    try {
      return indexRecords(bytes);
    } catch {
      bytes = undefined;
    }
  }
  const graph = await readGraphFile(file);
  if (!graph) return null;
  const g = new GraphIndex();
  g.merge(withStableEdgeIds(graph));
  return g;
}

const MEMBERS = ['version', 'articles', 'nodes', 'edges'];

/** validateGraph's cross-record checks, failing as NotRecords: the whole-file read then gives the error, naming the file. */
function check(run: () => void): void {
  try {
    run();
  } catch (e: unknown) {
    throw e instanceof GraphFormatError ? new NotRecords(e.message) : e;
  }
}

/** The checks of validateGraph, record by record; throws (anything) when the file is not one it can take. */
export function indexRecords(bytes: Buffer): GraphIndex {
  const g = new GraphIndex();
  const m = g.startMerge();
  const seen = new Set<string>();
  const checks = new GraphChecks('graph file');
  let stage = 0;
  for (const member of readRecords(bytes)) {
    const at = MEMBERS.indexOf(member.key);
    if ('record' in member) {
      if (member.key === 'articles') {
        const a = articleSchema.parse(member.record);
        check(() => checks.article(a));
        m.article(a);
      } else if (member.key === 'nodes') {
        const n = nodeSchema.parse(member.record);
        check(() => checks.node(n));
        m.node(n);
      } else if (member.key === 'edges') {
        const e = edgeSchema.parse(member.record);
        check(() => checks.edge(e));
        m.edge(stableEdge(e));
      }
      continue;
    }
    // a member starts: each of the four once, in this order (articles before the nodes and edges that need them)
    if (at < stage || seen.has(member.key)) throw new NotRecords(`member ${member.key} out of place`);
    seen.add(member.key);
    stage = at;
    if (member.key === 'version' ? !('value' in member) || member.value !== 1 : !('array' in member)) throw new NotRecords(`member ${member.key}`);
  }
  if (seen.size !== MEMBERS.length) throw new NotRecords('a member is missing');
  return g;
}
