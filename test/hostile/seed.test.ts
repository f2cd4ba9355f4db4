import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { propertySeed } from './support.js';

describe('the property tests draw their cases from one seed per commit', () => {
  it('takes KG_PROPERTY_SEED when given (to replay a failure)', () => {
    expect(propertySeed({ KG_PROPERTY_SEED: '-2085170138' })).toBe(-2085170138);
    expect(propertySeed({ KG_PROPERTY_SEED: '42' })).toBe(42);
  });

  it('otherwise derives it from the checked-out commit, so a rehearsal on a clone draws what CI draws', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(propertySeed({})).toBe(Number.parseInt(head.slice(0, 8), 16) | 0);
    expect(propertySeed({ KG_PROPERTY_SEED: 'not a number' })).toBe(propertySeed({}));
  });
});
