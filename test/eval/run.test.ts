/** `npm run eval` end to end, scoring given predictions (--pred-dir) so it needs no extractor. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listEvalCases, readGoldFile } from '../../src/eval/index.js';
import { predictionFor } from './predictions.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED_SCORER = path.resolve(ROOT, '../shared/tools/score-graph.mjs');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Writes a prediction for every evaluation case; `level` 0 is perfect, higher levels perturb it. */
function writePredictions(level: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-test-'));
  dirs.push(dir);
  listEvalCases(ROOT).forEach((c, i) => {
    fs.writeFileSync(path.join(dir, `${c.name}.json`), JSON.stringify(predictionFor(readGoldFile(c.goldFile), level, 7 + i)));
  });
  return dir;
}

/**
 * Runs the shared scorer with its stdout in a file: it ends with process.exit(), which can cut a
 * piped stdout short.
 */
export function runSharedScorer(...args: string[]): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-shared-')), 'out.txt');
  dirs.push(path.dirname(out));
  const fd = fs.openSync(out, 'w');
  try {
    spawnSync(process.execPath, [SHARED_SCORER, ...args], { stdio: ['ignore', fd, 'inherit'] });
  } finally {
    fs.closeSync(fd);
  }
  return fs.readFileSync(out, 'utf8');
}

function runEval(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/eval/run.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval', () => {
  it('scores perfect predictions 1.0 and meets any minimum', () => {
    const r = runEval('--pred-dir', writePredictions(0), '--min-entity-f1', '1', '--min-edge-f1', '1', '--min-attr', '1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const fixtureCount = fs.readdirSync(path.join(ROOT, 'test/fixtures/articles')).length;
    const holdoutCount = fs.readdirSync(path.join(ROOT, 'test/holdout/articles')).length;
    // the fixtures, the seed and the held-out articles, each on its own line
    expect(lines.filter((l) => /: entities P 1\.000 R 1\.000 \| edges P 1\.000 R 1\.000/.test(l))).toHaveLength(fixtureCount + 1 + holdoutCount);
    expect(lines).toContain(`held out: ${holdoutCount} article(s) from test/holdout (written blind; reported, never a floor)`);
    expect(lines).toContain(`entity F1 1.000 (P 1.000 R 1.000) | edge F1 1.000 (P 1.000 R 1.000) | attributes 1.000 over ${holdoutCount} article(s)`);
    expect(lines).toContain(`entity F1 1.000 (P 1.000 R 1.000) | edge F1 1.000 (P 1.000 R 1.000) | attributes 1.000 over ${fixtureCount} article(s)`);
    expect(lines.some((l) => /^ {2}SCORED +tp \d+ fp 0 fn 0 {2}P 1\.000 R 1\.000 F1 1\.000$/.test(l))).toBe(true);
    if (fs.existsSync(SHARED_SCORER)) expect(lines).toContain('shared scorer on the fixtures: agrees');
  });

  it('fails below a minimum and names an article without a prediction', () => {
    const dir = writePredictions(2);
    fs.rmSync(path.join(dir, 'kt-midm-2.json'));
    const r = runEval('--pred-dir', dir, '--min-edge-f1', '0.99');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^kt-midm-2 \(no prediction\): entities P 1\.000 R 0\.000/m);
    expect(r.stdout).toMatch(/extraction failed: .*kt-midm-2\.json: no prediction for this article/);
    expect(r.stderr).toMatch(/^eval: below minimum: edge F1 0\.\d{3} < 0\.99$/m);
    if (fs.existsSync(SHARED_SCORER)) expect(r.stdout).toContain('shared scorer on the fixtures: agrees');
  });

  it('rejects a bad minimum with exit status 2 and no stack trace', () => {
    const r = runEval('--min-entity-f1', 'high');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(!fs.existsSync(SHARED_SCORER))('prints the fixture report line for line as the shared scorer does', () => {
    const dir = writePredictions(3);
    const ours = runEval('--pred-dir', dir, '--verbose').stdout.split('\n');
    const theirs = runSharedScorer('--verbose', '--gold-dir', path.join(ROOT, 'test/fixtures/gold'), '--pred-dir', dir).trimEnd().split('\n');
    const start = ours.findIndex((l) => l.startsWith('fixtures: '));
    expect(ours.slice(start + 1, start + 1 + theirs.length)).toEqual(theirs);
    const goldCount = fs.readdirSync(path.join(ROOT, 'test/fixtures/gold')).length;
    expect(theirs.filter((l) => l.includes(': entities P '))).toHaveLength(goldCount);
    expect(theirs.at(-1)).toMatch(/^entity F1 .* over \d+ article\(s\)$/);
  });
});
