/** Rule data files are schema-checked at load; errors name the file and the line. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RuleFileError } from '../../src/errors/index.js';
import { DEFAULT_RULES_DIR, loadRules } from '../../src/extract/index.js';
import { rulesReading } from '../../src/extract/pattern-readings.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the real rule folder with one file's line replaced. */
function withLine(file: string, line: number, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-rules-'));
  dirs.push(dir);
  for (const f of fs.readdirSync(DEFAULT_RULES_DIR)) fs.copyFileSync(path.join(DEFAULT_RULES_DIR, f), path.join(dir, f));
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
  lines[line - 1] = text;
  fs.writeFileSync(path.join(dir, file), lines.join('\n'));
  return dir;
}

function errorOf(dir: string): RuleFileError {
  try {
    loadRules(dir);
  } catch (e: unknown) {
    if (e instanceof RuleFileError) return e;
    throw e;
  }
  throw new Error('loadRules accepted a broken rule folder');
}

describe('loadRules', () => {
  it('loads the shipped rules with unique ids', () => {
    const r = loadRules();
    expect(r.patterns.length).toBeGreaterThan(20);
    expect(new Set(r.patterns.map((p) => p.id)).size).toBe(r.patterns.length);
    expect(r.byKey.get('company:skt')?.country).toBe('KR');
  });

  it.each([
    ['companies.jsonl', 2, '{"id":"x","names":[]}', /names/],
    ['companies.jsonl', 3, '{"id":"Bad Id","names":["X"]}', /ids are lower-case/],
    ['companies.jsonl', 4, '{"id":"zz","names":["Z"],"country":"Korea"}', /ISO 3166/],
    ['models.jsonl', 8, '{"id":"m1","names":["M1"],"developer":"nobody"}', /developer "nobody" is not a known Company id/],
    ['patterns.jsonl', 1, '{"id":"based-on.x","relation":"BASED_ON","confidence":0.9,"pattern":"{MODEL:target}(unclosed"}', /does not compile/],
    ['patterns.jsonl', 2, '{"id":"based-on.y","relation":"BASED_ON","confidence":0.9,"pattern":"{COMPANY:source}\\\\s{MODEL:target}"}', /Model slot named "source"/],
    ['patterns.jsonl', 3, '{"id":"scored.z","relation":"SCORED","confidence":2,"pattern":"{MODEL:source}{BENCHMARK:target}"}', /confidence/],
    ['patterns.jsonl', 4, '{"id":"scored.w","relation":"SCORED","confidence":0.5,"pattern":"{MODEL:source}{BENCHMARK:target}","veto":["nosuchcue"]}', /unknown cue list/],
    ['patterns.jsonl', 5, '{"id":"based-on.c","relation":"BASED_ON","confidence":0.5,"pattern":"{MODEL:source}{MODEL:target}","dispute":["denial"],"claim":["rumours"]}', /unknown cue list "rumours"/],
    ['patterns.jsonl', 6, '{"id":"developed.v","relation":"DEVELOPED","confidence":0.5,"pattern":"{COMPANY:source}{MODEL:target}","reads":"own-models"}', /reads/],
    ['lexicon.jsonl', 1, 'not json', /not valid JSON/],
  ])('%s line %i: %s', (file, line, text, problem) => {
    const err = errorOf(withLine(file, line, text));
    expect(err.file.endsWith(file)).toBe(true);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(problem);
    expect(err.code).toBe('RULE_FILE_INVALID');
  });

  it("gives the steps after matching the rules a pattern file marks with what they read", () => {
    const dir = withLine('patterns.jsonl', 7, '{"id":"developed.marked","relation":"DEVELOPED","confidence":0.5,"pattern":"{COMPANY:source}의 {MODEL:target}","reads":"own-model"}');
    expect(rulesReading(loadRules(dir), 'own-model').has('developed.marked')).toBe(true);
    expect(rulesReading(loadRules(dir), 'likened-source').has('developed.marked')).toBe(false);
    expect(rulesReading(loadRules(), 'own-model').has('developed.marked')).toBe(false);
  });

  it('rejects a duplicate rule id, naming the second line', () => {
    const first = fs.readFileSync(path.join(DEFAULT_RULES_DIR, 'patterns.jsonl'), 'utf8').split('\n')[0]!;
    const err = errorOf(withLine('patterns.jsonl', 2, first));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/duplicate rule id/);
  });

  it('rejects a clause frame id written twice, naming the second line', () => {
    const lines = fs.readFileSync(path.join(DEFAULT_RULES_DIR, 'clauses.jsonl'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"kind":"frame"'));
    const err = errorOf(withLine('clauses.jsonl', at + 2, lines[at]!));
    expect(err.file.endsWith('clauses.jsonl')).toBe(true);
    expect(err.line).toBe(at + 2);
    expect(err.message).toMatch(/duplicate frame id/);
  });
});
