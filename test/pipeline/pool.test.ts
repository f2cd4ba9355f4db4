/** The build's thread pool: the worker's protocol, and every file reported once whoever reads it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractOutcome, extractPooled, type FileOutcome, type WorkerMessage } from '../../src/pipeline/pool.js';

let dir: string;
let files: string[];
const seedDir = path.resolve('seed');
const seedFile = path.join(seedDir, fs.readdirSync(seedDir).find((f) => f.endsWith('.html'))!);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-pool-'));
  fs.copyFileSync(seedFile, path.join(dir, 'a-seed.html'));
  fs.writeFileSync(path.join(dir, 'b-note.txt'), '업스테이지, 솔라 프로2 공개\n2025-07-10\n\n업스테이지가 차세대 언어모델 ‘솔라 프로2’를 출시했다고 10일 밝혔다.\n');
  fs.writeFileSync(path.join(dir, 'c-broken.html'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7]));
  files = ['a-seed.html', 'b-note.txt', 'c-broken.html'].map((f) => path.join(dir, f));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pool worker', () => {
  it('asks for files, answers each file of a batch like the main thread, then asks again', async () => {
    const w = new Worker(new URL('../../src/pipeline/worker-boot.mjs', import.meta.url), { workerData: {} });
    const got: WorkerMessage[] = [];
    await new Promise<void>((resolve, reject) => {
      w.on('error', reject);
      w.on('message', (m: WorkerMessage) => {
        got.push(m);
        if ('want' in m && got.length === 1) w.postMessage(files);
        else if ('want' in m) resolve();
      });
    });
    await w.terminate();
    expect(got).toHaveLength(5);
    expect(got[0]).toEqual({ want: true });
    expect(got[4]).toEqual({ want: true });
    const outcomes = got.slice(1, 4) as FileOutcome[];
    expect(outcomes.map((o) => o.file)).toEqual(files);
    // the same facts, warnings and errors as the main thread reads
    expect(JSON.parse(JSON.stringify(outcomes))).toEqual(JSON.parse(JSON.stringify(files.map((f) => extractOutcome(f, undefined)))));
    expect(outcomes[2]!.error?.message).toMatch(/c-broken\.html/);
  }, 60_000);
});

describe('extractPooled', () => {
  it('reports every file exactly once', async () => {
    const many = Array.from({ length: 40 }, (_, i) => files[i % 3]! + (i < 3 ? '' : `#${i}`));
    // names with '#' do not exist: each is reported once, as an error naming it
    const seen: FileOutcome[] = [];
    await extractPooled(many, 2, undefined, (o) => seen.push(o));
    expect(seen.map((o) => o.file).sort()).toEqual([...many].sort());
    expect(seen.filter((o) => o.facts).map((o) => o.file).sort()).toEqual(files.slice(0, 2));
    for (const o of seen.filter((x) => x.file.includes('#'))) expect(o.error?.message).toContain(o.file);
  }, 60_000);
});
