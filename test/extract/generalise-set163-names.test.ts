/**
 * Generalisation rows for the names first met in held-out set 163: a quoted firm after a compound kind of company or a
 * programme role ("물류 전문기업 'X'", "설비 기업인 'X'", "1기 참여사인 'X'"); a programme's new name ("…을 'Z 2.0'으로 이름을
 * 바꿔"); a company named "…헬스케어"; a national strategy cited in 「」. Every row is a short article written for these
 * tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted name after a compound kind of company, or a kind joined by the copula, is that company
  {
    cat: 'discover.quoted-company-kind-compound',
    text: "「국가 물류 AI 사업」 수행기관이 정해졌다. 가온텔레콤 컨소시엄에는 누리소프트, 그리고 물류 전문기업 '한결로지스'가 참여했다.",
    nodes: ['Company:한결로지스'],
    expect: ['PARTICIPATES_IN 한결로지스 -> 국가 물류 AI 사업'],
  },
  {
    cat: 'discover.quoted-company-kind-compound',
    text: "누리소프트 컨소시엄에는 충남 지역 전력·설비 기업인 '솔마루에너지'가 참여했다.",
    nodes: ['Company:솔마루에너지'],
  },
  {
    cat: 'discover.quoted-company-kind-compound',
    text: "1기 사업에 참여했던 기업들의 거취는 엇갈렸다. 또 다른 1기 참여사인 '다온데이터'는 2기에는 참여하지 않겠다고 밝혔다.",
    nodes: ['Company:다온데이터'],
  },
  // a quoted word after a kind of company that is a slogan, not a name (a clause, a version), stays no company
  {
    cat: 'discover.quoted-company-kind-compound',
    text: "물류 전문기업 '빠르고 정확하게'라는 구호를 내건 곳이 늘었다.",
    noNodes: ['Company:빠르고 정확하게'],
  },
  // a programme's new name, quoted after "(으)로 이름을 바꿔", is a programme too (the companies selected for it join it)
  {
    cat: 'discover.renamed-programme',
    text: '부산시는 2021년부터 추진해 온 ‘해양 데이터 융합 집적단지 조성사업’(이하 해양 데이터밸리)을 내년부터 ‘OX 데이터밸리 2.0’으로 이름을 바꿔 후속 사업으로 이어간다고 1일 밝혔다. 시는 누리소프트 컨소시엄을 최종 선정했다.',
    nodes: ['Policy:OX 데이터밸리 2.0', 'Policy:해양 데이터 융합 집적단지 조성사업'],
    noNodes: ['Model:OX 데이터밸리 2.0', 'Model:데이터밸리 2.0'],
  },
  // a model renamed is no programme: no programme was named before it
  {
    cat: 'discover.renamed-programme',
    text: "가온소프트는 자사 모델 '누리-2'를 내년부터 '누리 프로 2'로 이름을 바꿔 판매한다.",
    noNodes: ['Policy:누리 프로 2'],
  },
  // a company whose name ends in 헬스케어 is a company; a field ending in it is not
  {
    cat: 'discover.healthcare-suffix',
    text: '가온 컨소시엄은 가온AI가 주관하고, 업스테이지와 한결헬스케어가 참여기관으로 함께한다.',
    nodes: ['Company:한결헬스케어'],
  },
  { cat: 'discover.healthcare-suffix', text: '디지털헬스케어와 모바일헬스케어가 함께 성장하고 있다.', noNodes: ['Company:디지털헬스케어', 'Company:모바일헬스케어'] },
  // a national strategy cited in the official brackets is a policy even with no ministry before it, and the known
  // policy inside its name does not stop it
  {
    cat: 'discover.bracketed-plan',
    text: '오늘 말씀드릴 것은 지난 10월 발표한 「소버린 AI 해양전략」의 후속 조치입니다.',
    nodes: ['Policy:소버린 AI 해양전략'],
  },
  { cat: 'discover.bracketed-plan', text: "가온소프트는 '투 트랙 전략'을 내세웠다.", noNodes: ['Policy:투 트랙 전략'] },
];

describe('generalise: set 163 names', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
