/**
 * A workplace community post (an anonymous board where each post carries the writer's company as a tag
 * before a nickname): when the writer speaks of "우리 회사", the post's subjectless sentences are that company's.
 * The pages are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { hasFact } from './helpers.js';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<main class="post"><div class="head"><h2>${title}</h2><div class="info"><span class="name">솔트룩스 · zk81m</span> <span class="date">2026.03.02</span> <span class="pv">조회 1,204</span></div></div>
<div class="contents"><p class="txt">${body}</p></div></main></body></html>`;

const BODY = '요즘 소식 몇 가지 적어 둠.\n\n가. 사업\n올해 K-클라우드 실증 사업 수요기업에 선정됐음. 코난테크놀로지랑 물류 특화 모델 공동 연구 MOU 맺었음.\n\n나. 인사\n새 CTO로 한가람 님이 오셨음. 정다운 대표가 직접 데려왔다고 함.';

describe('a workplace community post under its writer\'s company tag', () => {
  it('"우리 회사" in the title: the subjectless sentences are the tagged company\'s', () => {
    const g = extractArticle(parseArticle(page('우리 회사 요즘 이것저것 정리함', BODY), { source: 'post.html' }));
    for (const f of ['PARTICIPATES_IN 솔트룩스 -> K-클라우드 실증 사업', 'PARTNERS_WITH 솔트룩스 -> 코난테크놀로지', 'WORKS_FOR 한가람 -> 솔트룩스', 'WORKS_FOR 정다운 -> 솔트룩스']) expect(hasFact(g, f), f).toBe(true);
  });
  it('a writer who never says "우리 회사" speaks for no company', () => {
    const g = extractArticle(parseArticle(page('요즘 업계 이것저것 정리함', BODY), { source: 'post.html' }));
    for (const f of ['PARTICIPATES_IN 솔트룩스 -> K-클라우드 실증 사업', 'PARTNERS_WITH 솔트룩스 -> 코난테크놀로지']) expect(hasFact(g, f), f).toBe(false);
  });
});
