import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasRegexpFlag, REGEXP_FLAG } from '../../src/pipeline/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(root, 'src/cli/bin.mjs');
const SEED = path.join(root, 'seed/000_fb1c8bb41191b609.html');
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** bin.mjs's interpreter line as a command: ['/usr/bin/env', '-S', 'node', ...flags]. */
const shebang = readFileSync(BIN, 'utf8').split('\n')[0]!.slice(2).split(' ');

describe("extraction's regexp flag", () => {
  it.each([
    { execArgv: [], nodeOptions: '', given: false },
    { execArgv: ['--import', 'tsx', '--max-semi-space-size=64'], nodeOptions: '--enable-source-maps', given: false },
    { execArgv: ['--no-regexp-tier-up'], nodeOptions: '', given: true },
    { execArgv: [], nodeOptions: '--max-old-space-size=4096 --no_regexp_tier_up', given: true },
    { execArgv: ['--regexp-tier-up'], nodeOptions: '', given: false },
  ])('given $execArgv and NODE_OPTIONS "$nodeOptions": $given', ({ execArgv, nodeOptions, given }) => {
    expect(hasRegexpFlag(execArgv, nodeOptions)).toBe(given);
  });

  it('is passed by the kg command, npm start, npm run kg and the benchmarks that extract', () => {
    expect(shebang).toContain(REGEXP_FLAG);
    expect(scripts.kg).toContain(`${REGEXP_FLAG} src/cli/bin.mjs`);
    expect(scripts.start?.match(new RegExp(`node [^&]*${REGEXP_FLAG} src/cli/bin\\.mjs`, 'g'))).toHaveLength(2);
    expect(scripts.bench).toContain(REGEXP_FLAG);
    expect(scripts['bench:extract']).toContain(REGEXP_FLAG);
  });

  it('reaches the process through the shebang, and this Node accepts it', () => {
    const probe = spawnSync(shebang[0]!, [...shebang.slice(1), '-p', 'JSON.stringify(process.execArgv)'], { encoding: 'utf8' });
    expect(probe.status, probe.stderr).toBe(0);
    expect(hasRegexpFlag(JSON.parse(probe.stdout) as string[], '')).toBe(true);
  });

  it('changes no output: the seed extracted with and without it is byte-identical', () => {
    const run = (flags: string[]) => spawnSync(process.execPath, [...flags, BIN, 'extract', SEED], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const withFlag = run([REGEXP_FLAG]);
    const without = run([]);
    expect(withFlag.status, withFlag.stderr).toBe(0);
    expect(without.status, without.stderr).toBe(0);
    expect(JSON.parse(withFlag.stdout).edges.length).toBeGreaterThan(10);
    expect(withFlag.stdout).toBe(without.stdout);
  }, 60_000);
});
