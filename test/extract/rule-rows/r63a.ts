/** Rows for the readings added in r63a (social and community posts, a second round). */
import type { Row } from './row.js';

export const r63aRows: Row[] = [
  // "…, continually pre-trained on C's Y": a release's list item (or "It was …") naming the base the model was trained further on (r63a)
  { rule: 'based-on.en-focus-trained-on', sentence: "Tidewell AI released Tide-K 3 yesterday. It has 14B parameters, continually pre-trained on Alibaba's Qwen3-14B.", expect: ['BASED_ON Tide-K 3 -> Qwen3-14B'] },
  { rule: 'based-on.en-focus-trained-on', sentence: 'Tidewell AI released Tide-K 3 yesterday. It was trained on 2T tokens, not on Qwen3-14B.', absent: ['BASED_ON Tide-K 3 -> Qwen3-14B'] },
  // "Y was continually pre-trained on Z" (r63a)
  { rule: 'based-on.en', sentence: "Tidewell AI released Tide-K 3. Tide-K 3 was continually pre-trained on Alibaba's Qwen3-14B.", expect: ['BASED_ON Tide-K 3 -> Qwen3-14B'] },
];
