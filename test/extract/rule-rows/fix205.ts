/** Rows for the readings added in fix205 (a chat export, a community board, a filing, an English funding story, an IPO page). */
import type { Row } from './row.js';

export const fix205Rows: Row[] = [
  // "X는 … Y 주관 컨소시엄의 참여기업으로 선정": a member of the consortium Y leads is Y's partner (fix205)
  { rule: 'partners.member-of-led-consortium-selected', sentence: '해솔데이터는 지난 7월 정부의 「AI 바우처 지원사업」에 KT 주관 컨소시엄의 참여기업으로 선정돼 학습 데이터를 맡고 있다.', expect: ['PARTNERS_WITH KT -> 해솔데이터'] },
  { rule: 'partners.member-of-led-consortium-selected', sentence: '해솔데이터는 KT 주관 컨소시엄의 참여기업으로 선정되지 않았다.', absent: ['PARTNERS_WITH KT -> 해솔데이터'] },
  // "… Y와 (분야) 공동개발 계약을 체결해": the sentence's omitted subject, the company before, is Y's partner (fix205)
  { rule: 'partners.omitted-subject-joint-contract', sentence: '(주)누리셈은 회계 특화 언어모델을 만드는 기업이다.\n\n올해 3월에는 삼성SDS와 세무 상담 AI 공동개발 계약을 체결해 대기업 영업을 함께 하고 있다.', expect: ['PARTNERS_WITH 누리셈 -> 삼성SDS'] },
  { rule: 'partners.omitted-subject-joint-contract', sentence: '(주)누리셈은 회계 특화 언어모델을 만드는 기업이다.\n\n삼성SDS와 공동개발 계약을 맺지는 않았다.', absent: ['PARTNERS_WITH 누리셈 -> 삼성SDS'] },
  // "X 기반으로 (한국어) 추가학습 했다": no subject, the model in focus is built on X (fix205)
  { rule: 'based-on.focus-giban-trained-bare', sentence: '(주)한결AI는 법률 상담 모델 한결-L 8B를 공개했다.\n\n한결-L 8B는 사내 서비스에 먼저 들어간다. 메타의 Llama 3.1 8B 기반으로 판례 문서를 추가학습 했다고 밝혔다.', expect: ['BASED_ON 한결-L 8B -> Llama 3.1 8B'] },
  { rule: 'based-on.focus-giban-trained-bare', sentence: '(주)한결AI는 법률 상담 모델 한결-L 8B를 공개했다.\n\n한결-L 8B는 사내 서비스에 먼저 들어간다. Llama 3.1 8B 기반으로 추가학습을 하지는 않았다.', absent: ['BASED_ON 한결-L 8B -> Llama 3.1 8B'] },
  // "X, P 공모에 지원서 냈다": a chat's comma topic, then the programme it applied to (fix205)
  { rule: 'participates.comma-topic-applied', sentence: '그 얘기 나온 업스테이지, 독자 AI 파운데이션 모델 프로젝트 3차 공모에 지원서 냈대요.', expect: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.comma-topic-applied', sentence: '업스테이지, 독자 AI 파운데이션 모델 프로젝트 3차 공모에 지원서를 내지 않았다.', absent: ['PARTICIPATES_IN 업스테이지 -> 독자 AI 파운데이션 모델 프로젝트'] },
];
