/**
 * Generalisation rows for industry roundups (several companies, one paragraph each, "이 회사" and
 * subjectless follow-up sentences). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'a common noun after 기업 is no company',
    text: '비용을 줄이려는 기업 수요가 커졌다. 가온소프트는 새 모델 ‘가온 2’를 공개했다.',
    noNodes: ['Company:수요'],
  },
  {
    cat: '이 회사 right after a sentence whose subject is a company',
    text: '작은 모델 경쟁이 뜨겁다. 용도별 소형 모델로 비용을 줄이려는 기업 수요가 커졌기 때문이다. 네이버클라우드는 지난 3일 ‘하이퍼클로바X 시드 9B’를 공개했다. 공공 시장에서는 코난테크놀로지가 눈에 띈다. 이 회사는 새 모델 ‘코난 LLM 누리-7’을 이달 내놨다.',
    expect: ['DEVELOPED 코난테크놀로지 -> 코난 LLM 누리-7'],
    absent: ['DEVELOPED 네이버클라우드 -> 코난 LLM 누리-7'],
  },
  {
    cat: 'coordinated adjectives in quotes name no model',
    text: '스마트폰에 들어가는 ‘빠르고 똑똑한’ 모델 경쟁이 불붙었다. 가온소프트는 ‘가온 2’를 공개했다.',
    noNodes: ['Model:빠르고 똑똑한'],
  },
  {
    cat: "a company's own model becomes the focus",
    text: "네이버클라우드는 지난 3일 ‘하이퍼클로바X 시드 9B’를 공개했다. 삼성전자는 내년 출시할 노트북에 자체 모델 ‘가우스5 엣지’를 탑재한다. 지난해 공개한 ‘가우스4 엣지’의 후속 모델이다.",
    expect: ['DEVELOPED 삼성전자 -> 가우스5 엣지', 'SUCCEEDS 가우스5 엣지 -> 가우스4 엣지'],
    absent: ['SUCCEEDS 하이퍼클로바X 시드 9B -> 가우스4 엣지'],
  },
  // a numbered item opening on a model's name with no particle or dash ("③ 솔빛 8B 올해 …") is about that model;
  // a later sentence whose predicate is "a model X released" ("X가 11월 공개한 … 모델로,", "X가 내놓은 추론 모델이다") names its developer
  { cat: 'roundup.item-title-model', text: "① 엑사원 4.0 LG AI연구원이 7월 공개했다.\n\n② 솔빛 8B 올해 가장 주목받은 신생 모델이다. 설립 3년 차 스타트업 솔빛랩이 10월 공개한 법률 특화 모델로, 카카오의 카나나 1.5를 기반으로 판결문을 추가 학습했다.", expect: ['DEVELOPED 솔빛랩 -> 솔빛 8B', 'BASED_ON 솔빛 8B -> 카나나 1.5'], absent: ['BASED_ON 엑사원 4.0 -> 카나나 1.5'], props: ['솔빛 8B=releasedOn:2025-10'], publishedAt: '2025-12-29' },
  { cat: 'roundup.item-title-model', text: "1) 엑사원 4.0 LG AI연구원이 7월 공개했다.\n\n2) 솔빛 8B 유일한 스타트업 모델이다. AI 스타트업 솔빛랩이 지난달 내놓은 80억 파라미터 추론 모델이다.", expect: ['DEVELOPED 솔빛랩 -> 솔빛 8B'], absent: ['DEVELOPED 솔빛랩 -> 엑사원 4.0'] },
  { cat: 'roundup.item-title-model', text: "엑사원 4.0은 LG AI연구원이 7월 공개했다. 경쟁사 솔빛랩이 지난달 공개한 모델이 더 빠르다는 평가도 있다.", absent: ['DEVELOPED 솔빛랩 -> 엑사원 4.0'] },
];

describe('industry roundups', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
