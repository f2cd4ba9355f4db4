/** Rows for the readings added in r62b (a post held at a company, then the development of a model led from it). */
import type { Row } from './row.js';

export const r62bRows: Row[] = [
  // "X POST을 맡아 …, (자체) 모델 'Y'의 개발을 총괄": the model led from a post at X is X's
  { rule: 'developed.post-held-led-work', sentence: "그는 2022년부터 업스테이지 최고기술책임자(CTO)를 맡아 자회사 이사를 겸하고 있으며, 재임 중 자체 언어모델 '담솔 2.0(DAMSOL 2.0)'의 개발을 총괄했다.", expect: ['DEVELOPED 업스테이지 -> 담솔 2.0'] },
  { rule: 'developed.post-held-led-work', sentence: "그는 네이버클라우드 연구소장을 맡으며 경량 모델 '바다-3B' 학습을 이끌었다.", expect: ['DEVELOPED 네이버클라우드 -> 바다-3B'] },
  // a model of another company named with its maker in between is none of X's
  { rule: 'developed.post-held-led-work', sentence: "그는 업스테이지 고문을 맡으며 카카오의 모델 '바다-3B' 평가를 이끌었다.", absent: ['DEVELOPED 업스테이지 -> 바다-3B'] },
  { rule: 'developed.post-held-led-work', sentence: "그는 업스테이지 고문을 맡아 '바다-3B' 개발을 총괄했다는 보도를 부인했다.", absent: ['DEVELOPED 업스테이지 -> 바다-3B'] },
  // "제가 … 돌려 본 BENCH 점수는 N 나왔습니다": a user's own run of the model in focus
  { rule: 'scored.focus-run-score-came-out', sentence: '지난주 올라온 Hanul-Chat 3 8B 잘 쓰고 있습니다. 참고로 제가 lm-eval-harness로 돌려 본 KMMLU 점수는 51.2 나왔습니다.', expect: ['SCORED Hanul-Chat 3 8B -> KMMLU'] },
  { rule: 'scored.focus-run-score-came-out', sentence: '지난주 올라온 Hanul-Chat 3 8B 잘 쓰고 있습니다. 제가 돌려 본 KMMLU 점수는 아직 안 나왔습니다.', absent: ['SCORED Hanul-Chat 3 8B -> KMMLU'] },
];
