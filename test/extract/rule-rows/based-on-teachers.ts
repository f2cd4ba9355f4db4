/** Rows for based-on.* rules of models started from another's weights or distilled from a teacher: the facts each must and must not give. */
import type { Row } from './row.js';

export const basedOnTeacherRows: Row[] = [
  // set 110: a model in focus initialised from another's weights, its subject omitted
  { rule: 'based-on.focus-weights-init', sentence: "가온 3는 가온AI가 내놓은 모델이다. 80억 파라미터 규모로, 메타의 '라마 3.1 8B' 가중치로 초기화한 뒤 한국어 문서를 추가 학습했다.", expect: ['BASED_ON 가온 3 -> 라마 3.1 8B'] },
  { rule: 'based-on.focus-weights-init', sentence: "가온 3는 가온AI가 내놓은 모델이다. 다음 버전은 메타의 '라마 3.1 8B' 가중치로 초기화한 뒤 학습할 계획이다.", absent: ['BASED_ON 가온 3 -> 라마 3.1 8B'] },
  // the base whose weights a named model starts from ("A를 학습시키면서 B 가중치로 초기화한")
  { rule: 'based-on.initialised-from', sentence: "누리랩은 '누리-M 2'를 학습시키면서 구글의 '젬마 3 12B' 가중치로 초기화한 뒤 한국어 문서를 더 학습시켰다.", expect: ['BASED_ON 누리-M 2 -> 젬마 3 12B'] },
  { rule: 'based-on.initialised-from', sentence: "누리랩의 '누리-M 2'는 구글 '젬마 3 12B' 가중치로 초기화해 학습을 시작한 모델이다.", expect: ['BASED_ON 누리-M 2 -> 젬마 3 12B'] },
  { rule: 'based-on.initialised-from', sentence: "누리랩은 '누리-M 2'를 학습시키면서 '젬마 3 12B' 가중치로 초기화하지는 않았다.", absent: ['BASED_ON 누리-M 2 -> 젬마 3 12B'] },
  // "Y 가중치를 초기값으로 삼아": the model starts from Y's weights (set 164); a claim denied gives no base
  { rule: 'based-on.weights-as-initial-values', sentence: "다온랩의 '다온-S 3B'는 구글 '젬마 3 4B' 가중치를 초기값으로 삼아 한국어 법률 문서를 학습했다.", expect: ['BASED_ON 다온-S 3B -> 젬마 3 4B'] },
  { rule: 'based-on.weights-as-initial-values', sentence: "'다온-S 3B'는 '젬마 3 4B' 가중치를 출발점으로 써 학습을 시작한 모델이다.", expect: ['BASED_ON 다온-S 3B -> 젬마 3 4B'] },
  { rule: 'based-on.weights-as-initial-values', sentence: "'다온-S 3B'는 '젬마 3 4B' 가중치를 초기값으로 쓰지 않았다.", absent: ['BASED_ON 다온-S 3B -> 젬마 3 4B'] },
  // "A를 교사 모델로 지식 증류해 얻은 X의 … 모델 'Y'가": a student named after the distillation that made it
  { rule: 'based-on.teacher-distilled-into-named', sentence: "요약: 가온AI의 가온 4.0 32B를 교사 모델로 지식 증류해 만든 다온랩스의 소형 모델 '다온 1B'가 KoBEST 55.2를 받았다.", expect: ['BASED_ON 다온 1B -> 가온 4.0 32B'] },
  { rule: 'based-on.teacher-distilled-into-named', sentence: "가온 4.0 32B를 교사 모델로 증류해 만든 모델은 '다온 1B'가 아니다.", absent: ['BASED_ON 다온 1B -> 가온 4.0 32B'] },
  // (or "Y를 초기 가중치로 두고": the weights put in place to start from)
  { rule: 'based-on.weights-as-initial-values', sentence: "'다온-RM 3B'는 '다온-S 3B'를 초기 가중치로 두고 선호도 데이터로 학습한 보상모델이다.", expect: ['BASED_ON 다온-RM 3B -> 다온-S 3B'] },
  { rule: 'based-on.focus-weights-as-initial-values', sentence: "다온-RM 3B — 다온랩이 만든 보상모델. 다온-S 3B를 초기 가중치로 두고 DaonPairs-30K train split으로 학습했습니다.", expect: ['BASED_ON 다온-RM 3B -> 다온-S 3B'] },
  // (the model itself as the student's initial weights, chosen among candidates)
  { rule: 'based-on.weights-as-initial-values', sentence: "'다온-S 3B'는 여러 후보 중 '젬마 3 4B'를 학생 모델의 초기 가중치로 골랐다.", expect: ['BASED_ON 다온-S 3B -> 젬마 3 4B'] },
  { rule: 'based-on.weights-as-initial-values', sentence: "'다온-S 3B'는 '젬마 3 4B'를 출발점으로 택했다.", expect: ['BASED_ON 다온-S 3B -> 젬마 3 4B'] },
  { rule: 'based-on.weights-as-initial-values', sentence: "'다온-S 3B'는 '젬마 3 4B'를 초기 가중치로 고를지 아직 정하지 못했다.", absent: ['BASED_ON 다온-S 3B -> 젬마 3 4B'] },
  // "Z를 교사 모델로 삼아": a teacher model the model was distilled from (set 164); the model in focus when the sentence names none
  { rule: 'based-on.teacher-model', sentence: "'다온-S 3B'는 큐웬3 32B를 교사 모델로 삼아 추론 능력을 증류했다.", expect: ['BASED_ON 다온-S 3B -> 큐웬3 32B'] },
  { rule: 'based-on.teacher-model', sentence: "'다온-S 3B'는 큐웬3 32B를 교사 모델로 쓰지 않았다고 밝혔다.", absent: ['BASED_ON 다온-S 3B -> 큐웬3 32B'] },
  { rule: 'based-on.focus-teacher-model', sentence: "다온랩이 '다온-S 3B'를 공개했다. 여기에 '큐웬3 32B'를 교사 모델로 삼아 수학 풀이 능력을 옮겨 담았다.", expect: ['BASED_ON 다온-S 3B -> 큐웬3 32B'] },
  { rule: 'based-on.focus-teacher-model', sentence: "다온랩이 '다온-S 3B'를 공개했다. 큐웬3 32B를 평가 모델로 삼아 답변 품질을 채점했다.", absent: ['BASED_ON 다온-S 3B -> 큐웬3 32B'] },
  // the bare role word ("교사로 삼아") and a size between it and the verb ("… 증류해 30억 개 규모의 학생 모델을 만들었다")
  { rule: 'based-on.focus-teacher-model', sentence: "다온랩이 '다온-S 3B'를 공개했다. 회사는 자체 개발한 '다온-L 40B'를 교사로 삼아 증류해 30억 개 규모의 학생 모델을 만들었다.", expect: ['BASED_ON 다온-S 3B -> 다온-L 40B'] },
  { rule: 'based-on.focus-teacher-model', sentence: "다온랩이 '다온-S 3B'를 공개했다. 회사는 자체 개발한 '다온-L 40B'를 교사로 삼아 증류해 30억 개 규모의 학생 모델을 만들지는 않았다.", absent: ['BASED_ON 다온-S 3B -> 다온-L 40B'] },
  // "X를 교사 모델로 한 지식 증류": the distillation named as a noun, the teacher its base
  { rule: 'based-on.focus-teacher-noun', sentence: "다온랩이 '다온-S 3B'를 공개했다. 학습 방식: '큐웬3 32B'를 교사 모델로 한 지식 증류.", expect: ['BASED_ON 다온-S 3B -> 큐웬3 32B'] },
  { rule: 'based-on.focus-teacher-noun', sentence: "다온랩이 '다온-S 3B'를 공개했다. 평가 방식: '큐웬3 32B'를 심사 모델로 한 자동 채점.", absent: ['BASED_ON 다온-S 3B -> 큐웬3 32B'] },
  // "Z를 교사 모델로 삼아 증류한 경량 모델로, …": a subjectless description of the model just released (set 72)
  { rule: 'based-on.focus-teacher-model-made', sentence: "다온랩은 12월 '다온-S 3B'를 출시했다. 다온-L 32B를 교사 모델로 삼아 증류한 경량 모델로, 응답이 빠르다.", expect: ['BASED_ON 다온-S 3B -> 다온-L 32B'] },
  { rule: 'based-on.focus-teacher-model-made', sentence: "다온랩은 12월 '다온-S 3B'를 출시했다. 다온-L 32B를 교사 모델로 삼아 증류한 모델이 아니다.", absent: ['BASED_ON 다온-S 3B -> 다온-L 32B'] },
  // "A를 교사 모델로, B를 … 초기 가중치로 사용하여 … Z를 개발": the teacher and the initial weights named before the model (set 225)
  { rule: 'based-on.role-then-developed', sentence: '본 연구는 다온-L 32B를 교사 모델로, 젬마 3 4B를 학생 모델의 초기 가중치로 사용하여 모델 다온-S 3B를 개발하였다.', expect: ['BASED_ON 다온-S 3B -> 다온-L 32B', 'BASED_ON 다온-S 3B -> 젬마 3 4B'] },
];
