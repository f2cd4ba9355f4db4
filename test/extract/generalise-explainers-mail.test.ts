/**
 * Generalisation rows for genres met in a blind set: a government Q&A explainer (opening paragraphs
 * in the body container, then a box of 문./답. pairs), a social post with an author card, a forwarded
 * press-release e-mail. Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

function factsOfPage(html: string, source = 'page.html'): string[] {
  const g: GraphDocument = extractArticle(parseArticle(Buffer.from(html), { source }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
}

const ANSWER = '답. 연안 관측 자료와 선박 운항 기록을 모아 해양 특화 모델을 만들도록 정부가 데이터 구축비와 연구개발비를 함께 지원하는 사업입니다. 올해부터 2년 동안 모두 300억 원이 들어갑니다.';

describe('a Q&A explainer: the opening paragraphs before the box of 문./답. pairs are the story too', () => {
  const page = (opening: string, box = 'qa_area') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[문답으로 보는] 해양 데이터 AI 실증 사업</title></head><body>
<div class="top_menu"><a href="/">홈</a></div>
<div id="contents" class="news_view"><h1>[문답으로 보는] 해양 데이터 AI 실증 사업</h1>
<div class="view_text">
${opening}
<div class="${box}">
<p><b>문.</b> 어떤 사업인가요?</p><p>${ANSWER}</p>
<p><b>문.</b> 지원 규모는 어떻게 되나요?</p><p>${ANSWER}</p>
<p><b>문.</b> 평가는 어떻게 하나요?</p><p>${ANSWER}</p>
</div></div></div></body></html>`;
  it.each([
    [`<p>해양수산부가 3일 '해양 데이터 AI 실증 사업' 수행 기업으로 물결랩스를 최종 선정했습니다.</p>
<p>김도현 해양수산부 차관은 "바다에서 쓰이는 모델을 키우겠다"며 '해양 데이터 AI 실증 사업'을 직접 챙기겠다고 밝혔습니다.</p>`, ['PARTICIPATES_IN 물결랩스 -> 해양 데이터 AI 실증 사업', 'PROMOTES 김도현 -> 해양 데이터 AI 실증 사업']],
    [`<p>물결랩스와 파도시스템즈가 '해양 데이터 AI 실증 사업'에 최종 선정됐다. 두 회사는 내년까지 연안 특화 모델을 함께 만든다.</p>`, ['PARTICIPATES_IN 물결랩스 -> 해양 데이터 AI 실증 사업', 'PARTICIPATES_IN 파도시스템즈 -> 해양 데이터 AI 실증 사업']],
  ])('%s', (opening, facts) => {
    const got = factsOfPage(page(opening));
    for (const f of facts) expect(got, got.join('\n')).toContain(f);
  });
  it('a wrapper of page chrome with a line of its own is not the opening', () => {
    const chrome = `<div class="related_news"><p>관련 기사: 파도시스템즈, '해양 데이터 AI 실증 사업' 참여를 검토 중이라고 밝혔습니다.</p>${page('').match(/<div class="qa_area">[\s\S]*?<\/div>/)![0]}</div>`;
    const got = factsOfPage(page('').replace(/<div class="qa_area">[\s\S]*?<\/div>/, chrome));
    expect(got.some((f) => f.includes('파도시스템즈'))).toBe(false);
  });
});
