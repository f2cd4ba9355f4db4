/** A plain-text release's boilerplate heading ("About X", "회사 소개") on the line right over its paragraph. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';

const blocksOf = (body: string) => parseText(`릴리스 제목\n2026-03-02\n\n첫 문단이다.\n\n${body}\n`, { source: 'r.txt' }).blocks.map((b) => `${b.kind}:${b.text}`);

describe('plain text: a boilerplate heading over its paragraph', () => {
  it.each([
    ['About Sorim Labs\nSorim Labs Inc. is a Busan-based AI company.', ['heading:About Sorim Labs', 'body:Sorim Labs Inc. is a Busan-based AI company.']],
    ['ABOUT KORVA AI\nKorva AI builds speech models.', ['heading:ABOUT KORVA AI', 'body:Korva AI builds speech models.']],
    ['회사 소개\n소림랩스는 2021년 부산에서 세워졌다.', ['heading:회사 소개', 'body:소림랩스는 2021년 부산에서 세워졌다.']],
  ])('keeps the heading apart: %s', (body, want) => {
    expect(blocksOf(body).slice(2)).toEqual(want);
  });

  it('leaves a wrapped line that opens on "About" in its paragraph', () => {
    expect(blocksOf('About 40 clinics\nalready use the model.').slice(2)).toEqual(['body:About 40 clinics already use the model.']);
  });
});
