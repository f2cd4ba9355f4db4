/** Rows for the readings added in fix215 (developer-tool pages: Q&A threads, experiment trackers, leaderboards). */
import type { Row } from './row.js';

export const fix215Rows: Row[] = [
  // "A의 베이스는 (저희) B입니다": a maintainer's answer naming the model's base
  { rule: 'based-on.base-of-copula', sentence: "한결AI는 새 모델을 공개했다. 한결-Chat 2 12B의 베이스는 저희 한결-Base 2 12B입니다.", expect: ['BASED_ON 한결-Chat 2 12B -> 한결-Base 2 12B'] },
  { rule: 'based-on.base-of-copula', sentence: "한결AI는 새 모델을 공개했다. 한결-Chat 2 12B의 기반 모델은 한결-Base 2 12B가 아닙니다.", absent: ['BASED_ON 한결-Chat 2 12B -> 한결-Base 2 12B'] },
  // "계보는 A → B → C": a lineage written as an arrow chain, each model built on the one before it
  { rule: 'based-on.lineage-arrows', sentence: "한결AI는 새 모델을 공개했다. 그러니까 계보는 한결-Base 1.5 7B → 한결-Base 2 12B → 한결-Chat 2 12B 입니다.", expect: ['BASED_ON 한결-Base 2 12B -> 한결-Base 1.5 7B', 'BASED_ON 한결-Chat 2 12B -> 한결-Base 2 12B'] },
  { rule: 'based-on.lineage-arrows', sentence: "한결AI는 새 모델을 공개했다. 출시 순서는 한결-Base 1.5 7B → 한결-Base 2 12B 입니다.", absent: ['BASED_ON 한결-Base 2 12B -> 한결-Base 1.5 7B'] },
];
