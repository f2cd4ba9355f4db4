/**
 * Generalisation rows for the forms first met in held-out set 137: a cue that the selected companies follow, then the
 * companies behind item marks on one line ("▷A(과제) ▷B(과제)"); members who stay in a team ("그대로 남았다") and
 * members listed with "등" before more words; a headline's "3자 협약" among three named companies; a table row's first cell
 * (a company's name alone) as the subject its next cells omit.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { multiPartyPairs } from '../../src/extract/multiparty.js';
import type { FactEvidence, RelationDraft } from '../../src/extract/types.js';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "선정 기업과 과제는 다음과 같다." then "▷A(…) ▷B(…) ▷C(…)": each listed company takes part in the programme named before
  {
    cat: 'participates.marked-selection',
    text: "부산시는 '2026년 부산 AI 실증 지원사업' 참여 기업을 확정했다고 밝혔다. 모두 14개사가 신청했다.\n선정 기업과 과제는 다음과 같다.\n▷누리젠(농업 영상 판독) ▷한빛데이터(항만 물류 예측) ▷소담랩(민원 요약)\n\n시는 내년에 예산을 늘릴 계획이다.",
    expect: ['PARTICIPATES_IN 누리젠 -> 2026년 부산 AI 실증 지원사업', 'PARTICIPATES_IN 한빛데이터 -> 2026년 부산 AI 실증 지원사업', 'PARTICIPATES_IN 소담랩 -> 2026년 부산 AI 실증 지원사업'],
  },
  {
    cat: 'participates.marked-selection',
    text: "광주시가 'AI 창업 도약 지원사업'의 지원 대상을 발표했다.\n입주 기업 명단은 아래와 같다.\n▶코어링크(의료 음성 인식) ▶달빛소프트(법률 문서 검색)\n▶바로랩(상권 분석) ▶메타온(제조 품질 검사)",
    expect: ['PARTICIPATES_IN 코어링크 -> AI 창업 도약 지원사업', 'PARTICIPATES_IN 달빛소프트 -> AI 창업 도약 지원사업', 'PARTICIPATES_IN 메타온 -> AI 창업 도약 지원사업'],
  },
  // a list of companies that were turned down is no list of the selected
  {
    cat: 'participates.marked-selection',
    text: "부산시는 '2026년 부산 AI 실증 지원사업' 참여 기업을 확정했다.\n탈락 기업은 다음과 같다.\n▷누리젠(농업 영상 판독) ▷한빛데이터(항만 물류 예측)",
    absent: ['PARTICIPATES_IN 누리젠 -> 2026년 부산 AI 실증 지원사업', 'PARTICIPATES_IN 한빛데이터 -> 2026년 부산 AI 실증 지원사업'],
  },
  // "X 컨소시엄에는 (기존의) B, C가 그대로 남았다": members staying in the team are its members
  {
    cat: 'participates.consortium-scope',
    text: "과기정통부가 'K-AI 선도 모델 사업' 2차 선정 결과를 발표했다. 누리젠 컨소시엄에는 기존의 한빛데이터, 소담랩이 그대로 남았다.",
    expect: ['PARTICIPATES_IN 한빛데이터 -> K-AI 선도 모델 사업', 'PARTICIPATES_IN 소담랩 -> K-AI 선도 모델 사업', 'PARTNERS_WITH 누리젠 -> 한빛데이터', 'PARTNERS_WITH 누리젠 -> 소담랩'],
  },
  // a company that did not stay is no member
  {
    cat: 'participates.consortium-scope',
    text: "과기정통부가 'K-AI 선도 모델 사업' 2차 선정 결과를 발표했다. 누리젠 컨소시엄에는 한빛데이터가 남지 않았다.",
    absent: ['PARTNERS_WITH 누리젠 -> 한빛데이터'],
  },
  // "B와 C 등 기존 참여사들과 …를 치렀다": "등" before more words still closes the members' list
  {
    cat: 'participates.consortium-scope',
    text: "과기정통부가 'K-AI 선도 모델 사업' 2차 선정 결과를 발표했다. 누리젠 컨소시엄은 새 참여사를 받지 않았다. 한빛데이터와 소담랩 등 기존 참여사들과 2차 평가를 치렀다.",
    expect: ['PARTNERS_WITH 누리젠 -> 한빛데이터', 'PARTNERS_WITH 누리젠 -> 소담랩', 'PARTICIPATES_IN 소담랩 -> K-AI 선도 모델 사업'],
  },
  // a subject-less sentence about the model in focus: "…를 바탕으로 … 학습시킨 N 파라미터 모델로, 지난 X월 나온 Y를 업그레이드했다"
  {
    cat: 'succeeds.focus-upgraded-object',
    text: "다온랩이 '다온 S 2'를 새로 공개했다. 메타의 공개 모델 '라마 3.1 8B'를 토대로 법령 자료를 더 학습시킨 80억 파라미터 모델로, 지난 3월 나온 '다온 S 1'을 고도화했다.",
    expect: ['SUCCEEDS 다온 S 2 -> 다온 S 1', 'BASED_ON 다온 S 2 -> 라마 3.1 8B'],
  },
  // an upgrade only planned is no succession yet
  {
    cat: 'succeeds.focus-upgraded-object',
    text: "다온랩이 '다온 S 2'를 새로 공개했다. 메타의 공개 모델 '라마 3.1 8B'를 토대로 법령 자료를 더 학습시킨 80억 파라미터 모델로, 지난 3월 나온 '다온 S 1'을 고도화할 계획이다.",
    absent: ['SUCCEEDS 다온 S 2 -> 다온 S 1'],
  },
  // "1.0 버전은 같은 평가에서 각각 …": a version said with the word 버전 is the family's model of that version the article named
  {
    cat: 'scored.respectively-following',
    text: "가람랩이 '가람 LM 2.0'을 내놨다. 지난해 나온 '가람 LM 1.0'을 손본 모델이다. 가람 LM 2.0은 KMMLU에서 58.1점, KoBEST에서 70.4점을 받았다. 1.0 버전은 같은 평가에서 각각 51.0점과 63.2점이었다.",
    expect: ['SCORED 가람 LM 1.0 -> KMMLU', 'SCORED 가람 LM 1.0 -> KoBEST'],
    edgeProps: ['SCORED 가람 LM 1.0 -> KMMLU score=51', 'SCORED 가람 LM 1.0 -> KoBEST score=63.2'],
  },
  // a version the article never names in full is no model of its own
  {
    cat: 'scored.respectively-following',
    text: "가람랩이 '가람 LM 2.0'을 내놨다. 가람 LM 2.0은 KMMLU에서 58.1점을 받았다. 3.0 버전은 내년에 나온다.",
    noNodes: ['Model:가람 LM 3.0'],
  },
  // "…에서 N점을 받아 1.0(M점)보다 …": the bare version with its score in parentheses is the predecessor, no "받아 1.0" model
  {
    cat: 'scored.paren',
    text: "누리소프트가 '누리-K 2.0'을 공개했다. 지난해 내놓은 누리-K 1.0의 후속으로, KMMLU에서 61.2점을 받아 1.0(55.4점)보다 크게 올랐다.",
    expect: ['SCORED 누리-K 1.0 -> KMMLU', 'SUCCEEDS 누리-K 2.0 -> 누리-K 1.0'],
    edgeProps: ['SCORED 누리-K 1.0 -> KMMLU score=55.4'],
    noNodes: ['Model:받아 1.0'],
  },
  // a predecessor the sentence gives no score of its own gets none
  {
    cat: 'scored.paren',
    text: "누리소프트가 '누리-K 2.0'을 공개했다. 지난해 내놓은 누리-K 1.0의 후속이다. KMMLU에서 61.2점을 받았다.",
    absent: ['SCORED 누리-K 1.0 -> KMMLU'],
  },
  // "'X' … 기업 선정 결과를 발표했다. 최종 명단에 오른 곳은 A, B, C 등 N개사다": the counted complement is the selection
  {
    cat: 'participates.announced-selection',
    text: "울산시는 지난 3일 '울산 제조 AI 실증사업' 참여 기업 선정 결과를 발표했다. 최종 명단에 오른 곳은 누리젠, 한빛데이터, 소담랩 등 5개사다.",
    expect: ['PARTICIPATES_IN 누리젠 -> 울산 제조 AI 실증사업', 'PARTICIPATES_IN 한빛데이터 -> 울산 제조 AI 실증사업', 'PARTICIPATES_IN 소담랩 -> 울산 제조 AI 실증사업'],
  },
  // companies that were left off the list take no part
  {
    cat: 'participates.announced-selection',
    text: "울산시는 지난 3일 '울산 제조 AI 실증사업' 참여 기업 선정 결과를 발표했다. 명단에서 빠진 곳은 누리젠, 한빛데이터 등 2개사다.",
    absent: ['PARTICIPATES_IN 누리젠 -> 울산 제조 AI 실증사업', 'PARTICIPATES_IN 한빛데이터 -> 울산 제조 AI 실증사업'],
  },
  // "… 합류할 예정이던 D는 공모 직전 참여를 접었다": a company that pulled out before the call took no part and joined no team
  {
    cat: 'participates.selection-outcome',
    text: "해양수산부가 '스마트 항만 AI 실증사업' 1단계 평가 결과를 발표했다. 누리젠 컨소시엄에는 한빛데이터가 참여하고 있다. 당초 누리젠 컨소시엄에 합류할 예정이던 소담랩은 공모 직전 참여를 접었다.",
    expect: ['PARTICIPATES_IN 한빛데이터 -> 스마트 항만 AI 실증사업'],
    absent: ['PARTICIPATES_IN 소담랩 -> 스마트 항만 AI 실증사업', 'PARTNERS_WITH 누리젠 -> 소담랩'],
  },
  // one that pulled out during the programme had taken part
  {
    cat: 'participates.selection-outcome',
    text: "해양수산부가 '스마트 항만 AI 실증사업' 1단계 평가 결과를 발표했다. 소담랩은 2단계 평가를 앞두고 참여를 접었다.",
    expect: ['PARTICIPATES_IN 소담랩 -> 스마트 항만 AI 실증사업'],
  },
  // "처음 컨소시엄을 꾸릴 때": an adverb of time before 컨소시엄 names no company that leads one
  {
    cat: 'gazetteer.consortium-lead',
    text: '누리젠 대표는 "처음 컨소시엄을 꾸릴 때 한빛데이터에 먼저 연락했다"고 말했다. 누리젠 컨소시엄에는 한빛데이터가 참여하고 있다.',
    expect: ['PARTNERS_WITH 누리젠 -> 한빛데이터'],
    noNodes: ['Company:처음'],
  },
];

describe('generalise: set 137 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** One headline partnership of `hub` with `other`, read by the headline rule from `sentence`. */
function headlinePair(hub: string, other: string, sentence: string): RelationDraft {
  const ev: FactEvidence = { articleId: 'a', sentence, start: 0, end: sentence.length, rule: 'partners.headline-pair', confidence: 0.7, block: 'title' };
  return { type: 'PARTNERS_WITH', source: hub, target: other, properties: {}, evidence: [ev] };
}

describe('generalise: set 137 headline agreements of three parties', () => {
  it('pairs every party of a "3자 협약" headline', () => {
    const line = "누리젠·한빛데이터·소담랩 '현장 AI' 3자 협약";
    const pairs = multiPartyPairs([headlinePair('c:누리젠', 'c:한빛데이터', line), headlinePair('c:누리젠', 'c:소담랩', line)]);
    expect(pairs.map((p) => [p.source, p.target])).toEqual([['c:한빛데이터', 'c:소담랩']]);
  });
  it('leaves a headline of one hub and its partners as it is', () => {
    const line = "누리젠, 한빛데이터·소담랩과 각각 협약";
    expect(multiPartyPairs([headlinePair('c:누리젠', 'c:한빛데이터', line), headlinePair('c:누리젠', 'c:소담랩', line)])).toEqual([]);
  });
  it('leaves a headline that names no several-party agreement as it is', () => {
    const line = "누리젠·한빛데이터·소담랩 '현장 AI' 협약";
    expect(multiPartyPairs([headlinePair('c:누리젠', 'c:한빛데이터', line), headlinePair('c:누리젠', 'c:소담랩', line)])).toEqual([]);
  });
});

/** A page whose story ends on a table of companies, one row a company with its note. */
function tablePage(rows: string): string {
  return `<html><head><title>기사</title></head><body><article><p>스타트업 누리젠과 한빛데이터가 올해 허브에 새로 입주했다.</p><p>소담랩은 서버 업체 바로시스템으로부터 장비를 사들이는 계약을 맺었다.</p>
<table><tr><th>기업</th><th>분야</th><th>비고</th></tr>${rows}</table></article></body></html>`;
}

describe('generalise: set 137 table rows', () => {
  it("reads a row's note with its subject omitted as about the row's company", () => {
    const page = tablePage('<tr><td>누리젠</td><td>물류 예측 모델</td><td>-</td></tr><tr><td>한빛데이터</td><td>의료 영상 플랫폼</td><td>누리젠과 MOU</td></tr>');
    const g = extractArticle(parseArticle(page, { source: 'row.html' }));
    expect(hasFact(g, 'PARTNERS_WITH 한빛데이터 -> 누리젠')).toBe(true);
    expect(hasFact(g, 'PARTNERS_WITH 소담랩 -> 누리젠')).toBe(false);
  });
  it('takes no subject from a name first met on a line of its own (a list of tools)', () => {
    const page = '<html><head><title>채용</title></head><body><article><p>누리젠이 모델 엔지니어를 뽑는다.</p><ul><li>PyTorch</li><li>Weights &amp; Biases</li></ul><p>채용 관련 문의: 한도윤 HR 매니저</p></article></body></html>';
    const g = extractArticle(parseArticle(page, { source: 'list.html' }));
    expect(hasFact(g, 'WORKS_FOR 한도윤 -> Weights & Biases')).toBe(false);
  });
});
