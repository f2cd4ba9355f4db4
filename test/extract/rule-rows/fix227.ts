/** Rows for the readings added in fix227 (social and community posts: a model's bare run of benchmark scores). */
import type { Row } from './row.js';

export const fix227Rows: Row[] = [
  // "Y KMMLU 60.1, KoBEST 70.2 / Z KMMLU 48.3": each benchmark after the first in a model's bare run is that model's (fix227)
  { rule: 'scored.model-bench-score-run', sentence: "가람AI는 새 모델 '가람 3'를 공개했다. 가람 3 KMMLU 60.1, KoBEST 70.2 / 가람 2 KMMLU 48.3", expect: ['SCORED 가람 3 -> KoBEST'], props: ['SCORED 가람 3 -> KoBEST=70.2'] },
  { rule: 'scored.model-bench-score-run', sentence: "가람AI는 새 모델 '가람 3'를 공개했다. 가람 3 KMMLU 60.1점을 받았고 KoBEST는 아직 재지 않았다.", absent: ['SCORED 가람 3 -> KoBEST'] },
];
