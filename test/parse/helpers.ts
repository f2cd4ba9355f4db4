import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParsedArticle } from '../../src/parse/index.js';

export const pagesDir = join(import.meta.dirname, '../fixtures/pages');

export function readPage(name: string): Buffer {
  return readFileSync(join(pagesDir, name));
}

/** Every block and sentence slices back out of the article text; blocks join with a blank line. */
export function expectOffsetsHold(a: ParsedArticle): void {
  expect(a.text).toBe(a.blocks.map((b) => b.text).join('\n\n'));
  for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text);
  for (const [i, s] of a.sentences.entries()) {
    expect(s.index).toBe(i);
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    const block = a.blocks.find((b) => b.start <= s.start && s.end <= b.end);
    expect(block?.kind).toBe(s.block);
  }
}

/** No block carries page chrome. */
export function expectNoChrome(a: ParsedArticle): void {
  for (const b of a.blocks) {
    expect(b.text).not.toMatch(/관련자료|관련 기사|많이 본 뉴스|댓글|Copyright|무단\s?전재|재배포|사진=|@[a-z0-9-]+\./i);
    expect(b.text).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]/);
  }
}

export function textsOf(a: ParsedArticle, kind: string): string[] {
  return a.blocks.filter((b) => b.kind === kind).map((b) => b.text);
}
