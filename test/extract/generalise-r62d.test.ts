/**
 * Generalisation rows for r62d: older sets' low pages. Companies listed "B와 함께" before a selection told as what the
 * subject is ("… 1차 관문을 통과한 정예팀이다") are co-selected, not partners; "두 회사" after two sentences that each open
 * on one company means those two; a base named with the English word ("Y base 위에 LoRA로 얹은"); a model as topic that a
 * company further trained on a base ("X는 C가 Y에 … 추가 학습한 모델이다"); a contract's terms said not to hold a co-development;
 * "그 후속 모델인 B" after a gapped list's object; a group's research unit and the group as one company.
 * Every sentence and name is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "participates.together-selected-copula: the companies listed 'B와 함께' before '… 통과한 정예팀이다' take part too, and are no partners",
    text: "카카오와 KT는 가온랩스, 솔빛랩스와 함께 '지역 AI 거점 사업' 1차 관문을 통과한 정예팀이다.",
    expect: ['PARTICIPATES_IN 카카오 -> 지역 AI 거점 사업', 'PARTICIPATES_IN KT -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 솔빛랩스 -> 지역 AI 거점 사업'],
    absent: ['PARTNERS_WITH 가온랩스 -> 카카오', 'PARTNERS_WITH 솔빛랩스 -> 카카오', 'PARTNERS_WITH KT -> 가온랩스'],
  },
  {
    cat: "pair reference: '두 회사는' after 'A는 …. B에서는 ….' is A and B; the bare programme word before its round and the team word stand for the programme named before",
    text:
      "정부는 올해 '지역 AI 거점 사업'을 시작했다. 카카오는 김도윤 대표가 모델 개발을 직접 이끈다. KT에서는 박서준 부사장이 라인업을 총괄한다. " +
      "두 회사는 가온랩스와 함께 사업 1차 관문을 통과한 정예팀이다.",
    expect: ['PARTICIPATES_IN 카카오 -> 지역 AI 거점 사업', 'PARTICIPATES_IN KT -> 지역 AI 거점 사업', 'PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'],
    absent: ['PARTNERS_WITH 가온랩스 -> 카카오', 'PARTNERS_WITH KT -> 가온랩스'],
  },
  {
    cat: "partners.together: a consortium built 'B와 함께' before the selection is still a partnership",
    text: "한빛소프트는 가온랩스와 함께 컨소시엄을 꾸려 '지역 AI 거점 사업'에 선정된 기업이다.",
    expect: ['PARTNERS_WITH 가온랩스 -> 한빛소프트', 'PARTICIPATES_IN 한빛소프트 -> 지역 AI 거점 사업'],
  },
  {
    cat: "based-on.on-top-of: the English word for a base before '위에' ('Y base 위에 LoRA로 얹은')",
    text: '솔바람-8b는 작년에 qwen2.5-7b base 위에 LoRA로 얹은 모델입니다.',
    expect: ['BASED_ON 솔바람-8b -> qwen2.5-7b'],
  },
  {
    cat: "based-on.topic-further-trained-copula: a model as topic that a company further trained on a base ('X는 C가 Y에 어휘를 확장하고 추가 학습한 모델이다')",
    text: '달무리-10.8B는 한빛소프트가 SOLAR-10.7B에 한국어 어휘를 확장하고 추가 학습한 모델이라 베이스가 좀 오래됐다.',
    expect: ['BASED_ON 달무리-10.8B -> SOLAR-10.7B'],
  },
  {
    cat: "based-on.topic-further-trained-copula: a model compared with another ('Y보다 먼저 추가 학습한') has no base",
    text: '달무리-10.8B는 한빛소프트가 SOLAR-10.7B보다 먼저 추가 학습한 모델이다.',
    absent: ['BASED_ON 달무리-10.8B -> SOLAR-10.7B'],
  },
  {
    cat: "partners (negated terms): a contract said not to hold co-development ('A와 B가 공동으로 개발하기로 하는 내용은 포함되어 있지 않다') is no partnership",
    text: '이 계약은 사용료를 받는 내용일 뿐이고, 한빛소프트와 가온랩스가 모델을 공동으로 개발하거나 사업을 함께 수행하기로 하는 내용은 포함되어 있지 않다.',
    absent: ['PARTNERS_WITH 가온랩스 -> 한빛소프트'],
  },
  {
    cat: "partners: terms a contract does hold ('공동으로 개발하기로 하는 내용이 계약에 담겼다') stay a partnership",
    text: '한빛소프트와 가온랩스가 모델을 공동으로 개발하기로 하는 내용이 계약에 담겼다.',
    expect: ['PARTNERS_WITH 가온랩스 -> 한빛소프트'],
  },
  {
    cat: "succeeds: '그' in a gapped list of objects ('A'를, 올해 그 후속 모델인 'B'를 출시했다) is the object named just before",
    text: "한빛소프트는 지난해 '달무리 1'을, 올해 그 후속 모델인 '달무리 2'를 출시했다.",
    expect: ['SUCCEEDS 달무리 2 -> 달무리 1'],
  },
  {
    cat: "succeeds: the same with dotted dates between ('A'를, 2025. 2. 25. 그 후속 모델인 'B'를 각 출시하였다)",
    text: "한빛소프트는 2024. 4. 15. '달무리 1'을, 2025. 2. 25. 그 후속 모델인 '달무리 2'를 각 출시하였다.",
    expect: ['SUCCEEDS 달무리 2 -> 달무리 1'],
  },
  {
    cat: "gazetteer: a group's in-house research unit named beside the group (삼성전자 … 삼성리서치) is one company, as LG AI연구원 is with LG",
    text: '삼성전자는 올해 연구 조직을 개편했다. 삼성리서치를 이끌 새 수장으로 한도윤 부사장을 선임했다. 한빛소프트는 삼성전자와 공동으로 에이전트를 개발한다.',
    sameNode: ['삼성전자=삼성리서치'],
    expect: ['PARTNERS_WITH 삼성전자 -> 한빛소프트'],
  },
];

describe('r62d: older sets, co-selected teams and bases', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
