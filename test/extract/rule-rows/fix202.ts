/** Rows for the readings added in fix202 (judgments, speeches, notices and profiles). */
import type { Row } from './row.js';

export const fix202Rows: Row[] = [
  // "X는 M을 준비하고 있다": a company preparing its own model builds it (fix202)
  { rule: 'developed.subject-preparing', sentence: "물류 AI 기업 바람길랩스는 사내 상담에 오픈AI의 GPT-4o 도입을 준비하고 있다.", absent: ['DEVELOPED 바람길랩스 -> GPT-4o'] },
  { rule: 'developed.subject-preparing', sentence: "바람길랩스는 전작 바람길-R 2의 뒤를 이을 바람길-R 3를 한창 준비 중이다.", expect: ['DEVELOPED 바람길랩스 -> 바람길-R 3'] },
  { rule: 'developed.subject-preparing', sentence: "바람길랩스는 바람길-R 3를 준비하고 있지 않다.", absent: ['DEVELOPED 바람길랩스 -> 바람길-R 3'] },
  { rule: 'developed.subject-preparing', sentence: "바람길랩스가 바람길-R 3를 준비하고 있다는 소문이 돌았다.", absent: ['DEVELOPED 바람길랩스 -> 바람길-R 3'] },
  // "X로 가중치를 초기화한 (…) M": the model started from X's weights (fix202)
  { rule: 'based-on.initialised-adnominal', sentence: "연구팀은 구글의 젬마 3 4B 가중치로 초기화한 40억 파라미터 모델 '보라-4'에 법률 문서를 더 학습시켰다.", expect: ['BASED_ON 보라-4 -> 젬마 3 4B'] },
  { rule: 'based-on.initialised-adnominal', sentence: "보라랩은 메타의 라마 3.2 3B로 파라미터를 초기화해 만든 '보라-3 라이트'를 함께 내놨다.", expect: ['BASED_ON 보라-3 라이트 -> 라마 3.2 3B'] },
  { rule: 'based-on.initialised-adnominal', sentence: "보라랩은 메타의 라마 3.2 3B로 가중치를 초기화한 시험 모델과 '보라-3 라이트'의 응답을 비교했다.", absent: ['BASED_ON 보라-3 라이트 -> 라마 3.2 3B'] },
  // "교사 모델로는 A를, 학생 모델로는 B를 사용": the student is distilled from the teacher (fix202)
  { rule: 'based-on.teacher-student-roles', sentence: "실험에서는 교사 모델로 보라랩의 '보라-70B'를, 학생 모델로 '보라-7B'를 각각 사용했다.", expect: ['BASED_ON 보라-7B -> 보라-70B'], absent: ['BASED_ON 보라-70B -> 보라-7B'] },
  { rule: 'based-on.teacher-student-roles', sentence: "이번 실험에서 교사 모델로는 '보라-70B'를, 학생 모델로는 '보라-7B'를 사용하지 않았다.", absent: ['BASED_ON 보라-7B -> 보라-70B'] },
  // "M 개발 총괄: X를 기반으로 …": a career line's work item, its model before the colon (fix202)
  { rule: 'based-on.work-item-colon', sentence: "음성 합성 모델 '소리결-T 2' 개발 리드: 메타의 라마 3.2 3B를 바탕으로 상담 녹취 2만 시간을 학습", expect: ['BASED_ON 소리결-T 2 -> 라마 3.2 3B'] },
  { rule: 'based-on.work-item-colon', sentence: "소리결-T 2 학습 담당: 라마 3.2 3B를 기반으로 하지 않고 처음부터 학습", absent: ['BASED_ON 소리결-T 2 -> 라마 3.2 3B'] },
  // "NAME은 … 퇴사한 후 현재 X의 TITLE로 재직하고 있다": the post held now, after leaving another (fix202)
  { rule: 'works-for.now-after-leaving', sentence: '신청인 고은채는 2021. 3.부터 카카오에서 연구원으로 일하다 퇴직한 뒤 현재 업스테이지의 수석연구원으로 근무하고 있다.', expect: ['WORKS_FOR 고은채 -> 업스테이지'], absent: ['WORKS_FOR 고은채 -> 카카오'] },
  { rule: 'works-for.now-after-leaving', sentence: '신청인 고은채는 카카오를 그만두고 현재 업스테이지의 수석연구원으로 근무하고 있다는 주장을 폈다.', absent: ['WORKS_FOR 고은채 -> 업스테이지'] },
];
