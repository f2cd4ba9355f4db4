/**
 * Generalisation rows for fix226: a poster programme's author lines with plain affiliation digits (the page's <sup>s read
 * as digits) and their affiliations in parentheses, one author alone marked with the one affiliation, a foreign given
 * name in Hangul with its surname among them; a company's own 'About' page whose headline is a slogan, its leadership
 * cards under a '리더십' heading (a founder's note before the post, a chief officer's glued post, a foreign name glossed in
 * Latin); a translated post's original Chinese line beside its Korean translation, a quoted Chinese phrase. Every sentence
 * and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "authors marked with plain digits and their numbered affiliations in parentheses ('NAME1, NAME2 (1X, 2Y대학교)')",
    text: '한국어 요약 모델의 사실성 평가\n\n차윤슬1, 맹도현2 (1미르온, 2누리대학교)',
    expect: ['WORKS_FOR 차윤슬 -> 미르온'],
    absent: ['WORKS_FOR 맹도현 -> 미르온'],
    nodes: ['Person:차윤슬', 'Company:미르온'],
  },
  {
    cat: "a foreign given name in Hangul and a surname among marked authors ('로라 한1')",
    text: '소형 모델의 지식 증류\n\n표하람1, 로라 한1, 석지유2 (1다온랩스, 2누리대학교)',
    expect: ['WORKS_FOR 표하람 -> 다온랩스', 'WORKS_FOR 로라 한 -> 다온랩스'],
  },
  {
    cat: "one author alone marked with the one affiliation ('NAME1 (1X)')",
    text: '중소기업의 언어모델 도입 사례\n\n탁서율1 (1하늬정보)',
    expect: ['WORKS_FOR 탁서율 -> 하늬정보'],
  },
  {
    cat: 'marked authors whose one affiliation is a school department: no company, no employer',
    text: '법률 질의응답의 오류 분석\n\n차윤슬1, 맹도현1 (1누리대학교 인공지능학과)',
    noNodes: ['Company:누리대학교 인공지능학과', 'Company:누리대학교'],
  },
  {
    cat: "'X는 Y의 후속이라기보다 별도 라인': a succession put aside for something else ('-라기보다') is none",
    text: "한빛랩은 작년에 자체 모델 '한빛 1'을 내놓았다. 이번 한빛 2는 한빛 1의 후속이라기보다 별도 라인으로 보는 게 맞다.",
    absent: ['SUCCEEDS 한빛 2 -> 한빛 1'],
  },
  {
    cat: "'X는 Y의 후속 모델이다' still succeeds",
    text: "한빛랩은 작년에 자체 모델 '한빛 1'을 내놓았다. 이번 한빛 2는 한빛 1의 후속 모델이다.",
    expect: ['SUCCEEDS 한빛 2 -> 한빛 1'],
  },
  {
    cat: "a Chinese company's division head ('NAME(漢字) X 국제사업부 총재는'): 총재 is a post",
    text: '왕하이(王海) 텐센트 클라우드 국제사업부 총재는 "한국은 중요한 시장"이라고 말했다.',
    expect: ['WORKS_FOR 왕하이 -> 텐센트'],
  },
  {
    cat: "a translated post's original Chinese line and its Korean translation each naming one model of one family and size: one model",
    text: '阿里云与韩国 Hanbit Soft 联合发布 "通义千问 韩文版 14B"\n\n알리바바 클라우드, 한빛소프트와 \'큐원 한빛 14B\' 공동 발표\n\n큐원 한빛 14B는 알리바바 클라우드의 Qwen3-14B를 기반으로 만든 모델이다.',
    sameNode: ['큐원 한빛 14B=通义千问 韩文版 14B'],
    noNodes: ['Model:通义千问 韩文版 14B'],
    expect: ['BASED_ON 큐원 한빛 14B -> Qwen3-14B'],
  },
  {
    cat: 'a quoted Chinese phrase joined by 的 is no model\'s name',
    text: '원문은 이 모델을 "中国开源的典范"(중국 오픈소스의 모범)이라고 부른다.',
    noNodes: ['Model:中国开源的典范'],
  },
  {
    cat: "a history item's model, a comma, a kind word and its run of scores ('X, 한국어 벤치마크 B1 69.4점·B2 80.6점 기록')",
    text: "하람랩은 '하람 3'를 공개했다. 하람 3, 한국어 벤치마크 KMMLU 61.4점·HAE-RAE 72.6점 기록 (자체 평가)",
    edgeProps: ['SCORED 하람 3 -> KMMLU score=61.4', 'SCORED 하람 3 -> HAE-RAE score=72.6'],
  },
  {
    cat: "a history item's dash gloss of the model's base and a score after it ('X 공개 — Y에 … 추가 학습한 N 모델, B1 58.7점')",
    text: "하람랩은 '하람 2'를 공개했다. '하람 2' 공개 — 알리바바의 Qwen2.5-14B에 한국어 기업 문서를 추가 학습한 140억 파라미터 모델, KMMLU 58.7점",
    edgeProps: ['SCORED 하람 2 -> KMMLU score=58.7'],
    absent: ['SCORED Qwen2.5-14B -> KMMLU'],
  },
];

describe('set 226 wordings', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});

/** A company's own 'About' page: a slogan for its headline, then leadership cards (a name heading, a post line, a bio). */
const aboutPage = (heading: string) => `<html><head><meta charset="utf-8"><title>회사소개 | 너울랩스</title>
<meta property="og:site_name" content="너울랩스"></head><body>
<header><a href="/">너울랩스</a><nav><a href="/about">회사소개</a><a href="/contact">도입 문의</a></nav></header>
<main><h1>문서를 읽는 AI를 만듭니다</h1>
<p>너울랩스는 기업 문서를 읽고 요약하는 한국어 언어모델을 만듭니다. 2022년 세 명의 연구자가 시작했습니다.</p>
<section><h2>${heading}</h2>
<div class="card"><h3>도하윤</h3><p class="role">공동창업자 · 대표이사(CEO)</p><p>검색 엔진 개발자 출신.</p></div>
<div class="card"><h3>엠마 리 (Emma Lee)</h3><p class="role">최고기술책임자(CTO)</p><p>분산 학습 인프라를 총괄합니다.</p></div>
</section></main>
<footer><p>(주)너울랩스 | 서울특별시 강남구</p><p>© 2026 너울랩스. All rights reserved.</p></footer></body></html>`;

describe("a company's own page: leadership cards under a people heading", () => {
  it('reads each card as a post at the company, the founder note left out of the title', () => {
    const g = pageGraph(aboutPage('리더십'));
    const facts = edgeLines(g);
    expect(facts).toContain('WORKS_FOR 도하윤 -> 너울랩스');
    expect(facts).toContain('WORKS_FOR 엠마 리 -> 너울랩스');
    const titles = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => e.properties.title);
    expect(titles).toContain('대표이사(CEO)');
    expect(titles).toContain('최고기술책임자(CTO)');
  });
  it('reads no cards under a heading that is no people heading', () => {
    const facts = edgeLines(pageGraph(aboutPage('고객 후기')));
    expect(facts).not.toContain('WORKS_FOR 엠마 리 -> 너울랩스');
  });
});
