/**
 * Generalisation rows for the forms first met in held-out set 127: a programme's result box of consortium roster lines
 * (members with notes, an outcome after an arrow, a dropped team), the members of one roster line partnering each other,
 * a verb's connective form quoted in a subhead, a Latin group name glued to a bank's suffix, a maker with a day, a place
 * and a manner before its release verb, a self-built model that a quotation ends before another model is named, and a
 * member leaving a bare "컨소시엄" whose place another fills, "그 후속 모델이지만", and a regional head speaking after the
 * region's programme.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const ROSTER = [
  '과기정통부는 독자 AI 파운데이션 모델 프로젝트 2차 평가 결과를 발표하고 바람랩스, 소나무소프트가 이끄는 컨소시엄을 발표했다. 소나무소프트 컨소시엄은 이번 평가에서 탈락했다.',
  '◇ 바람랩스 컨소시엄 — 하람데이터, 누리테크(8월 합류) ⇒ 통과',
  '◇ 소나무소프트 컨소시엄 — 가온로보틱스, 다솜데이터 ⇒ 탈락',
].join('\n');

const rows: FactRow[] = [
  // "◇ A 컨소시엄 — B, C(8월 합류) ⇒ 통과": the lead partners each member, and the members of one line partner each other
  {
    cat: 'partners.team-roster-line',
    text: ROSTER,
    expect: ['PARTNERS_WITH 바람랩스 -> 하람데이터', 'PARTNERS_WITH 바람랩스 -> 누리테크', 'PARTNERS_WITH 하람데이터 -> 누리테크'],
    absent: ['PARTNERS_WITH 하람데이터 -> 가온로보틱스', 'PARTNERS_WITH 바람랩스 -> 다솜데이터'],
  },
  // a team dropped in the round still took part, with its members ("⇒ 탈락")
  {
    cat: 'partners.team-roster-line',
    text: ROSTER,
    expect: ['PARTNERS_WITH 소나무소프트 -> 가온로보틱스', 'PARTNERS_WITH 가온로보틱스 -> 다솜데이터', 'PARTICIPATES_IN 가온로보틱스 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 다솜데이터 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a team of one member ("◇ A 컨소시엄 — B ⇒ 통과")
  {
    cat: 'partners.team-roster-line',
    text: '결과는 다음과 같다.\n◇ 한빛AI 컨소시엄 — 모아데이터 ⇒ 통과',
    expect: ['PARTNERS_WITH 한빛AI -> 모아데이터'],
  },
  // "▲A 컨소시엄(A·B·C) - 통과": the members in parentheses are one team
  {
    cat: 'partners.multi-party',
    text: '2차 평가 결과는 다음과 같다.\n▲바람랩스 컨소시엄(바람랩스·하람데이터·누리테크) - 통과',
    expect: ['PARTNERS_WITH 하람데이터 -> 누리테크'],
  },
  // a sentence that lists a consortium's members says nothing of the members working with each other
  {
    cat: 'partners.multi-party',
    text: '바람랩스 컨소시엄에는 하람데이터와 누리테크가 참여하고 있다.',
    expect: ['PARTNERS_WITH 바람랩스 -> 하람데이터'],
    absent: ['PARTNERS_WITH 하람데이터 -> 누리테크'],
  },
  // "■ 작은 모델을 '키우고', 큰 모델을 '나누고'": a verb's connective form quoted after its object is no model
  {
    cat: 'discover.quoted-connective-verb',
    text: "■ 작은 모델을 '키우고', 큰 모델을 '나누고'\n한빛소프트는 두 가지 방식을 모두 쓴다고 밝혔다.",
    noNodes: ['Model:키우고', 'Model:나누고'],
  },
  // (a model's quoted name, a particle on it, is still a name)
  {
    cat: 'discover.quoted-connective-verb',
    text: "다온랩은 새 모델을 '바로고'로 이름 붙여 공개했다.",
    nodes: ['Model:바로고'],
  },
  // "hK뱅크와 함께 … 공동 개발": a Latin group name glued to a bank's suffix is a (Korean) company
  {
    cat: 'discover.latin-bank',
    text: "가온AI는 hK뱅크와 함께 금융 상담 모델 '가온-뱅커'를 공동 개발하고 있다.",
    expect: ['DEVELOPED hK뱅크 -> 가온-뱅커', 'PARTNERS_WITH 가온AI -> hK뱅크'],
    props: ['hK뱅크=country:KR'],
  },
  {
    cat: 'discover.latin-bank',
    text: '가온AI는 AI뱅크 시대가 온다고 내다봤다.',
    noNodes: ['Company:AI뱅크'],
  },
  // "X가 지난 12일 허깅페이스에 오픈소스로 내놓은 'Y'": a day, a place and a manner between the maker and its release verb
  {
    cat: 'discover.maker-with-adverbials',
    text: "아리젠이 지난 12일 허깅페이스에 오픈소스로 내놓은 '아리-R 2 미니'는 소형 추론 모델이다.",
    expect: ['DEVELOPED 아리젠 -> 아리-R 2 미니'],
  },
  {
    cat: 'discover.maker-with-adverbials',
    text: "연구진이 지난 12일 허깅페이스에 오픈소스로 내놓은 '한결-R 2 미니'는 소형 추론 모델이다.",
    noNodes: ['Company:연구진'],
  },
  // "…자체적으로 구축한 모델"이라며 "Z의 가중치는 쓰지 않았다": the quotation ends before the other model is named
  {
    cat: 'developed.self-built',
    text: '바람AI는 새 모델을 공개했다. 오지훈 바람AI 대표는 "처음부터 자체적으로 구축한 모델"이라며 "라마 3의 가중치는 쓰지 않았다"고 말했다.',
    absent: ['DEVELOPED 바람AI -> 라마 3'],
  },
  {
    cat: 'developed.self-built',
    text: "바람AI는 자체적으로 구축한 한국어 모델 '바람-7'을 공개했다.",
    expect: ['DEVELOPED 바람AI -> 바람-7'],
  },
  // "…B는 지난 5월 컨소시엄에서 빠졌고, 그 자리를 데이터 기업 C가 6월에 새로 채웠다": the bare consortium is the one just talked
  // about, not the team the sentence before left out; C fills B's place in it
  {
    cat: 'partners.consortium-place-filled',
    text: "한빛AI는 '산업 AI 실증 사업'의 주관기업이다. 과기정통부는 한빛AI 컨소시엄을 포함한 2개 팀을 2단계로 올렸다. 누리소프트가 이끈 컨소시엄은 1단계에서 탈락했다. 초기 멤버 바다랩은 지난 5월 컨소시엄에서 빠졌고, 그 자리를 데이터 기업 소나무데이터가 6월에 새로 채웠다.",
    expect: ['PARTNERS_WITH 한빛AI -> 소나무데이터', 'PARTICIPATES_IN 소나무데이터 -> 산업 AI 실증 사업'],
    absent: ['PARTNERS_WITH 누리소프트 -> 소나무데이터'],
  },
  {
    cat: 'partners.consortium-place-filled',
    text: "한빛AI는 '산업 AI 실증 사업'의 주관기업이다. 초기 멤버 바다랩의 대표는 지난 5월 회사에서 빠졌고, 그 자리를 소나무데이터 출신 인사가 채웠다.",
    absent: ['PARTNERS_WITH 한빛AI -> 소나무데이터'],
  },
  // "B는 그 후속 모델이지만, …": the subject of "그 후속 모델" in a contrastive clause succeeds the model the sentence before named
  {
    cat: 'succeeds.successor-previous-sentence',
    text: "지난해 내놓은 1세대 '바다-로 1'은 메타의 '라마 3 8B'를 파인튜닝해 만들었다. 이번 바다-로 2는 그 후속 모델이지만, 기반 모델을 새로 골랐다.",
    expect: ['SUCCEEDS 바다-로 2 -> 바다-로 1'],
  },
  {
    cat: 'succeeds.successor-previous-sentence',
    text: "지난해 내놓은 1세대 '바다-로 1'은 메타의 '라마 3 8B'를 파인튜닝해 만들었다. 이번 바다-로 2는 그 후속 모델이 아니지만, 이름을 이어받았다.",
    absent: ['SUCCEEDS 바다-로 2 -> 바다-로 1'],
  },
  // "전남도는 '전남 X 지원사업' 대상으로 … 선정했다. NAME 전남지사는 "…"": the regional head speaks of the region's programme the
  // sentence before named, though the article named another programme earlier
  {
    cat: 'promotes.regional-head-after-programme',
    text: "과기정통부는 '독자 AI 파운데이션 모델 프로젝트' 결과를 발표했다. 전남도는 같은 날 '전남 AI 에너지 실증 지원사업' 대상 기업으로 바람솔라 등 2곳을 선정했다. 박지현 전남지사는 \"에너지와 AI를 묶어 키우겠다\"고 말했다.",
    expect: ['PROMOTES 박지현 -> 전남 AI 에너지 실증 지원사업'],
    absent: ['PROMOTES 박지현 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // (the head of another region speaks of no programme named for this one)
  {
    cat: 'promotes.regional-head-after-programme',
    text: "과기정통부는 '독자 AI 파운데이션 모델 프로젝트' 결과를 발표했다. 전남도는 같은 날 '전남 AI 에너지 실증 지원사업' 대상 기업으로 바람솔라 등 2곳을 선정했다. 박지현 경북지사는 \"에너지와 AI를 묶어 키우겠다\"고 말했다.",
    absent: ['PROMOTES 박지현 -> 전남 AI 에너지 실증 지원사업'],
  },
];

describe('generalise: set 127 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
