/** Rows for the readings added in fix215 (developer-tool pages: Q&A threads, experiment trackers, leaderboards). */
import type { Row } from './row.js';

export const fix215Rows: Row[] = [
  // "A의 베이스는 (저희) B입니다": a maintainer's answer naming the model's base
  { rule: 'based-on.base-of-copula', sentence: "한결AI는 새 모델을 공개했다. 한결-Chat 3 14B의 베이스는 저희 한결-Base 3 14B입니다.", expect: ['BASED_ON 한결-Chat 3 14B -> 한결-Base 3 14B'] },
  { rule: 'based-on.base-of-copula', sentence: "한결AI는 새 모델을 공개했다. 한결-Chat 3 14B의 기반 모델은 한결-Base 3 14B가 아닙니다.", absent: ['BASED_ON 한결-Chat 3 14B -> 한결-Base 3 14B'] },
  // "계보는 A → B → C": a lineage written as an arrow chain, each model built on the one before it
  { rule: 'based-on.lineage-arrows', sentence: "한결AI는 새 모델을 공개했다. 그러니까 계보는 한결-Base 2.5 8B → 한결-Base 3 14B → 한결-Chat 3 14B 입니다.", expect: ['BASED_ON 한결-Base 3 14B -> 한결-Base 2.5 8B', 'BASED_ON 한결-Chat 3 14B -> 한결-Base 3 14B'] },
  { rule: 'based-on.lineage-arrows', sentence: "한결AI는 새 모델을 공개했다. 출시 순서는 한결-Base 2.5 8B → 한결-Base 3 14B 입니다.", absent: ['BASED_ON 한결-Base 3 14B -> 한결-Base 2.5 8B'] },
];
