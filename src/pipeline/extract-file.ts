/** One file → parsed article → facts (shared by the main thread and the workers). */
import fs from 'node:fs';
import { InputError, ensureKgError } from '../errors/index.js';
import { extractFacts, loadRules, type ArticleFacts } from '../extract/index.js';
import { parseArticle } from '../parse/index.js';

export function readInput(file: string): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new InputError(file, 'no such file');
  }
  if (st.isDirectory()) throw new InputError(file, 'is a folder, not an article file');
  try {
    return fs.readFileSync(file);
  } catch (e: unknown) {
    throw new InputError(file, `cannot be read: ${ensureKgError(e).message}`);
  }
}

export function extractFileFacts(file: string, rulesDir?: string): { facts: ArticleFacts; warnings: string[] } {
  const bytes = readInput(file);
  const parsed = parseArticle(bytes, { source: file });
  const facts = extractFacts(parsed, loadRules(rulesDir));
  return { facts, warnings: parsed.warnings.map((w) => `${file}: ${w}`) };
}
