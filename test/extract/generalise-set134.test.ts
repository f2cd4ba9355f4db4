/**
 * Generalisation rows for the forms first met in held-out set 134: a selection told in a later clause of a sentence whose
 * first clause refers to the programme; providers taking part in a role ('공급 기관으로는 A가 참여하며'); a company upgrading
 * its model ('모델 Y 고도화를'); a model presented as what matters most ('핵심은 'Y'.'); a verb's connective ending before a
 * comma read as no company; the field a post is in charge of ('인터넷 담당 연구원') read as no person; '오늘부로' (as of today) as the article's day; a model's weights published ('The model's weights were published', '가중치를 풀었죠'); a pair after an English tie
 * that co-develops a model ('a partnership with C. The two companies jointly developed Y'); a foreign city's base after a
 * company ('X, an Osaka-based … company'); gazetteer entries for Japanese AI (JMMLU, SB Intuitions and its Sarashina models).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "이번 모집에는 …했으며, 심사를 거쳐 A, B 등 N개사가 최종 선정됐다": the programme of the first clause is the selection's
  {
    cat: 'participates.selection-later-clause',
    text: "과기정통부는 '지역 AI 바우처 사업'의 올해 수혜기업을 확정했다. 이번 공모에는 모두 57개 기업이 몰려 9대 1이 넘는 경쟁률을 보였으며, 두 차례 심사를 거쳐 가온랩스, 다온소프트, 한결데이터 등 6개사가 최종 선정됐다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 다온소프트 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 한결데이터 -> 지역 AI 바우처 사업'],
    noNodes: ['Company:보였으며'],
  },
  {
    cat: 'participates.selection-later-clause',
    text: "과기정통부는 '지역 AI 바우처 사업'의 올해 수혜기업 모집을 시작했다. 이번 공모에는 가온랩스가 신청했으며, 다온소프트, 한결데이터 등 2개사는 신청을 검토하고 있다.",
    absent: ['PARTICIPATES_IN 다온소프트 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 한결데이터 -> 지역 AI 바우처 사업'],
  },
  // a programme the first clause names within a list pattern's reach is read by the pattern itself, every member kept
  {
    cat: 'participates.selection-later-clause',
    text: "정부는 작년 5월 '지역 AI 바우처 사업'을 시작했고, 올해 1차 평가를 거쳐 가온랩스·다온소프트·한결데이터 세 곳이 2차 단계에 올랐다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 다온소프트 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 한결데이터 -> 지역 AI 바우처 사업'],
  },
  // "…진행 중인데, A는": a copula's connective ending before the comma names no company
  {
    cat: 'discover.connective-ending-no-company',
    text: '가온랩스는 다온소프트와 번역 모델을 함께 개발하고 있다. 한결데이터의 칩에서 모델을 돌리는 시험도 진행 중인데, 가온랩스는 이를 "단순 검증"이라고 설명해 정식 공동개발과는 선을 그었다.',
    noNodes: ['Company:중인데'],
    absent: ['PARTNERS_WITH 가온랩스 -> 중인데'],
  },
  // "…개사가 신청했으며, A, B, C 등": the verb before the list is no item of it
  {
    cat: 'discover.connective-ending-no-company',
    text: "과기정통부는 '지역 AI 바우처 사업' 수혜기업을 확정했다. 이번 공모에는 38개사가 지원했으며, 가온랩스, 다온소프트, 한결데이터 등 3개사가 최종 선정됐다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 한결데이터 -> 지역 AI 바우처 사업'],
    noNodes: ['Company:지원했으며'],
  },
  // "모델 제공 기관으로는 A와 B가 참여하며, … 선정 기업에 제공한다": providers that take part in the programme named before
  {
    cat: 'participates.provider-role',
    text: "과기정통부는 '지역 AI 바우처 사업'의 수혜기업을 확정했다. 선정 기업은 1년간 컴퓨팅 자원을 지원받는다. 기반모델 공급 기관으로는 가온랩스와 다온소프트가 참여하며, 각자의 모델을 선정 기업에 제공한다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 다온소프트 -> 지역 AI 바우처 사업'],
  },
  {
    cat: 'participates.provider-role',
    text: "과기정통부는 '지역 AI 바우처 사업'의 수혜기업을 확정했다. 선정 기업은 1년간 컴퓨팅 자원을 지원받는다. 기반모델 공급 기관으로는 가온랩스와 다온소프트가 참여를 검토하고 있다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 바우처 사업', 'PARTICIPATES_IN 다온소프트 -> 지역 AI 바우처 사업'],
  },
  // "핵심은 'Y(Y')'." (a live post's line presenting the model its items are about): the items' facts are Y's
  {
    cat: 'focus.highlight-topic',
    text: "가온소프트 세션. 무대에 오른 한서준 가온소프트 리더가 새 모델 '가온-R 2'를 소개했습니다. 파라미터는 90억 개.\n\n다온랩스 박지호 대표 발표가 끝났습니다. 핵심은 '다온 5(Daon 5)'. 오늘부터 내려받을 수 있습니다.\n\n- 파라미터 140억 개. 전작 '다온 4'를 키운 후속작\n- KMMLU 61.2점, CLIcK 70.3점 (자체 측정)",
    expect: ['SCORED 다온 5 -> KMMLU', 'SCORED 다온 5 -> CLIcK', 'SUCCEEDS 다온 5 -> 다온 4'],
    absent: ['SCORED 가온-R 2 -> KMMLU', 'SUCCEEDS 가온-R 2 -> 다온 4'],
  },
  {
    cat: 'focus.highlight-topic',
    text: "가온소프트 세션. 무대에 오른 한서준 가온소프트 리더가 새 모델 '가온-R 2'를 소개했습니다. 파라미터는 90억 개.\n\n다온랩스 박지호 대표 발표가 끝났습니다. 핵심은 '다온 5'가 아니라 가격 정책이었습니다.\n\n- KMMLU 61.2점, CLIcK 70.3점 (자체 측정)",
    absent: ['SCORED 다온 5 -> KMMLU'],
  },
  // the gazetteer knows Japan's Korean-style benchmark and SoftBank's AI unit with its model family
  {
    cat: 'gazetteer.japanese-ai',
    text: 'Nuvola Labs released Nuvo 3 on Monday. The model scored 66.4 on JMMLU in internal runs. SB Intuitions, a SoftBank subsidiary, keeps training new Sarashina models for Japanese banks.',
    expect: ['SCORED Nuvo 3 -> JMMLU', 'DEVELOPED SB Intuitions -> Sarashina'],
    props: ['SB Intuitions=country:JP'],
  },
  // "X, an Osaka-based … company": a foreign city's base after a discovered company gives its country
  {
    cat: 'country.city-based-after',
    text: 'Nuvola Labs is working with Kasumi Systems, an Osaka-based document software company, on a Japanese contract model.',
    props: ['Kasumi Systems=country:JP'],
  },
  {
    cat: 'country.city-based-after',
    text: 'Nuvola Labs is working with Kasumi Systems, a company that sells to Osaka-based banks, on a Japanese contract model.',
    props: ['Kasumi Systems=country:undefined'],
  },
  // "The model's weights were published …": the model in focus is open, unless the weights went to a few only
  {
    cat: 'open.en-focus-weights-published',
    text: 'Nuvola Labs on Monday released Nuvo 3, a 9-billion-parameter language model. The model\'s weights were published the same day for research and commercial use.',
    props: ['Nuvo 3=openSource:true'],
  },
  {
    cat: 'open.en-focus-weights-published',
    text: 'Nuvola Labs on Monday released Nuvo 3, a 9-billion-parameter language model. The model\'s weights were released only to a handful of banking partners.',
    props: ['Nuvo 3=openSource:undefined'],
  },
  // "… rests on a partnership with C. The two companies jointly developed Y": the pair is the story's maker and C, both
  // develop Y and are partners; a dispute is no tie
  {
    cat: 'partners.en-tie-pair-co-developed',
    text: "Nuvola Labs on Monday released Nuvo 3, a 9-billion-parameter language model. The European expansion rests on a partnership with Kasumi Systems, a Lyon software vendor. The two companies jointly developed Nuvo 3 Lite, a smaller edition of the model.",
    expect: ['PARTNERS_WITH Kasumi Systems -> Nuvola Labs', 'DEVELOPED Kasumi Systems -> Nuvo 3 Lite', 'DEVELOPED Nuvola Labs -> Nuvo 3 Lite'],
  },
  {
    cat: 'partners.en-tie-pair-co-developed',
    text: "Nuvola Labs on Monday released Nuvo 3, a 9-billion-parameter language model. The European expansion has stalled over a licensing dispute with Kasumi Systems, a Lyon software vendor. The two companies jointly developed Nuvo 3 Lite, a smaller edition of the model.",
    absent: ['PARTNERS_WITH Kasumi Systems -> Nuvola Labs', 'DEVELOPED Kasumi Systems -> Nuvo 3 Lite'],
  },
  // a short sentence ending in '…죠' is prose, no table cell: "가중치를 공개했죠" makes the model in focus open
  {
    cat: 'open.short-sentence-jyo',
    text: "다온랩스가 새 모델 '다온 9B'를 내놨다. 그제 허깅페이스에 가중치를 풀었죠.",
    props: ['다온 9B=openSource:true'],
  },
  {
    cat: 'open.short-sentence-jyo',
    text: "다온랩스가 새 모델 '다온 9B'를 내놨다. 가중치는 공개하지 않았죠.",
    props: ['다온 9B=openSource:undefined'],
  },
  // "한 증권사 유통업 담당 연구원은": the field a post is in charge of is no person's name; a named analyst still is
  {
    cat: 'persons.field-in-charge',
    text: '가온랩스가 새 모델을 내놨다. 한 증권사 유통업 담당 연구원은 "매출 비중은 아직 작다"고 말했다.',
    noNodes: ['Person:유통업'],
  },
  {
    cat: 'persons.field-in-charge',
    text: '가온랩스가 새 모델을 내놨다. 가온랩스 한지훈 연구원은 "매출 비중은 아직 작다"고 말했다.',
    nodes: ['Person:한지훈'],
  },
  // "오늘부로 … 풀렸다" (as of today): the article's day is the release day; "오늘날" (nowadays) is none
  {
    cat: 'dates.as-of-today',
    text: "다온랩스 발표가 끝났다. 핵심은 '다온 9B'. 오늘부로 허깅페이스에 가중치가 풀렸다.",
    publishedAt: '2026-03-12',
    props: ['다온 9B=releasedOn:2026-03-12'],
  },
  {
    cat: 'dates.as-of-today',
    text: "다온랩스가 '다온 9B'를 소개했다. 오늘날 허깅페이스에는 가중치가 넘쳐난다.",
    publishedAt: '2026-03-12',
    props: ['다온 9B=releasedOn:undefined'],
  },
];

describe('generalise: set 134 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
