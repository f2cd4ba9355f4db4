/** Rows for the based-on.* and scored.* readings added in round r54a (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r54aRows: Row[] = [
  // "X는 Y 기반 8B였는데": the base, then the model's own size before the copula (r54a)
  { rule: 'based-on.topic-giban-sized-copula', sentence: '모래랩은 사막별 4를 공개했다. 사막별 4는 사막별 3의 후속 모델이다. 예전 사막별 3은 젬마 2 9B 기반 9B였는데 이번에 판을 바꿨다.', expect: ['BASED_ON 사막별 3 -> 젬마 2 9B'] },
  { rule: 'based-on.topic-giban-sized-copula', sentence: '모래랩은 사막별 4를 공개했다. 사막별 4는 사막별 3의 후속 모델이다. 사막별 3은 젬마 2 9B 기반 9B 모델이 아니었다.', absent: ['BASED_ON 사막별 3 -> 젬마 2 9B'] },
  // "A: Y 베이스에 SFT", "A는 Y 베이스에 DPO를 더했다": what is put on the Y base is built on Y (r54a)
  { rule: 'based-on.label-base-put-on', sentence: '솔잎-3B-Chat: 솔잎-3B 베이스에 DPO + RLHF', expect: ['BASED_ON 솔잎-3B-Chat -> 솔잎-3B'] },
  { rule: 'based-on.label-base-put-on', sentence: '솔잎-3B-Chat은 솔잎-3B 베이스에 대화 데이터로 추가 학습을 했다.', expect: ['BASED_ON 솔잎-3B-Chat -> 솔잎-3B'] },
  { rule: 'based-on.label-base-put-on', sentence: '솔잎-3B-Chat은 솔잎-3B 베이스에 SFT를 한 것이 아니다.', absent: ['BASED_ON 솔잎-3B-Chat -> 솔잎-3B'] },
  // "KMMLU 51.0, HAERAE 66.2 for X": every benchmark and score of a list, then the model they are for (r54a)
  { rule: 'scored.en-bench-pairs-for-model', sentence: 'Measured in-house: KMMLU 51.0, HAERAE 66.2 and CLIcK 58.4 for Tamna-9B-Chat.', expect: ['SCORED Tamna-9B-Chat -> KMMLU', 'SCORED Tamna-9B-Chat -> HAERAE', 'SCORED Tamna-9B-Chat -> CLIcK'] },
  { rule: 'scored.en-bench-pairs-for-model', sentence: 'The card lists KMMLU: 44.8 / HAERAE: 61.9 for Tamna-9B.', expect: ['SCORED Tamna-9B -> KMMLU', 'SCORED Tamna-9B -> HAERAE'] },
  // "A는 8.12, B는 7.40.": a bare score closing the sentence after the model's topic, on the benchmark named before (r54a)
  { rule: 'scored.bench-then-model-bare-end', sentence: 'HRM8K에서 다솜-9B는 61.5, 젬마 2 9B는 55.2.', expect: ['SCORED 젬마 2 9B -> HRM8K'], props: ['SCORED 젬마 2 9B -> HRM8K=55.2'] },
  { rule: 'scored.bench-then-model-bare-end', sentence: 'HRM8K 얘기가 나왔는데 다솜-9B는 버전이 2.0.', absent: ['SCORED 다솜-9B -> HRM8K'] },
  // "X의 다음 버전": the next version of X is its successor (the model in focus) (r54a)
  { rule: 'succeeds.focus', sentence: "2. 누리랩 '아라-Math 3'\n\n수학 특화 모델. 작년 여름 나온 아라-Math 2의 다음 버전.", expect: ['SUCCEEDS 아라-Math 3 -> 아라-Math 2'] },
  // "HumanEval 81.7이라고 자랑했는데": a bare score the makers are quoted as giving, for the model in focus (r54a)
  { rule: 'scored.focus-bare-pairs', sentence: "누리랩이 아라-Math 3을 공개했다. KMMLU 58.1 이라고 발표했는데 검증은 아직이다.", expect: ['SCORED 아라-Math 3 -> KMMLU'], props: ['SCORED 아라-Math 3 -> KMMLU=58.1'] },
  // an official's title with the honorific a post adds ("…실장님이") (r54a)
  { rule: 'promotes.official', sentence: "강수빈 과기정통부 디지털정책국장님이 '지역 AI 거점 실증사업' 목표를 직접 소개했다.", expect: ['PROMOTES 강수빈 -> 지역 AI 거점 실증사업'] },
  // "COMPANY 대표(NAME 대표)가": the title, then the person holding it in parentheses (r54a)
  { rule: 'works-for.company-title-paren-person', sentence: '바른셈랩스가 새 모델을 냈다. 바른셈랩스 대표(하솔비 대표)가 직접 시연에 나섰다.', expect: ['WORKS_FOR 하솔비 -> 바른셈랩스'], props: ['WORKS_FOR 하솔비 -> 바른셈랩스=대표'] },
  { rule: 'works-for.company-title-paren-person', sentence: '바른셈랩스의 최고기술책임자(CTO)가 직접 시연에 나섰다.', absent: ['WORKS_FOR CTO -> 바른셈랩스'] },
  // "X 대표가 … \"… Y와 같이 만들었다\"고": the head quoted saying the company made something with Y (r54a)
  { rule: 'partners.speaker-made-together', sentence: '한솔랩이 새 모델을 공개했다. 한솔랩 구하늘 대표가 블로그에 쓴 거 보니까 "학습 데이터는 누리데이터와 같이 만들었다"고 함.', expect: ['PARTNERS_WITH 누리데이터 -> 한솔랩'] },
  { rule: 'partners.speaker-made-together', sentence: '한솔랩 구하늘 대표는 "바다클라우드와 같이 만든 건 아니다"라고 말했다.', absent: ['PARTNERS_WITH 한솔랩 -> 바다클라우드'] },
];
