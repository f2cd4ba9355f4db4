/**
 * Generalisation rows for genres met in a blind set: a government Q&A explainer (opening paragraphs
 * in the body container, then a box of 문./답. pairs), a social post with an author card, a forwarded
 * press-release e-mail. Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle, parseText } from '../../src/parse/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

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

const rows: FactRow[] = [
  // "A가 …하는 사업이라면, 이번 사업은 …": the programme set against the article's in a 'whereas' clause is not what "이번 사업" means
  { cat: 'policy.whereas-contrast', text: "해양수산부가 '연안 AI 실증 사업' 수행 기업 3곳을 확정했다. '국가 AI 컴퓨팅 프로젝트'가 기반 시설을 짓는 사업이라면, 이번 사업은 현장 모델을 만드는 것이 목표다. 김도현 차관은 \"이번 사업을 끝까지 챙기겠다\"고 말했다.", expect: ['PROMOTES 김도현 -> 연안 AI 실증 사업'], absent: ['PROMOTES 김도현 -> 국가 AI 컴퓨팅 프로젝트'] },
  // an interrogative before a kind word ("어느 컨소시엄이", "어떤 컨소시엄이") names no company
  { cat: 'company.interrogative-stem', text: '문. 어느 컨소시엄이 선정됐나요? 답. 물결랩스 컨소시엄이 선정됐습니다. 문. 어떤 컨소시엄이 탈락했나요?', noNodes: ['Company:어느', 'Company:어떤'], nodes: ['Company:물결랩스'] },
  // "X가 P를 통해 (처음부터) 학습한/개발한 Y": what a company made through a programme says it took part
  { cat: 'participates.made-through', text: "제조 분야에서는 한빛텔레콤이 '해양 AI 실증 사업'을 통해 처음부터 직접 학습한 '누리 K2'를 바탕으로 새 모델을 만들 계획입니다.", expect: ['PARTICIPATES_IN 한빛텔레콤 -> 해양 AI 실증 사업'] },
  { cat: 'participates.made-through', text: "가온로보틱스는 '스마트 항만 AI 사업'을 통해 자체 모델 '항해 3'을 개발했다.", expect: ['PARTICIPATES_IN 가온로보틱스 -> 스마트 항만 AI 사업'] },
  { cat: 'participates.made-through', text: "가온로보틱스는 '스마트 항만 AI 사업'을 통해 모델을 개발하지 않았다.", absent: ['PARTICIPATES_IN 가온로보틱스 -> 스마트 항만 AI 사업'] },
];

describe('Q&A explainer rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});

describe("the headline's programme is what an official's bare 사업 means, not one named since in passing", () => {
  const facts = (title: string, body: string) => {
    const g = extractArticle(parseText(`${title}\n\n${body}`, { source: 'explainer.txt', publishedAt: '2026-05-01' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
    return g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  };
  const body = "해양수산부가 '연안 AI 실증 사업' 수행 기업을 확정했다. 물결랩스는 '국가 AI 컴퓨팅 프로젝트'를 통해 학습한 자체 모델을 쓴다. 사업을 총괄하는 김도현 해양수산부 국장은 \"현장에서 쓰이는 모델을 키우겠다\"고 말했다.";
  it('with the programme in the headline', () => {
    const got = facts("[문답으로 보는] '연안 AI 실증 사업'", body);
    expect(got, got.join('\n')).toContain('PROMOTES 김도현 -> 연안 AI 실증 사업');
    expect(got).not.toContain('PROMOTES 김도현 -> 국가 AI 컴퓨팅 프로젝트');
  });
});
