/** Rows for the based-on.* rules read in English sentences: the facts each must and must not give. */
import type { Row } from './row.js';

export const basedOnEnglishRows: Row[] = [
  // "X built it on Y": 'it' is the model the story is about (h101_02); and "built it on Y" names no developer of Y
  // "The company took Y, …, and continued pre-training it": the model in focus is built on Y (h139_06); a base tried and dropped is none
  { rule: 'based-on.en-took-then-trained-it-focus', sentence: "Orbis Labs released Nova 4 today. The company took Meta's Llama 3.1 8B and further trained it on Korean finance text.", expect: ['BASED_ON Nova 4 -> Llama 3.1 8B'] },
  { rule: 'based-on.en-took-then-trained-it-focus', sentence: "Orbis Labs released Nova 4 today. The company took Llama 3.1 8B for a trial and then deleted it.", absent: ['BASED_ON Nova 4 -> Llama 3.1 8B'] },
  // a derivative "obtained from" its parent, or distilled from it after an appositive that gives its size
  { rule: 'based-on.en', sentence: 'Norae Labs released Norae-7B. Norae-7B-Chat is obtained from Norae-7B by preference tuning.', expect: ['BASED_ON Norae-7B-Chat -> Norae-7B'] },
  { rule: 'based-on.en', sentence: 'Norae Labs released Norae-7B. Norae-7B-Mini, a small model meant for phones, is distilled from Norae-7B.', expect: ['BASED_ON Norae-7B-Mini -> Norae-7B'] },
  { rule: 'based-on.en', sentence: 'Norae Labs released Norae-7B. Norae-7B-Mini, unlike Norae-7B, is not distilled from Qwen3-8B.', absent: ['BASED_ON Norae-7B-Mini -> Qwen3-8B'] },
  // "X ran on Y", "X runs on Y" with Y a model: X was built on it (not a denial, not hardware)
  { rule: 'based-on.en-ran-on', sentence: "Our 2024 prototype, Sori-Chat 0.5, ran on Google's Gemma 2 9B.", expect: ['BASED_ON Sori-Chat 0.5 -> Gemma 2 9B'] },
  { rule: 'based-on.en-ran-on', sentence: 'Sori Labs released Sori-Chat 3. Sori-Chat 3 no longer runs on Qwen3-8B.', absent: ['BASED_ON Sori-Chat 3 -> Qwen3-8B'] },
  // a model made over from another: "upscaled from", "pruned from", "is a continued pre-training of" (set 157)
  { rule: 'based-on.en-made-over', sentence: 'Norae Labs released Norae-19B. Norae-19B was upscaled from Qwen3-14B by stacking extra layers.', expect: ['BASED_ON Norae-19B -> Qwen3-14B'] },
  { rule: 'based-on.en-made-over', sentence: 'Norae-19B is a continued pre-training of Qwen3-14B on Korean law text.', expect: ['BASED_ON Norae-19B -> Qwen3-14B'] },
  { rule: 'based-on.en-made-over', sentence: 'Norae-19B was not pruned from Qwen3-14B, the company said.', absent: ['BASED_ON Norae-19B -> Qwen3-14B'] },
  // a second derivation after "and": "X is built on A and distilled from B" (both X's, never A's)
  { rule: 'based-on.en-and-second', sentence: 'Norae-3B is built on top of Qwen3-4B and distilled from Norae-19B.', expect: ['BASED_ON Norae-3B -> Norae-19B', 'BASED_ON Norae-3B -> Qwen3-4B'], absent: ['BASED_ON Qwen3-4B -> Norae-19B'] },
  { rule: 'based-on.en-and-second', sentence: 'Norae-3B is built on top of Qwen3-4B and compared with Norae-19B.', absent: ['BASED_ON Norae-3B -> Norae-19B'] },
  // merges: "by averaging the weights of A and B", "X is a merge of A and B"
  { rule: 'based-on.en-merged-by', sentence: 'Norae Labs built Norae-Mix-9B by merging the weights of Gemma 2 9B and Norae-Chat-9B.', expect: ['BASED_ON Norae-Mix-9B -> Gemma 2 9B', 'BASED_ON Norae-Mix-9B -> Norae-Chat-9B'] },
  { rule: 'based-on.en-merged-by', sentence: 'Norae-Mix-9B is a SLERP merge of Gemma 2 9B and Norae-Chat-9B.', expect: ['BASED_ON Norae-Mix-9B -> Gemma 2 9B'] },
  { rule: 'based-on.en-merged-by', sentence: 'Norae-Mix-9B is not a merge of Gemma 2 9B and Norae-Chat-9B.', absent: ['BASED_ON Norae-Mix-9B -> Gemma 2 9B'] },
  // "Y, a version of the new model that has been further trained on …": Y is built on the model in focus
  { rule: 'based-on.en-version-further-trained-focus', sentence: 'Nuvola Labs released Nuvo 3 on Monday. The firm also showed Nuvo 3 Lite, a version of the new model that has been further trained on hospital records.', expect: ['BASED_ON Nuvo 3 Lite -> Nuvo 3'] },
  { rule: 'based-on.en-version-further-trained-focus', sentence: 'Nuvola Labs released Nuvo 3 on Monday. The firm also showed Nuvo 3 Lite, a version of the new model that has not been further trained on hospital records.', absent: ['BASED_ON Nuvo 3 Lite -> Nuvo 3'] },
  // "M is C's B with continued pre-training": M is B, trained further
  { rule: 'based-on.en-is-base-with-training', sentence: "Hanul Works released Saebyeok-9B. Saebyeok-9B is Google's Gemma 2 9B with additional fine-tuning on call-centre transcripts.", expect: ['BASED_ON Saebyeok-9B -> Gemma 2 9B'] },
  { rule: 'based-on.en-is-base-with-training', sentence: "Hanul Works released Saebyeok-9B. Saebyeok-9B was not Google's Gemma 2 9B with more training, the firm said.", absent: ['BASED_ON Saebyeok-9B -> Gemma 2 9B'] },
];
