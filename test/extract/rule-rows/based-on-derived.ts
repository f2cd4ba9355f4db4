/** Rows for based-on.* rules of models derived by cutting a parent down (pruning): the facts each must and must not give. */
import type { Row } from './row.js';

export const basedOnDerivedRows: Row[] = [
  // "Y를 가지치기(pruning)해 … 줄인 'X'": the pruned model is built on its parent; a parent only compared, or not pruned, is none
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 다온-5를 가지치기(pruning)해 20억 파라미터로 줄인 '다온-5 엣지'도 휴대폰에서 돈다.", expect: ['BASED_ON 다온-5 엣지 -> 다온-5'] },
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 이어 다온-5를 프루닝한 '다온-5 미니'도 선보였다.", expect: ['BASED_ON 다온-5 미니 -> 다온-5'] },
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 다온-5를 가지치기하지 않고 만든 '다온-5 엣지'가 휴대폰에서 돈다.", absent: ['BASED_ON 다온-5 엣지 -> 다온-5'] },
  { rule: 'based-on.pruned-head', sentence: "다온랩은 '다온-5'를 공개했다. 다온-5를 양자화해 줄인 '다온-5 엣지'가 휴대폰에서 돈다.", absent: ['BASED_ON 다온-5 엣지 -> 다온-5'] },
];
