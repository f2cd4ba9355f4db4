/** Rows for the readings added in round r55d (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r55dRows: Row[] = [
  // "NAME — 옛 동료. 현재 … 장관으로서 Y를 이끌고 있다": the entry's next sentence gives the official post and the programme it runs (r55d)
  { rule: 'promotes.profile-official-post', sentence: '관련 인물\n\n한서윤 — 대학 동기. 현재 과학기술정보통신부 차관으로서 AI 바우처를 이끌고 있다.', expect: ['PROMOTES 한서윤 -> AI 바우처'] },
  { rule: 'promotes.profile-official-post', sentence: '관련 인물\n\n한서윤 — 대학 동기. 현재 누리랩스 대표로서 AI 바우처에 참여하고 있다.', absent: ['PROMOTES 한서윤 -> AI 바우처'] },
  // "P … 남은 팀은 A, B가 각각 이끄는 컨소시엄이다": the teams left in the programme, told with the plain adnominal 남은 (r55d)
  { rule: 'participates.remaining-teams-are', sentence: "'K-로봇 파운데이션 사업'은 최종 심사만 남겨 두고 있다. 지금 남은 팀은 가온로보틱스, 누리센서가 각각 이끄는 컨소시엄이다.", expect: ['PARTICIPATES_IN 가온로보틱스 -> K-로봇 파운데이션 사업', 'PARTICIPATES_IN 누리센서 -> K-로봇 파운데이션 사업'] },
  { rule: 'participates.remaining-teams-are', sentence: "'K-로봇 파운데이션 사업'에서 남은 예산은 가온로보틱스가 이끄는 컨소시엄이 쓴다.", absent: ['PARTICIPATES_IN 가온로보틱스 -> K-로봇 파운데이션 사업'] },
  // "X 컨소시엄은 A, B와 한 팀을 꾸렸다": the lead, named with its consortium, forms the team with the members (r55d)
  { rule: 'partners.formed-consortium', sentence: '가온로보틱스 컨소시엄은 네이버클라우드, 카카오와 한 팀을 꾸렸다.', expect: ['PARTNERS_WITH 가온로보틱스 -> 네이버클라우드', 'PARTNERS_WITH 가온로보틱스 -> 카카오'] },
  { rule: 'partners.formed-consortium', sentence: '가온로보틱스 컨소시엄은 누리센서와 한 팀을 꾸릴지 아직 정하지 못했다.', absent: ['PARTNERS_WITH 가온로보틱스 -> 누리센서'] },
  // "NAME 박사도 … COMPANY TITLE로 합류했다": a hire told with the additive 도 ("also joined") (r55d)
  { rule: 'works-for.moved-to-role', sentence: '데이터 팀을 이끌던 한지오 박사도 지난주 누리소프트 최고데이터책임자로 합류했다.', expect: ['WORKS_FOR 한지오 -> 누리소프트'] },
  { rule: 'works-for.moved-to-role', sentence: '한지오 박사도 누리소프트 최고데이터책임자로 합류할지 고민하고 있다.', absent: ['WORKS_FOR 한지오 -> 누리소프트'] },
  // "X 컨소시엄의 일원으로 P에 선정돼": the consortium's lead is in the programme with its member (r55d)
  { rule: 'participates.consortium-of-member-selected', sentence: "바다랩스는 지난해 네이버클라우드 컨소시엄의 일원으로 '해양 데이터 댐 사업'에 선정됐다.", expect: ['PARTICIPATES_IN 네이버클라우드 -> 해양 데이터 댐 사업', 'PARTICIPATES_IN 바다랩스 -> 해양 데이터 댐 사업'] },
  { rule: 'participates.consortium-of-member-selected', sentence: "바다랩스는 네이버클라우드 컨소시엄의 일원으로 '해양 데이터 댐 사업'에 참여할지 검토 중이다.", absent: ['PARTICIPATES_IN 네이버클라우드 -> 해양 데이터 댐 사업'] },
  // "A 원본과 B를 SLERP 방식으로 병합했다": the merge's ingredients, an original named with 원본, the tool with 방식 (r55d)
  { rule: 'based-on.focus-tool-merged-pair-first', sentence: "한빛랩은 이번 주 '한빛-믹스-14B'를 올렸다. 한빛랩은 Qwen3-14B 원본과 한빛-코더-14B를 SLERP 방식으로 병합했다.", expect: ['BASED_ON 한빛-믹스-14B -> Qwen3-14B', 'BASED_ON 한빛-믹스-14B -> 한빛-코더-14B'] },
  { rule: 'based-on.focus-tool-merged-pair-second', sentence: "한빛랩은 이번 주 '한빛-믹스-14B'를 올렸다. 한빛랩은 Qwen3-14B 원본과 한빛-코더-14B를 SLERP 방식으로 병합하지 않았다.", absent: ['BASED_ON 한빛-믹스-14B -> 한빛-코더-14B'] },
  // "X의 레이어를 복제해 쌓은 모델": a model grown from another's layers (depth up-scaling) is based on it (r55d)
  { rule: 'based-on.layers-stacked', sentence: '다온-XL 40B는 다온-M 20B의 레이어를 두 번 반복해 쌓은 모델이다.', expect: ['BASED_ON 다온-XL 40B -> 다온-M 20B'] },
  { rule: 'based-on.layers-stacked', sentence: '다온-XL 40B는 다온-M 20B의 레이어를 복제하지 않고 처음부터 학습했다.', absent: ['BASED_ON 다온-XL 40B -> 다온-M 20B'] },
  { rule: 'based-on.focus-layers-stacked', sentence: "다온AI는 '다온-XL 40B'를 새로 내놨다. 다온-M 20B의 블록 절반을 복사해 이어 붙여 크기를 키운 모델이다.", expect: ['BASED_ON 다온-XL 40B -> 다온-M 20B'] },
];
