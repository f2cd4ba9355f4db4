/** Rows for the readings added or widened in fix208 (a trip report, a speech, a nominee table, a dataset card). */
import type { Row } from './row.js';

export const fix208Rows: Row[] = [
  // "NAME X 대표, NAME2 POST": a colleague listed after the company's head works there in their post (fix208)
  { rule: 'works-for.listed-colleague-title', sentence: '간담회에는 윤서하 바람데이터 대표, 루시 강(Lucy Kang) 유럽법인장이 참석했다.', expect: ['WORKS_FOR 루시 강 -> 바람데이터', 'WORKS_FOR 윤서하 -> 바람데이터'], props: ['WORKS_FOR 루시 강 -> 바람데이터=유럽법인장'] },
  { rule: 'works-for.listed-colleague-title', sentence: '발표는 윤서하 바람데이터 대표, 남궁혁 최고기술책임자가 나눠 맡았다.', expect: ['WORKS_FOR 남궁혁 -> 바람데이터'] },
  { rule: 'works-for.listed-colleague-title', sentence: '자리에는 윤서하 바람데이터 대표, 석지후 과기정통부 과장이 함께했다.', absent: ['WORKS_FOR 석지후 -> 바람데이터'] },
  { rule: 'works-for.listed-colleague-title', sentence: '자리에는 윤서하 바람데이터 대표, 석지후 전 부사장이 함께했다.', absent: ['WORKS_FOR 석지후 -> 바람데이터'] },
  // (a photo's left-to-right list, or a list whose later items name other companies, mixes affiliations: the bare post is no one's)
  { rule: 'works-for.listed-colleague-title', sentence: '(오른쪽부터) 윤서하 바람데이터 대표, 석지후 연구소장이 기념 촬영을 하고 있다.', absent: ['WORKS_FOR 석지후 -> 바람데이터'] },
  { rule: 'works-for.listed-colleague-title', sentence: '발표회에는 윤서하 바람데이터 대표, 석지후 연구소장, 남궁혁 카카오 이사가 나섰다.', absent: ['WORKS_FOR 석지후 -> 바람데이터'], expect: ['WORKS_FOR 남궁혁 -> 카카오'] },
  // "A와 B가 … P(연도)의 지원을 받아": both subjects took part in P, a year note after its name (fix208, widened)
  { rule: 'participates.supported-by-subject', sentence: "바람데이터와 누리랩스는 이번 말뭉치를 「AI 학습용 데이터 구축 지원사업」(2027년)의 지원을 받지 않고 자체 예산으로 만들었다.", absent: ['PARTICIPATES_IN 누리랩스 -> AI 학습용 데이터 구축 지원사업', 'PARTICIPATES_IN 바람데이터 -> AI 학습용 데이터 구축 지원사업'] },
  { rule: 'participates.supported-by-subject', sentence: "바람데이터(BaramData)와 누리랩스가 공동으로 설계했으며, 「AI 학습용 데이터 구축 지원사업」(2027년)의 지원을 받아 완성됐다.", expect: ['PARTICIPATES_IN 바람데이터 -> AI 학습용 데이터 구축 지원사업', 'PARTICIPATES_IN 누리랩스 -> AI 학습용 데이터 구축 지원사업'] },
  // a customer putting a model into its 개발 도구 releases nothing (fix208, narrowed)
  { rule: 'developed.subject-release', sentence: '중견 보험사 한빛손보가 바람-Coder 13B를 사내 개발 도구에 넣어 쓰고 있다.', absent: ['DEVELOPED 한빛손보 -> 바람-Coder 13B'] },
  { rule: 'developed.subject-release', sentence: '바람데이터는 바람-Coder 13B를 개발해 지난달 공개했다.', expect: ['DEVELOPED 바람데이터 -> 바람-Coder 13B'] },
  // "…와 Y를 공동 개발 중" closing a line with no verb ending (fix208, widened)
  { rule: 'partners.omitted-subject-joint', sentence: "바람데이터는 보안 스타트업 누리랩스와 위협 탐지 모델 '누리-Guard'를 공동 개발 중", expect: ['PARTNERS_WITH 누리랩스 -> 바람데이터'] },
];
