/** Rows for the readings widened or added in r58e (a base switched in a gerund, a successor clause ending in a concessive, a partnership signed with '도', a company calling a model its own). */
import type { Row } from './row.js';

export const r58eRows: Row[] = [
  // "기반 모델을 Z로 바꾸면서 …": the base switched, told in a gerund, is the base of the model in focus
  { rule: 'based-on.base-switched-focus', sentence: "다솜랩은 지난봄 '다솜 2.5'를 내놓았다. 기반 모델을 젬마 3 12B로 바꾸면서 답변 속도가 빨라졌다.", expect: ['BASED_ON 다솜 2.5 -> 젬마 3 12B'] },
  { rule: 'based-on.base-switched-focus', sentence: "다솜랩은 지난봄 '다솜 2.5'를 내놓았다. 베이스를 젬마 3 12B로 교체하며 학습 데이터도 새로 모았다.", expect: ['BASED_ON 다솜 2.5 -> 젬마 3 12B'] },
  { rule: 'based-on.base-switched-focus', sentence: "다솜랩은 지난봄 '다솜 2.5'를 내놓았다. 기반 모델을 젬마 3 12B로 바꿀지 검토하고 있다.", absent: ['BASED_ON 다솜 2.5 -> 젬마 3 12B'] },
  // "Y의 뒤를 잇는 모델이지만 …": a successor clause ending in a concessive still names the predecessor of the model in focus
  { rule: 'succeeds.focus-inherits', sentence: '여울소프트가 여울-L 4를 공개했다. 여울-L 3의 뒤를 잇는 모델이지만 구조는 완전히 새로 짰다.', expect: ['SUCCEEDS 여울-L 4 -> 여울-L 3'] },
  { rule: 'succeeds.focus-inherits', sentence: '여울소프트가 여울-L 4를 공개했다. 여울-L 3을 잇는 후속 모델인데 매개변수는 두 배다.', expect: ['SUCCEEDS 여울-L 4 -> 여울-L 3'] },
  { rule: 'succeeds.focus-inherits', sentence: '여울소프트가 여울-L 4를 공개했다. 여울-L 3의 뒤를 잇는 모델은 아니지만 이름이 비슷하다.', absent: ['SUCCEEDS 여울-L 4 -> 여울-L 3'] },
  // "(subject omitted) B와 … 업무협약도 체결했다": a partnership signed, the agreement noun with '도'
  { rule: 'partners.omitted-subject-signed', sentence: "한결에이아이는 상담용 모델 '여름-C 2'를 공개했다. 또 카카오와 상담 에이전트 사업화 MOU도 맺었다.", expect: ['PARTNERS_WITH 카카오 -> 한결에이아이'] },
  { rule: 'partners.omitted-subject-signed', sentence: "한결에이아이는 상담용 모델 '여름-C 2'를 공개했다. 또 카카오와 상담 에이전트 사업화 MOU도 맺지 않았다.", absent: ['PARTNERS_WITH 카카오 -> 한결에이아이'] },
  // "X 역시 'Y'는 … 자체 모델이라고 설명했다": a company calling a model its own developed it
  { rule: 'developed.company-calls-own-model', sentence: "한빛데이터 역시 '솔바람-G 3'는 외부 모델과 상관없는 자체 모델이라고 강조했다.", expect: ['DEVELOPED 한빛데이터 -> 솔바람-G 3'] },
  { rule: 'developed.company-calls-own-model', sentence: "한빛데이터는 '솔바람-G 3'가 독자 개발한 모델이라고 밝혔다.", expect: ['DEVELOPED 한빛데이터 -> 솔바람-G 3'] },
  { rule: 'developed.company-calls-own-model', sentence: "한빛데이터는 '솔바람-G 3'가 자체 모델이라고 밝히지 않았다.", absent: ['DEVELOPED 한빛데이터 -> 솔바람-G 3'] },
];
