import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';

describe('a dateline stamped "승인" (the CMS approval time)', () => {
  it.each([
    ['정하늘 기자 | 승인 2027.03.05 09:40 | 댓글 3', '2027-03-05'],
    ['승인 2027.03.05 09:40', '2027-03-05'],
    ['바른경제 | 승인 2027-03-05 09:40', '2027-03-05'],
  ])('takes the date from "%s"', (line, iso) => {
    const a = parseText(`새 모델 공개\n부제 한 줄\n\n${line}\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta.publishedAt).toBe(iso);
    expect(a.text).not.toContain('승인');
  });

  it('does not take the reporter beside the stamp for the publisher', () => {
    const a = parseText('새 모델 공개\n\n정하늘 기자 | 승인 2027.03.05 09:40 | 댓글 3\n\n본문이다.', { source: 't.txt' });
    expect(a.meta.publisher).toBeUndefined();
  });

  // a table row whose date cell carries no stamp label stays a row
  it('leaves a table row with an unlabelled date cell in the text', () => {
    const a = parseText('새 모델 공개\n\n본문이다.\n\n모델 | 2027.03.05 | 승인 대기\n', { source: 't.txt' });
    expect(a.meta.publishedAt).toBeUndefined();
  });
});
