/** Rows for the readings added or widened in fix204 (products and services outside news: pricing, store, plan and trust pages). */
import type { Row } from './row.js';

export const fix204Rows: Row[] = [
  // "Y는 … 모델이며, 학습 데이터는 (…기업) B와 공동으로 구축했다": the model's maker is B's partner (fix204)
  { rule: 'partners.omitted-subject-clause-together', sentence: '(주)소담헬스는 자체 개발한 진료 요약 모델 소담-M 4B를 공개했다.\n\n소담-M 4B는 구글의 Gemma 3 4B를 기반으로 간호 기록을 추가 학습한 모델이며, 평가 데이터는 라벨링 전문 기업 가람셋과 공동으로 구축했다.', expect: ['PARTNERS_WITH 가람셋 -> 소담헬스'] },
  { rule: 'partners.omitted-subject-clause-together', sentence: '(주)소담헬스는 자체 개발한 진료 요약 모델 소담-M 4B를 공개했다.\n\n소담-M 4B는 구글의 Gemma 3 4B를 기반으로 간호 기록을 추가 학습한 모델이며, 평가 데이터는 라벨링 전문 기업 가람셋과 공동으로 구축하지 않았다.', absent: ['PARTNERS_WITH 가람셋 -> 소담헬스'] },
  // a score card: the figure, the benchmark and its label, the model in parentheses (fix204)
  { rule: 'scored.card-score-bench-model', sentence: '(주)한울랩은 자체 모델 한울챗 3을 공개했다.\n\n77.2 KMMLU 평균 (한울챗 3)', expect: ['SCORED 한울챗 3 -> KMMLU'], props: ['SCORED 한울챗 3 -> KMMLU=77.2'] },
  { rule: 'scored.card-score-bench-model', sentence: '(주)한울랩은 자체 모델 한울챗 3을 공개했다.\n\n77.2 KMMLU 평균 (한울챗 3 예상치)', absent: ['SCORED 한울챗 3 -> KMMLU'] },
  // a score line opening on the benchmark, no model named before it, closing the line: the model in focus (fix204)
  { rule: 'scored.focus-bench-score-line', sentence: '(주)다솜웍스는 회의록 요약 모델 다솜-S 2를 공개했다.\n\n사내 요약 평가셋 MinSum-K ROUGE-L 39.4', expect: ['SCORED 다솜-S 2 -> MinSum-K'], props: ['SCORED 다솜-S 2 -> MinSum-K=39.4'] },
  { rule: 'scored.focus-bench-score-line', sentence: '(주)다솜웍스는 회의록 요약 모델 다솜-S 2를 공개했다.\n\nKoBEST 71.2 나와서 만족했는데 결국 못 팔았다', absent: ['SCORED 다솜-S 2 -> KoBEST'] },
  // the same with the benchmark described as a test set, a clause after it on a line the page ran on (fix204)
  { rule: 'scored.focus-described-bench-score-line', sentence: '(주)다솜웍스는 회의록 요약 모델 다솜-S 2를 공개했다.\n\n사내 요약 평가셋 MinSum-K ROUGE-L 39.4 이전 버전보다 크게 올랐다', expect: ['SCORED 다솜-S 2 -> MinSum-K'], props: ['SCORED 다솜-S 2 -> MinSum-K=39.4'] },
  { rule: 'scored.focus-described-bench-score-line', sentence: '(주)다솜웍스는 회의록 요약 모델 다솜-S 2를 공개했다.\n\n사내 요약 평가셋 MinSum-K 39.4 예상', absent: ['SCORED 다솜-S 2 -> MinSum-K'] },
];
