import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A report page whose only date is its distribution date, labelled "배포일" with no colon (sets 83, 140 round). */
describe('a report dated by its distribution line', () => {
  const page = (line: string) =>
    `<html><head><title>주간 산업 브리프</title></head><body><article><h1>주간 산업 브리프</h1><p>${line}</p>` +
    '<p>한빛랩스가 지난 10일 새 언어모델을 공개함. 이 모델은 판례 20만 건을 학습함.</p><p>회사는 내년에 후속 모델을 내놓을 계획임. 업계는 반응을 지켜보고 있음.</p></article></body></html>';
  it.each([
    ['기획팀 | 대상 기간 2026.3.9.(월)~3.13.(금) | 작성 한빛 책임 | 배포일 2026.3.13.', '2026-03-13'],
    ['배포일: 2026-03-13', '2026-03-13'],
    ['배포 2026.3.13.', undefined],
  ])('%s', (line, date) => {
    const a = parseArticle(page(line), { source: 'brief.html' });
    expect(a.meta.publishedAt).toBe(date);
  });
});
