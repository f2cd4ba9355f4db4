import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowingFlag, YOUNG_GENERATION_FLAG, YOUNG_GENERATION_MB, youngGenerationFlag } from '../../src/api/index.js';
import { REGEXP_FLAG } from '../../src/pipeline/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(root, 'src/cli/bin.mjs');

describe('heap growth of the server process', () => {
  it('caps the old generation at twice the live heap unless the process was started with its own setting', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(heapGrowingFlag([], '')).toBe('--heap-growing-percent=100');
    expect(heapGrowingFlag(['--import', 'tsx', '--max-old-space-size=8192'], '--enable-source-maps')).toBe('--heap-growing-percent=100');
    expect(heapGrowingFlag(['--heap-growing-percent=30'], '')).toBeNull();
    expect(heapGrowingFlag([], '--max-old-space-size=4096 --heap_growing_percent=250')).toBeNull();
  });
});

describe('young generation of the server process', () => {
  it.each([
    { execArgv: [], nodeOptions: '', flag: '--max-semi-space-size=64' },
    { execArgv: ['--import', 'tsx', '--max-old-space-size=8192'], nodeOptions: '--enable-source-maps', flag: '--max-semi-space-size=64' },
    { execArgv: ['--max-semi-space-size=32'], nodeOptions: '', flag: null },
    { execArgv: [], nodeOptions: '--max-old-space-size=4096 --max_semi_space_size=128', flag: null },
  ])('given $execArgv and NODE_OPTIONS "$nodeOptions": $flag', ({ execArgv, nodeOptions, flag }) => {
    expect(youngGenerationFlag(execArgv, nodeOptions)).toBe(flag);
  });

  it('is passed by the kg command itself and by the npm scripts that serve', () => {
    expect(YOUNG_GENERATION_FLAG).toBe(`--max-semi-space-size=${YOUNG_GENERATION_MB}`);
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${YOUNG_GENERATION_FLAG} ${REGEXP_FLAG}`);
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.kg).toBe(`node ${YOUNG_GENERATION_FLAG} ${REGEXP_FLAG} src/cli/bin.mjs`);
    expect(scripts.start).toContain(`node ${YOUNG_GENERATION_FLAG} ${REGEXP_FLAG} src/cli/bin.mjs serve`);
  });

  it('reaches V8: run through its shebang, the kg command has the larger young generation', () => {
    // allocation that survives scavenges makes V8 grow the new space up to its maximum
    const probe = [
      "import v8 from 'node:v8';",
      "let keep = []; for (let i = 0; i < 3e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 200000) keep = []; }",
      "process.stdout.write(String(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0));",
    ].join(' ');
    // the same interpreter line as bin.mjs, run on a probe instead of the CLI
    const shebang = readFileSync(BIN, 'utf8').split('\n')[0]!.slice(2).split(' ');
    const withFlag = spawnSync(shebang[0]!, [...shebang.slice(1), '--input-type=module', '-e', probe], { encoding: 'utf8' });
    const without = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(withFlag.status, withFlag.stderr).toBe(0);
    // the new space grown to its maximum: two semi-spaces of YOUNG_GENERATION_MB
    expect(Number(withFlag.stdout)).toBeGreaterThan(Number(without.stdout));
    expect(Number(withFlag.stdout)).toBe(2 * YOUNG_GENERATION_MB * 2 ** 20);
  });
});
