/**
 * Hostile-input harness: runs parse + extract (src/parse `parseArticle`, src/pipeline
 * `extractArticle`) on one input, timing it, and sorts the outcome into "read", "refused with a
 * KgError" or "crashed" (anything else thrown).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../src/errors/index.js';
import { validateGraph, type GraphDocument } from '../../src/graph/index.js';
import { parseArticle, type ParsedArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Budget per article: a safety bound against catastrophic backtracking, not a speed target. */
export const ARTICLE_BUDGET_MS = 2000;
/** Pages over 1 MB (the long variants, the 20 MB page) get this much per MB instead: linear work passes, blow-ups do not. */
export const MS_PER_MB = 2000;
/**
 * And every sentence read adds this much: the pipeline's work is linear in sentences, and a small page
 * cut into tens of thousands of tiny ones ("다.다.다.…", up to MAX_SENTENCES) costs ~40 µs each on the
 * CI machine, 2 s in all near the limit. A blow-up still shows: it is not paid per sentence.
 */
export const MS_PER_SENTENCE = 0.1;

/** The CPU budget of one input of `sentences` read sentences: ARTICLE_BUDGET_MS plus MS_PER_SENTENCE each, or MS_PER_MB per MB for big inputs. */
export function budgetFor(input: Buffer | string, sentences = 0): number {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  return Math.max(ARTICLE_BUDGET_MS + Math.round(MS_PER_SENTENCE * sentences), Math.round((MS_PER_MB * bytes) / 1e6));
}
/** KG_LONG_TESTS=1 runs the long variants. */
export const LONG = process.env.KG_LONG_TESTS === '1';

/**
 * The property tests' random seed: KG_PROPERTY_SEED when given, else taken from the checked-out commit, so a CI
 * rehearsal on a clone of a commit draws exactly the cases CI will draw for it (each commit still draws new ones),
 * and a failure can be replayed; a random one outside a git checkout.
 */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  if (env.KG_PROPERTY_SEED && /^-?\d+$/.test(env.KG_PROPERTY_SEED)) return Number(env.KG_PROPERTY_SEED) | 0;
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^[0-9a-f]{8}/.test(head)) return Number.parseInt(head.slice(0, 8), 16) | 0;
  } catch {
    // not a git checkout: a random seed, printed with the figures
  }
  return (Math.random() * 2 ** 31) | 0;
}

export interface Outcome {
  kind: 'read' | 'refused' | 'crashed';
  /**
   * CPU time of the run in ms (user + system of this process): what the budget is checked on, so a
   * busy machine does not fail it; wall time is in `wallMs`.
   */
  ms: number;
  wallMs: number;
  error?: unknown;
  parsed?: ParsedArticle;
  graph?: GraphDocument;
}

/** parse + extract one input; never throws. */
export async function runArticle(input: Buffer | string, fileName: string): Promise<Outcome> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const elapsed = () => {
    const used = process.cpuUsage(cpu);
    return { ms: (used.user + used.system) / 1000, wallMs: performance.now() - started };
  };
  try {
    const parsed = parseArticle(input, { source: fileName, fileName });
    const graph = validateGraph(extractArticle(parsed), `extract(${fileName})`);
    return { kind: 'read', ...elapsed(), parsed, graph };
  } catch (e: unknown) {
    return { kind: e instanceof KgError ? 'refused' : 'crashed', ...elapsed(), error: e };
  }
}

/** A line describing a crash, for assertion messages. */
export function describeCrash(o: Outcome, label: string): string {
  const e = o.error;
  const what = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 6).join('\n')}` : String(e);
  return `${label}: crashed after ${o.ms.toFixed(0)} ms CPU with ${what}`;
}

/** The seed page and every fixture page and article, as bytes with their file names. */
export function seedPages(): { name: string; bytes: Buffer }[] {
  const dirs = ['seed', 'test/fixtures/pages', 'test/fixtures/articles'];
  return dirs.flatMap((d) =>
    readdirSync(path.join(root, d))
      .filter((f) => /\.(html?|txt)$/.test(f))
      .sort()
      .map((f) => ({ name: `${d}/${f}`, bytes: readFileSync(path.join(root, d, f)) })),
  );
}

/** Timings of a run: count, median, p99 and max in ms. */
export function timings(ms: number[]): { runs: number; p50: number; p99: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { runs: s.length, p50: Math.round(at(0.5)), p99: Math.round(at(0.99)), max: Math.round(s[s.length - 1] ?? 0) };
}
