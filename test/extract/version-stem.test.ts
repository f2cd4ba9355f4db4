import { describe, expect, it } from 'vitest';
import { splitVersion } from '../../src/extract/version-stem.js';

describe('splitVersion: a model name read as its line and version', () => {
  it.each([
    ['Y 2', { line: 'Y', version: 2 }],
    ['Y-3.5', { line: 'Y', version: 3.5 }],
    ['Qwen2.5', { line: 'Qwen', version: 2.5 }],
    ['큐웬3', { line: '큐웬', version: 3 }],
    ['솔라 프로 2', { line: '솔라 프로', version: 2 }],
    ['다올 마이스터 1.5', { line: '다올 마이스터', version: 1.5 }],
    ['Model v2', { line: 'Model', version: 2 }],
    ['A.X 4.0', { line: 'A.X', version: 4 }],
  ])('%s', (name, expected) => expect(splitVersion(name)).toEqual(expected));

  it.each([
    ['no version', 'EXAONE'],
    ['a size, not a version', 'Qwen3-32B'],
    ['the tail of a longer number', 'Y 123'],
    ['the tail of a three-part version', 'Y 1.2.3'],
    ['no letter before the version', '2.5'],
  ])('none: %s (%s)', (_why, name) => expect(splitVersion(name)).toBeUndefined());
});
