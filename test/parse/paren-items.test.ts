import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A plain-text handout whose indented items open on "(1) ", "(2) ": each item starts a paragraph of its own. */
const HANDOUT = `강의노트 7주차

  (1) 누리 1.0 — 2024년 3월 공개. 70억 파라미터.
      가람랩이 처음 가중치를 공개한 모델.
  (2) 누리 2.0 — 2025년 1월. 1.0의 후속 버전.
      세 가지 크기로 나왔다.
  이 두 모델은 (3) 이후에 다룬다.
`;

describe('parenthesised item numbers in plain text', () => {
  it('starts a paragraph at each "(N) " item and keeps its wrapped lines with it', () => {
    const a = parseArticle(Buffer.from(HANDOUT), { source: 'notes.txt' });
    const body = a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toContain('(1) 누리 1.0 — 2024년 3월 공개. 70억 파라미터. 가람랩이 처음 가중치를 공개한 모델.');
    expect(body.some((t) => t.startsWith('(2) 누리 2.0 — 2025년 1월. 1.0의 후속 버전. 세 가지 크기로 나왔다.'))).toBe(true);
  });
});
