/** Rows for the readings added in fix209 (research pages: a former title before a current post, an affiliation note parted by a slash, a co-developer in the written style). */
import type { Row } from './row.js';

export const fix209Rows: Row[] = [
  // "NAME 전 TITLE(현 COMPANY TITLE)": the current post in the note after a former title (fix209)
  { rule: 'works-for.former-title-current-post-note', sentence: '㈜다올소프트는 요약 모델을 만든다. 논문에는 지난해까지 연구소에 있었던 서도겸 전 책임연구원(현 다올소프트 CTO)도 교신저자로 참여했다.', expect: ['WORKS_FOR 서도겸 -> 다올소프트'], props: ['WORKS_FOR 서도겸 -> 다올소프트=CTO'] },
  { rule: 'works-for.former-title-current-post-note', sentence: '㈜다올소프트는 요약 모델을 만든다. 발표는 서도겸 전 다올소프트 이사가 맡았다.', absent: ['WORKS_FOR 서도겸 -> 다올소프트'] },
  // "NAME (COMPANY / TITLE)": a project page's or a researcher database's affiliation note (fix209)
  { rule: 'works-for.paren-affiliation-parted-title', sentence: '과제 책임자는 여민결 (㈜누비온랩스 / 수석연구원)이며 참여 인력은 모두 12명이다.', expect: ['WORKS_FOR 여민결 -> 누비온랩스'], props: ['WORKS_FOR 여민결 -> 누비온랩스=수석연구원'] },
  { rule: 'works-for.paren-affiliation-parted-title', sentence: '심사는 여민결 (누비온랩스, 대표)과 외부 위원 두 명이 맡는다.', expect: ['WORKS_FOR 여민결 -> 누비온랩스'], props: ['WORKS_FOR 여민결 -> 누비온랩스=대표'] },
  // "M은 … C와 공동으로 개발하였으며": the written style's "-하였-" ends the co-development too (fix209)
  { rule: 'developed.topic-co-developer', sentence: '새 요약 모델 솔결-Sum 3B는 두 해에 걸쳐 ㈜하람데이터와 공동으로 개발하였으며 다음 달 공개된다.', expect: ['DEVELOPED 하람데이터 -> 솔결-Sum 3B'] },
  { rule: 'developed.topic-co-developer', sentence: '새 요약 모델 솔결-Sum 3B는 ㈜하람데이터와 공동으로 개발하지 않았다.', absent: ['DEVELOPED 하람데이터 -> 솔결-Sum 3B'] },
];
