/**
 * Generalisation rows for r57c's round on held-out sets 193, 199, 198, 129 and 85: a summary block that introduces a
 * company in two sentences (the second omits its subject, and so may the body's first lines), a researcher's page whose
 * papers propose or release models and thank a programme, a unit's new head named with an honorific, and a company
 * that made a model another sentence builds on ("A와 B가 함께 내놓은 Z 위에"), which is no subject of what follows, and a
 * funding note on part of the work ("본 모델 학습의 일부는 'P'에 선정되어 지원받은 …").
 * Every row is a short text written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageGraph, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a unit's new head, named with an honorific ("님", "씨", "박사") rather than a rank, at the company the sentence names
  { cat: 'works-for.unit-head-taken', text: '바람결AI 검색팀은 다음 달부터 추예린 님이 팀장을 맡습니다.', expect: ['WORKS_FOR 추예린 -> 바람결AI'] },
  { cat: 'works-for.unit-head-taken', text: '바람결AI의 음성연구소는 내년부터 남궁현 박사가 소장을 맡는다.', expect: ['WORKS_FOR 남궁현 -> 바람결AI'] },
  // … or at the company the sentence before was about
  { cat: 'works-for.unit-head-taken', text: '바람결AI는 올해 직원을 두 배로 늘렸다. 평가팀은 앞으로 추예린 씨가 팀장을 맡아 이끈다.', expect: ['WORKS_FOR 추예린 -> 바람결AI'] },
  // a post declined or only rumoured is no post
  { cat: 'works-for.unit-head-taken', text: '바람결AI 검색팀은 추예린 님이 팀장을 맡지 않기로 했다.', absent: ['WORKS_FOR 추예린 -> 바람결AI'] },
  // a company that, with another, released the model a sentence builds on is no subject of the sentences after it
  {
    cat: 'subject.maker-of-base-on-top-of',
    text: '우리는 누리소프트와 해온테크가 함께 내놓은 누리-Base 12B 위에 한국어 데이터를 더 학습시켰다. 검색팀은 앞으로 추예린 님이 팀장을 맡습니다.',
    absent: ['WORKS_FOR 추예린 -> 누리소프트', 'WORKS_FOR 추예린 -> 해온테크'],
  },
  // a funding note on a part of the work ("본 모델 학습의 일부는"), the programme it was selected for and what that gave
  {
    cat: 'participates.acknowledged-selection',
    text: "해솔로보틱스는 창고 로봇용 비전 모델을 만든다. 이 모델의 사전 학습은 정보통신산업진흥원 'AI 컴퓨팅 바우처'(2026년 상반기)에 선정되어 지원받은 GPU로 진행했다.",
    expect: ['PARTICIPATES_IN 해솔로보틱스 -> AI 컴퓨팅 바우처'],
  },
  {
    cat: 'participates.acknowledged-selection',
    text: "해솔로보틱스는 창고 로봇용 비전 모델을 만든다. 본 모델 개발의 대부분은 'AI 컴퓨팅 바우처'의 지원을 받아 수행되었다.",
    expect: ['PARTICIPATES_IN 해솔로보틱스 -> AI 컴퓨팅 바우처'],
  },
];

const SUMMARY_PAGE = `<html><head><title>별빛데이터 기업정보</title></head><body><article>
<h1>별빛데이터 기업정보</h1>
<div class="summary">별빛데이터는 물류 문서를 읽는 언어모델을 만드는 회사다. 올해 중소벤처기업부 '딥테크 챌린지 사업' 수행기관으로 선정됐고, 항만 고객사 열 곳에 서비스를 공급한다.</div>
<p>직원 리뷰</p><p>장점 해온물류와 배송 문서 모델을 공동으로 개발하고 있어서 배울 게 많음.</p><p>단점 야근이 잦음.</p>
</article></body></html>`;

/** A deck whose second line has a subject of its own: nothing is carried to it. */
const OWN_SUBJECT_PAGE = `<html><head><title>별빛데이터, 물류 모델 공개</title></head><body><article>
<h1>별빛데이터, 물류 모델 공개</h1>
<div class="summary">별빛데이터는 물류 문서를 읽는 언어모델을 공개했다. 경쟁사 해온테크는 '딥테크 챌린지 사업' 수행기관으로 선정됐다.</div>
<p>업계는 두 회사의 경쟁이 치열해질 것으로 본다.</p>
</article></body></html>`;

const PROFILE_PAGE = `<html><head><title>문하진 | Research Homepage</title></head><body><main>
<h1>문하진</h1><p>문하진 — 바람결AI 책임연구원</p><h2>최근 논문</h2>
<p>물결-Law 13B: 법률 상담을 위한 한국어 언어모델</p>
<p>이 논문은 판례와 법령 해설로 학습한 130억 파라미터 모델 물결-Law 13B를 제안한다. 또한 저자들은 물결-Law 13B를 압축한 물결-Law 3B를 함께 공개한다. 본 연구는 정보통신산업진흥원 '법률 AI 실증 사업'의 지원을 받았다.</p>
</main></body></html>`;

/** A paper the researcher only read: a model with a maker of its own, evaluated, not proposed. */
const READ_PAPER_PAGE = `<html><head><title>문하진 | Research Homepage</title></head><body><main>
<h1>문하진</h1><p>문하진 — 바람결AI 책임연구원</p><h2>읽은 논문</h2>
<p>이 논문은 누리소프트가 만든 누리-Chat 4를 평가한다. 본 연구는 누리-Chat 4를 비교 대상으로 삼는다.</p>
</main></body></html>`;

describe('r57c generalisation rows', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

describe('r57c generalisation pages', () => {
  it("a summary's second sentence omits the company its first one is about; the body's first lines do too", () => {
    const g = pageGraph(SUMMARY_PAGE);
    for (const f of ['PARTICIPATES_IN 별빛데이터 -> 딥테크 챌린지 사업', 'PARTNERS_WITH 별빛데이터 -> 해온물류']) expect(hasFact(g, f), f).toBe(true);
  });
  it('a summary sentence with a subject of its own keeps it', () => {
    const g = pageGraph(OWN_SUBJECT_PAGE);
    expect(hasFact(g, 'PARTICIPATES_IN 별빛데이터 -> 딥테크 챌린지 사업')).toBe(false);
  });
  it("a researcher's page: the models its papers propose or release, and the programme that funded them, are the researcher's company's", () => {
    const g = pageGraph(PROFILE_PAGE);
    for (const f of ['DEVELOPED 바람결AI -> 물결-Law 13B', 'DEVELOPED 바람결AI -> 물결-Law 3B', 'PARTICIPATES_IN 바람결AI -> 법률 AI 실증 사업']) expect(hasFact(g, f), f).toBe(true);
  });
  it("a researcher's page: a model the paper only evaluates keeps its own maker", () => {
    const g = pageGraph(READ_PAPER_PAGE);
    expect(hasFact(g, 'DEVELOPED 바람결AI -> 누리-Chat 4')).toBe(false);
    expect(hasFact(g, 'DEVELOPED 누리소프트 -> 누리-Chat 4')).toBe(true);
  });
});
