/**
 * Generalisation rows for the forms first met in held-out set 123: a model name whose Latin word is glued to a Hangul stem
 * ("케어Bot 3"), a quoted technique word that names no model ("'증류'"), and companies named besides others in a list of participants ("A와 B 외에 C가 참여").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a Hangul stem glued to a Latin word with a version: the whole is the name, the Latin word alone none
  {
    cat: 'models.hangul-stem-latin',
    text: "다온헬스가 제출한 '다온 케어Bot 3'이 어떤 모델을 기반으로 했는지는 알려지지 않았다.",
    nodes: ['Model:케어Bot 3'],
    noNodes: ['Model:Bot 3'],
  },
  {
    cat: 'models.hangul-stem-latin',
    text: "누리랩의 '누리 판결LM 2'는 법률 벤치마크 'K-판례셋'에서 66.2점을 받았다.",
    expect: ['DEVELOPED 누리랩 -> 판결LM 2', 'SCORED 판결LM 2 -> K-판례셋'],
    noNodes: ['Model:LM 2'],
  },
  // a known family glued after a Hangul word is no mention of that family
  {
    cat: 'models.hangul-stem-latin',
    text: "다온 측은 '신형GPT 4'가 아니라 오픈AI의 GPT 4를 썼다고 밝혔다.",
    expect: ['DEVELOPED 오픈AI -> GPT 4'],
    absent: ['DEVELOPED 오픈AI -> 신형GPT 4'],
  },
  // a generic word glued to a Hangul word stays no model
  {
    cat: 'models.hangul-stem-latin',
    text: '가온랩은 멀티모달AI 2를 시연했다.',
    noNodes: ['Model:멀티모달AI 2', 'Model:AI 2'],
  },
  // a quoted technique word in a subheading names no model
  {
    cat: 'models.technique-word',
    text: "◇ 경량 모델은 '증류'…현장 배치 겨냥. 함께 나온 '가온 3 라이트'는 가온 3을 교사 모델로 지식 증류해 만든 모델이다.",
    expect: ['BASED_ON 가온 3 라이트 -> 가온 3'],
    noNodes: ['Model:증류'],
  },
  // "이 사업에는 A와 B 외에 C가 새로 참여": every company of the list takes part
  {
    cat: 'participates.besides-list',
    text: "부산시는 'AI 해양 특화 실증사업'을 시작했다. 이 사업에는 가온랩과 다온AI 외에 부품 업체 한빛정밀이 새로 참여하기로 했다.",
    expect: ['PARTICIPATES_IN 가온랩 -> AI 해양 특화 실증사업', 'PARTICIPATES_IN 다온AI -> AI 해양 특화 실증사업', 'PARTICIPATES_IN 한빛정밀 -> AI 해양 특화 실증사업'],
  },
  {
    cat: 'participates.besides-list',
    text: "부산시는 'AI 해양 특화 실증사업'을 시작했다. 이 사업에는 가온랩 외에도 다온AI가 참여한다.",
    expect: ['PARTICIPATES_IN 가온랩 -> AI 해양 특화 실증사업', 'PARTICIPATES_IN 다온AI -> AI 해양 특화 실증사업'],
  },
  // a negated joining gives nothing
  {
    cat: 'participates.besides-list',
    text: "부산시는 'AI 해양 특화 실증사업'을 시작했다. 이 사업에는 가온랩과 다온AI 외에 부품 업체 한빛정밀이 참여하지 않았다.",
    absent: ['PARTICIPATES_IN 한빛정밀 -> AI 해양 특화 실증사업'],
  },
];

describe('generalise: set 123 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
