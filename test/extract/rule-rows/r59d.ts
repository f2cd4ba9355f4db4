/** Rows for the readings widened in r59d (a round on older sets: a thread, a hearing report, a tech blog, a chat export). */
import type { Row } from './row.js';

export const r59dRows: Row[] = [
  // "저희가 직접 만든 … 평가셋 B에서는 N을 찍었습니다": the writer's company (read as a company reference) before the benchmark (r59d)
  { rule: 'scored.topic-list-continues', sentence: '안녕하세요, 별빛소프트 대표 도하람입니다. 은하-2 14B는 KMMLU 58.4가 나왔고, 저희가 직접 만든 법률 평가셋 LawKo-Bench에서는 66.7을 찍었습니다.', expect: ['SCORED 은하-2 14B -> LawKo-Bench'], props: ['SCORED 은하-2 14B -> LawKo-Bench=66.7'] },
  // "X CTO A가 설계했고, 실험은 리서치 리드 B가 맡았다": a second staff member named by title in the next clause (r59d)
  { rule: 'works-for.our-staff-next-clause', sentence: '안녕하세요, 별빛소프트 대표 도하람입니다. 데이터 정제는 저희 CTO 한지섭이 설계했고, 증류 실험은 리서치 리드 오가영이 도맡았습니다.', expect: ['WORKS_FOR 오가영 -> 별빛소프트'] },
  { rule: 'works-for.our-staff-next-clause', sentence: '안녕하세요, 별빛소프트 대표 도하람입니다. 데이터 정제는 저희 CTO 한지섭이 설계했고, 외부 검증은 교수 오가영이 맡았습니다.', absent: ['WORKS_FOR 오가영 -> 별빛소프트'] },
  // a lawmaker who asks an official about the programme ('오 의원은 "장관이 … 우연이냐"고 물었고') is no official of it (r59d)
  { rule: 'promotes.official', sentence: '국정감사에서는 독자 AI 파운데이션 모델 프로젝트 2차 평가가 도마에 올랐다. 한지섭 과기정통부 장관은 "독자 AI 파운데이션 모델 프로젝트는 정부가 끝까지 책임지고 이끌어 가겠다"고 답했다. 오가영 국민의힘 의원은 "2차 평가의 채점 방식이 공개되지 않고 있다"고 지적했다. 한 장관은 공정성 논란에도 휘말렸다. 오 의원은 "장관이 몸담았던 별빛소프트가 2차 평가에서 1위를 차지한 것이 우연이냐"고 물었고, 한 장관은 "평가에는 일절 관여하지 않았다"고 말했다.', expect: ['PROMOTES 한지섭 -> 독자 AI 파운데이션 모델 프로젝트'], absent: ['PROMOTES 오가영 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "A를 교사로 B를 증류해 만든 C": the teacher too is a base of the student built on B (r59d)
  { rule: 'based-on.teacher-then-base-distilled-into', sentence: "별빛소프트는 구름랩의 구름-S 70B를 교사로 알리바바의 Qwen2.5-7B를 증류해 만든 '은하-Ko 7B'를 공개했다.", expect: ['BASED_ON 은하-Ko 7B -> 구름-S 70B', 'BASED_ON 은하-Ko 7B -> Qwen2.5-7B'] },
  { rule: 'based-on.teacher-then-base-distilled-into', sentence: "별빛소프트는 구름-S 70B를 교사로 Qwen2.5-7B를 증류해 만든 모델은 아직 없다고 밝혔다.", absent: ['BASED_ON Qwen2.5-7B -> 구름-S 70B'] },
  // "'X 사업'(과제번호 …)의 GPU 자원을 지원받아 COMPANY가 수행한": a grant's resources in a paper's acknowledgement (r59d)
  { rule: 'participates.supported-by', sentence: "이 논문은 과학기술정보통신부 '고성능 컴퓨팅 지원사업'(과제번호 RS-2026-00000001)의 GPU 자원을 지원받아 (주)별빛소프트가 수행한 연구 결과임.", expect: ['PARTICIPATES_IN 별빛소프트 -> 고성능 컴퓨팅 지원사업'] },
  // "후보는 … A는 빠졌고, B는 끝까지 고민했지만 결국 C를 베이스로 정했다": the candidates weighed are no models built on C (r59d)
  { rule: 'based-on.giban-topic', sentence: "별빛소프트는 새 모델 '은하 1.0'을 만들었다. 후보는 셋이었다. 라마는 일찌감치 빠졌고, 구름 2.0 Base는 마지막까지 고민했지만 결국 라이선스 조건을 따져 엑사원 4.0 32B를 베이스로 정했다.", absent: ['BASED_ON 라마 -> 엑사원 4.0 32B', 'BASED_ON 구름 2.0 Base -> 엑사원 4.0 32B'] },
  { rule: 'based-on.giban-topic', sentence: "별빛소프트는 새 모델 '은하 1.0'을 만들었다. 은하 1.0은 마지막 단계에서 엑사원 4.0 32B를 베이스로 삼았다.", expect: ['BASED_ON 은하 1.0 -> 엑사원 4.0 32B'] },
  // "… 팀과 지난 7월 추가 공모를 거쳐 합류한 AI 스타트업 X가 참여하고 있다": a kind noun between the joining verb and the company (r59d)
  { rule: 'participates.joined-through-call', sentence: "과기정통부는 독자 AI 파운데이션 모델 프로젝트 2차 평가 결과를 발표했다. 현재 이 프로젝트에는 1차 평가를 통과한 구름랩, 바람AI 2개 정예팀과 지난 7월 추가 공모를 거쳐 합류한 AI 스타트업 별빛소프트가 참여하고 있다.", expect: ['PARTICIPATES_IN 별빛소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a headline "A, B와 … 'M' 공동 개발": both companies develop the model (r59d)
  { rule: 'developed.headline-joint-model', sentence: "별빛소프트, 태국 통신사 시암넷과 구름-X 2 기반 태국어 모델 '시암-GPT' 공동 개발", expect: ['DEVELOPED 별빛소프트 -> 시암-GPT'] },
  { rule: 'developed.headline-joint-model', sentence: "별빛소프트, 물결랩스와 '메디-K' 공동 개발설…양사 \"사실무근\"", absent: ['DEVELOPED 별빛소프트 -> 메디-K'] },
  { rule: 'developed.headline-joint-model-partner', sentence: "요약: 별빛소프트, 물결랩스와 의료 특화 모델 '메디-K' 공동 개발 👍 12", expect: ['DEVELOPED 물결랩스 -> 메디-K', 'DEVELOPED 별빛소프트 -> 메디-K'] },
];
