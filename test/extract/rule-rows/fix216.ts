/** Rows for the readings added in fix216 (business and finance page forms: fund reports, batch posts, filings, research mail). */
import type { Row } from './row.js';

export const fix216Rows: Row[] = [
  // "대표는 NAME입니다": the post as the topic, the copula naming its holder, under a company's section (fix216)
  { rule: 'works-for.omitted-subject-post-copula', sentence: '솔바람랩스는 물류 문서를 읽는 모델을 만든다. 대표는 차윤슬입니다.', expect: ['WORKS_FOR 차윤슬 -> 솔바람랩스'], props: ['WORKS_FOR 차윤슬 -> 솔바람랩스=대표'] },
  { rule: 'works-for.omitted-subject-post-copula', sentence: '솔바람랩스는 물류 문서를 읽는 모델을 만든다. 대표는 차윤슬이 아닙니다.', absent: ['WORKS_FOR 차윤슬 -> 솔바람랩스'] },
  // "X Y 기반, N 파라미터.": a telegraphic line under a release, the model in focus built on Y (fix216)
  { rule: 'based-on.focus-telegraphic-base', sentence: "누리랩이 어제 '누리-Q 2'를 공개. 메타 Llama 3.1 8B 기반, 80억 파라미터.", expect: ['BASED_ON 누리-Q 2 -> Llama 3.1 8B'] },
  { rule: 'based-on.focus-telegraphic-base', sentence: "누리랩이 어제 '누리-Q 2'를 공개. 메타 Llama 3.1 8B 기반이라는 소문은 사실이 아님.", absent: ['BASED_ON 누리-Q 2 -> Llama 3.1 8B'] },
  // "P N차 평가에서 X 컨소시엄 탈락 확인": a noun-ending elimination is still a participation (fix216)
  { rule: 'participates.round-dropped-noun', sentence: "과기정통부 '독자 AI 파운데이션 모델 프로젝트' 1차 평가에서 가람소프트 컨소시엄 탈락 확인.", expect: ['PARTICIPATES_IN 가람소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { rule: 'participates.round-dropped-noun', sentence: "과기정통부 '독자 AI 파운데이션 모델 프로젝트' 1차 평가에서 가람소프트 컨소시엄 탈락 가능성 제기.", absent: ['PARTICIPATES_IN 가람소프트 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "'P'에 Y가 주관하는 컨소시엄의 참여기업으로 선정": a member selected under its lead partners with it (fix216)
  { rule: 'partners.member-of-led-consortium-in-programme', sentence: "바른데이터는 '독자 AI 파운데이션 모델 프로젝트'에 KT가 주관하는 컨소시엄의 참여기업으로 선정되었다.", expect: ['PARTNERS_WITH KT -> 바른데이터'] },
  { rule: 'partners.member-of-led-consortium-in-programme', sentence: "바른데이터는 '독자 AI 파운데이션 모델 프로젝트'에 KT가 주관하는 컨소시엄의 참여기업으로 선정되지 않았다.", absent: ['PARTNERS_WITH KT -> 바른데이터', 'PARTNERS_WITH 바른데이터 -> KT'] },
  // "NAME 前 X A B C가 Y 부서 POST로 합류": a three-word former post, unit words before the new post (fix216)
  { rule: 'works-for.moved-to-role', sentence: '어제 남도훈 前 카카오 AI 전략 리더가 업스테이지 모델 사업 담당 부사장으로 합류했다.', expect: ['WORKS_FOR 남도훈 -> 업스테이지'] },
  { rule: 'works-for.moved-to-role', sentence: '어제 남도훈 前 카카오 AI 전략 리더가 업스테이지 모델 사업 담당 부사장으로 합류하지 않았다.', absent: ['WORKS_FOR 남도훈 -> 업스테이지'] },
  // "X㈜ (대표 NAME)": a corporate mark between the company and its head's parentheses (fix216)
  { rule: 'works-for.company-paren-title-name', sentence: '[2] 바람숲랩㈜ (대표 공서윤) — 신규 투자', expect: ['WORKS_FOR 공서윤 -> 바람숲랩'] },
];
