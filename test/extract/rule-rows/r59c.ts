/** Rows for the readings added in r59c (data distilled from a model, a base shared with a named version, a succession told against a continued training, a comment's professional headline). */
import type { Row } from './row.js';

export const r59cRows: Row[] = [
  // "학습 데이터는 Z의 답변을 증류해 만든 …": the data a model in focus is trained on, distilled from Z's outputs, makes it built on Z
  { rule: 'based-on.focus-data-distilled-from', sentence: '노을랩은 추론 모델 노을-R 2를 공개했다. 학습 데이터는 Qwen3-32B의 답변을 증류해 만든 SFT 셋이다.', expect: ['BASED_ON 노을-R 2 -> Qwen3-32B'] },
  { rule: 'based-on.focus-data-distilled-from', sentence: '노을랩은 추론 모델 노을-R 2를 공개했다. 추론 데이터는 DeepSeek-R1의 풀이 과정을 증류하여 구축한 것이다.', expect: ['BASED_ON 노을-R 2 -> DeepSeek-R1'] },
  { rule: 'based-on.focus-data-distilled-from', sentence: '노을랩은 추론 모델 노을-R 2를 공개했다. 학습 데이터는 Qwen3-32B의 답변을 증류해 만든 것이 아니다.', absent: ['BASED_ON 노을-R 2 -> Qwen3-32B'] },
  // "A과 동일하게 Z 위에서 학습": A is built on Z, and so is the model in focus
  { rule: 'based-on.shared-with-named-base', sentence: "여울소프트가 '여울-L 3'을 공개했다. 여울-L 2와 마찬가지로 젬마 3 12B를 기반으로 학습했다.", expect: ['BASED_ON 여울-L 2 -> 젬마 3 12B'] },
  { rule: 'based-on.shared-with-named-base', sentence: "여울소프트가 '여울-L 3'을 공개했다. 여울-L 2와 마찬가지로 젬마 3 12B를 기반으로 학습하지는 않았다.", absent: ['BASED_ON 여울-L 2 -> 젬마 3 12B'] },
  { rule: 'based-on.focus-shared-named-base', sentence: "여울소프트가 '여울-L 3'을 공개했다. 여울-L 2와 동일하게 젬마 3 12B 위에서 학습했다.", expect: ['BASED_ON 여울-L 3 -> 젬마 3 12B', 'BASED_ON 여울-L 2 -> 젬마 3 12B'] },
  { rule: 'based-on.focus-shared-named-base', sentence: "여울소프트가 '여울-L 3'을 공개했다. 여울-L 2와 동일하게 젬마 3 12B 위에서 학습할지는 정하지 않았다.", absent: ['BASED_ON 여울-L 3 -> 젬마 3 12B'] },
  // "A는 B를 이어서 학습한 게 아니라, … 후속 버전이다": not trained on from B, still B's successor
  { rule: 'succeeds.not-continued-but-successor', sentence: '여울-L 3은 여울-L 2를 이어서 학습한 게 아니라, 같은 베이스에서 데이터만 바꿔 다시 학습한 후속 버전입니다.', expect: ['SUCCEEDS 여울-L 3 -> 여울-L 2'] },
  { rule: 'succeeds.not-continued-but-successor', sentence: '여울-L 3은 여울-L 2에서 파생된 것이 아니라 구조를 새로 짠 후속 모델이다.', expect: ['SUCCEEDS 여울-L 3 -> 여울-L 2'] },
  { rule: 'succeeds.not-continued-but-successor', sentence: '여울-L 3은 여울-L 2를 이어서 학습한 게 아니라, 처음부터 새로 만든 별도 모델입니다.', absent: ['SUCCEEDS 여울-L 3 -> 여울-L 2'] },
  // "NAME ROLE @ COMPANY · Dec 3": a comment's signature with the writer's professional headline
  { rule: 'works-for.en-headlined-line', sentence: 'Mina Cho ML Engineer @ 바람랩스 · Dec 3', expect: ['WORKS_FOR Mina Cho -> 바람랩스'], props: ['WORKS_FOR Mina Cho -> 바람랩스=ML Engineer'] },
  { rule: 'works-for.en-headlined-line', sentence: 'Daniel Reyes Head of Data @ Brightfold Labs · 2일 전', expect: ['WORKS_FOR Daniel Reyes -> Brightfold Labs'] },
  { rule: 'works-for.en-headlined-line', sentence: 'Research Lead @ 바람랩스 · Dec 3', absent: ['WORKS_FOR Research Lead -> 바람랩스'] },
];
