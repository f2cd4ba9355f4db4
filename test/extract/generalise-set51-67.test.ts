/**
 * Generalisation rows for a further round on sets 51 and 67's forms: a base denied as "none of Y's weights used"
 * ("Y 계열 가중치를 쓰지 않았다", "Y 가중치는 단 하나도 쓰지 않았다"), naming Y by its version or line where the claim
 * named a sized model; a successor told with a descriptor word before 모델 ("X의 후속 추론 모델"); a benchmark's kind
 * before "벤치마크인 NAME" that is no benchmark; a teacher named by the English word ("Y를 teacher로 삼아 … 옮겨 왔다").
 * Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a claimed base answered by "Y (계열) 가중치를 쓰지 않았다", Y the claim's sized model by its line or version
  { cat: 'disputed-bases.weights-not-used', text: "노을랩스가 '노을-M 3'를 공개했다. 노을-M 3는 라마 3.1 8B를 기반으로 추가 학습했다는 이야기가 나왔다. 확인 결과 노을-M 3는 자체 사전학습 모델이며 라마 계열 가중치를 쓰지 않았다.", absent: ['BASED_ON 노을-M 3 -> 라마 3.1 8B'] },
  { cat: 'disputed-bases.weights-not-used', text: "노을랩스가 '노을-M 3'를 공개했다. 노을-M 3는 라마 3.1 8B를 기반으로 추가 학습했다는 소문이 돌았다. 회사는 \"노을-M 3는 라마 3.1 가중치는 단 하나도 쓰지 않았다\"고 반박했다.", absent: ['BASED_ON 노을-M 3 -> 라마 3.1 8B'] },
  // (weights of another line not used leave the base stated; a model that uses the weights is no denial)
  { cat: 'disputed-bases.weights-not-used', text: "노을랩스가 '노을-M 3'를 공개했다. 노을-M 3는 라마 3.1 8B를 기반으로 추가 학습한 모델이다. 노을-M 3는 큐웬 계열 가중치를 쓰지 않았다.", expect: ['BASED_ON 노을-M 3 -> 라마 3.1 8B'] },
  { cat: 'disputed-bases.weights-not-used', text: "노을랩스가 '노을-M 3'를 공개했다. 노을-M 3는 라마 3.1 8B를 기반으로 추가 학습한 모델이다. 노을-M 3는 라마 계열 가중치를 그대로 썼다.", expect: ['BASED_ON 노을-M 3 -> 라마 3.1 8B'] },
  // "X의 후속 추론 모델": a descriptor word between 후속 and 모델
  { cat: 'succeeds.focus', text: "바람소프트가 '바람 LM 3'를 공개했다. 지난 3월 나온 바람 LM 2의 후속 추론 모델이다.", expect: ['SUCCEEDS 바람 LM 3 -> 바람 LM 2'] },
  { cat: 'succeeds.focus', text: "바람소프트가 '바람 LM 3'를 공개했다. 바람 LM 2의 후속 경량 모델로, 휴대폰에서 돌아간다.", expect: ['SUCCEEDS 바람 LM 3 -> 바람 LM 2'] },
  { cat: 'succeeds.focus', text: "바람소프트가 '바람 LM 3'를 공개했다. 바람 LM 2의 후속 연구 과제이다.", absent: ['SUCCEEDS 바람 LM 3 -> 바람 LM 2'] },
  // "문서 VQA 벤치마크인 K-DocQA": a kind before "벤치마크인 NAME" describes the name after it, no benchmark of its own
  { cat: 'discover.bench-kind', text: "바람소프트의 '바람-V 9B'는 표 이해 TQA 벤치마크인 K-TabQA에서 81.0점을 기록했다.", nodes: ['Benchmark:K-TabQA'], noNodes: ['Benchmark:TQA'], edgeProps: ['SCORED 바람-V 9B -> K-TabQA score=81'] },
  { cat: 'discover.bench-kind', text: "바람소프트의 '바람-V 9B'는 TabQA 벤치마크에서 81.0점을 기록했다.", nodes: ['Benchmark:TabQA'] },
  // "Y를 teacher로 삼아 … 옮겨 왔습니다": the English word for the teacher, as "교사 모델로 삼아" is; a judge is no teacher
  { cat: 'based-on.focus-teacher-model', text: "바람소프트는 '바람-Fin 3'를 공개했습니다. 요약 능력은 같은 회사의 Qwen3-32B를 teacher로 삼아 knowledge distillation으로 옮겨 왔습니다.", expect: ['BASED_ON 바람-Fin 3 -> Qwen3-32B'] },
  { cat: 'based-on.focus-teacher-model', text: "바람소프트는 '바람-Fin 3'를 공개했습니다. 추론 능력은 Qwen3-32B를 티처 모델로 써 증류했습니다.", expect: ['BASED_ON 바람-Fin 3 -> Qwen3-32B'] },
  { cat: 'based-on.focus-teacher-model', text: "바람소프트는 '바람-Fin 3'를 공개했습니다. 채점은 Qwen3-32B를 judge로 삼아 자동으로 했습니다.", absent: ['BASED_ON 바람-Fin 3 -> Qwen3-32B'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
