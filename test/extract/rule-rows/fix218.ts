/** Rows for the readings added in fix218 (ordinary news pages: successors told with "그 후속작", interviews, programmes). */
import type { Row } from './row.js';

export const fix218Rows: Row[] = [
  // "Y를 … 테스트한 바 있으며, 이번 N 모델이 그 정식 후속작이다": the model in focus, called "이번 … 모델", succeeds the one named before (fix218)
  { rule: 'succeeds.model-then-focus-its-successor', sentence: "누리소프트가 '누리 7B'를 출시했다. 누리 7B는 70억 파라미터 규모다. 회사는 지난해 첫 모델 '누리 베타'를 비공개로 시험한 바 있으며, 이번 7B 모델이 그 정식 후속작이다.", expect: ['SUCCEEDS 누리 7B -> 누리 베타'] },
  { rule: 'succeeds.model-then-focus-its-successor', sentence: "누리소프트가 '누리 7B'를 출시했다. 누리 7B는 70억 파라미터 규모다. 회사는 지난해 첫 모델 '누리 베타'를 비공개로 시험한 바 있으며, 이번 7B 모델이 그 후속작인지는 밝히지 않았다.", absent: ['SUCCEEDS 누리 7B -> 누리 베타'] },
];
