/**
 * Generalisation rows for programmes of cities and regulators: a quoted name a public subject supports or runs
 * ("X시가 … 지원하는 'Y'"), a regulator's scheme someone is designated for ("X위원회의 'Y'에 지정됐다"), the
 * programme's last word standing for it with its round ("얼라이언스 2기에는 A, B 등 스타트업 9곳이 합류했다"),
 * and a joint development only to be considered ("공동 개발을 검토하기로 했다"). Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'policy.public-subject-backs',
    text: "부산시가 지역 AI 기업의 모델 개발과 항만 실증을 묶어 지원하는 '부산 해양 AI 연합' 3기를 2일 출범시켰다. 연합 3기에는 파랑데이터, 물결AI 등 지역 스타트업 9곳이 합류했다.",
    nodes: ['Policy:부산 해양 AI 연합'],
    expect: ['PARTICIPATES_IN 파랑데이터 -> 부산 해양 AI 연합', 'PARTICIPATES_IN 물결AI -> 부산 해양 AI 연합'],
  },
  // (a company's quoted product after a verb of support is no programme: the subject is no public body)
  { cat: 'policy.public-subject-backs', text: "파랑데이터는 중소기업의 AI 도입을 지원하는 '파랑 비서'를 내놨다.", noNodes: ['Policy:파랑 비서'] },
  {
    cat: 'policy.regulator-designation',
    text: "물결AI는 해솔은행과 컨소시엄을 꾸려 금융위원회의 '생성형 AI 금융 샌드박스'에 지정됐다. 정책을 이끄는 구본하 금융위원회 금융혁신국장은 \"지정을 늘리겠다\"고 밝혔다.",
    nodes: ['Policy:생성형 AI 금융 샌드박스'],
    expect: ['PARTICIPATES_IN 물결AI -> 생성형 AI 금융 샌드박스', 'PROMOTES 구본하 -> 생성형 AI 금융 샌드박스'],
  },
  // the programme's bare last word stands for it only with its round or opening the sentence, never a kind word ("세액공제")
  {
    cat: 'policy.head-word-reference',
    text: "정부는 'AI 국가전략기술 세액공제'를 확대한다. 택스랩도 모델 개발 비용에 대해 세액공제를 신청할 계획인 것으로 알려졌다.",
    absent: ['PARTICIPATES_IN 택스랩 -> AI 국가전략기술 세액공제'],
  },
  // a joint development only to be considered is no partnership
  { cat: 'hedge.to-consider', text: 'KT와 파랑로보틱스는 내년 상반기 협동로봇용 AI 모델 공동 개발을 검토하기로 했다.', absent: ['PARTNERS_WITH KT -> 파랑로보틱스', 'PARTNERS_WITH 파랑로보틱스 -> KT'] },
  { cat: 'hedge.to-consider', text: 'KT와 파랑로보틱스는 협동로봇용 AI 모델을 공동 개발했다.', expect: ['PARTNERS_WITH KT -> 파랑로보틱스'] },
];

describe('local programmes and regulators', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
