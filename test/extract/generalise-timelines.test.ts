/**
 * Generalisation rows for timeline pages (연표): dated entries written as headlines ("DATE X, 'Y' 공개",
 * "DATE A·B, 전략적 제휴", "DATE A·B 컨소시엄, PROGRAMME 선정"). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

/** A long opening paragraph: the entries after it are the story, not the page's date line. */
const INTRO = '국내 인공지능 업계의 주요 모델 공개와 협력, 정책 발표를 날짜순으로 정리한 연표다. 발표일 기준으로 적었으며 일부 일정은 달라질 수 있다.';
const page = (...entries: string[]) => [INTRO, ...entries].join('\n\n');

const rows: FactRow[] = [
  // a timeline entry's date stamp is no part of the sentence; its headline-style subject before a comma releases the model
  { cat: 'timeline.headline-release', text: page("2025.04.02 미르온, 경량 추론 모델 '나래-7' 공개"), expect: ['DEVELOPED 미르온 -> 나래-7'], props: ['나래-7=releasedOn:2025-04-02'], publishedAt: '2025-12-01' },
  { cat: 'timeline.headline-release', text: page("2025.09.03 미르온, '나래-8' 오픈소스 공개…마이크로소프트와 공동 연구 MOU"), expect: ['DEVELOPED 미르온 -> 나래-8', 'PARTNERS_WITH 마이크로소프트 -> 미르온'], publishedAt: '2025-12-01' },
  { cat: 'timeline.headline-release', text: page("▲미르온, 코딩 모델 '나래-코더' 출시"), expect: ['DEVELOPED 미르온 -> 나래-코더'] },
  // public bodies, and lines that release no model, name no company
  { cat: 'timeline.headline-release', text: page("2025.05.11 정부, '데이터 개방 확대 방안' 발표", "2025.06.01 법원, '나래-7' 라이선스 위반 인정"), noNodes: ['Company:정부', 'Company:법원'], absent: ['DEVELOPED 법원 -> 나래-7'], publishedAt: '2025-12-01' },
  { cat: 'timeline.headline-release', text: page("2025.06.01 미르온, '나래-7' 라이선스 분쟁 휘말려"), noNodes: ['Company:미르온'], publishedAt: '2025-12-01' },
  // in plain text, an entry among the first lines is no date line of the page: a headline follows its date
  { cat: 'timeline.plain-text-entry', text: "올해의 AI 일지.\n\n2025.04.02 미르온, 경량 추론 모델 '나래-7' 공개\n\n2025.05.20 바다솔, 상담 모델 '물결-3' 출시", expect: ['DEVELOPED 미르온 -> 나래-7', 'DEVELOPED 바다솔 -> 물결-3'], publishedAt: '2025-12-01' },
  // "A·B, 전략적 제휴": a coordinated headline subject that ties up
  { cat: 'timeline.headline-partners', text: page('2024.02.14 네이버·삼성전자, 전략적 제휴 발표'), expect: ['PARTNERS_WITH 네이버 -> 삼성전자'], publishedAt: '2024-12-01' },
  { cat: 'timeline.headline-partners', text: page('2024.02.14 네이버·삼성전자, 제휴설 부인'), absent: ['PARTNERS_WITH 네이버 -> 삼성전자'], publishedAt: '2024-12-01' },
  // "A·B 컨소시엄, PROGRAMME 선정": the members of a consortium named by middle dots, selected
  { cat: 'timeline.dotted-consortium', text: page('2025.06.30 가람온·누리별 컨소시엄, 독자 AI 파운데이션 모델 프로젝트 추가 공모 선정'), expect: ['PARTICIPATES_IN 가람온 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 누리별 -> 독자 AI 파운데이션 모델 프로젝트'], publishedAt: '2025-12-01' },
  // a short name in such a list ("하늘") that opens a company's full name in the article ("하늘테크놀로지") is that company
  { cat: 'timeline.dotted-consortium', text: '버티컬 AI 정예팀 두 곳 선정…하늘·바다AI 컨소시엄\n\n하늘테크놀로지가 주관하는 컨소시엄과 바다AI가 주관하는 컨소시엄이 최종 선정됐다고 과기정통부가 밝혔다.', noNodes: ['Company:하늘'], nodes: ['Company:하늘테크놀로지'] },
  // an entry's month and day with a dash and no year ("8월 24일 – X, …"), maybe after a list mark, are its date stamp too
  { cat: 'timeline.month-day-stamp', text: page('8월 24일 – 한울소프트, 대화 모델 해솔-3 공개.', '- 5월 — 한울소프트, 번역 모델 해솔-T 8B 출시.'), expect: ['DEVELOPED 한울소프트 -> 해솔-3', 'DEVELOPED 한울소프트 -> 해솔-T 8B'], publishedAt: '2025-12-01' },
  // a section headed by a year alone dates its entries' months and days in that year, up to the next heading
  { cat: 'timeline.year-section', text: page('## 2022년', '- 8월 24일 – 한울소프트, 대화 모델 해솔-3 공개.', '2023년', '• 2월 3일 – 바다솔, 상담 모델 물결-2 14B 출시', '## 관련 항목', '바다솔은 지난 3월 5일 물결-3 14B를 공개했다.'), props: ['해솔-3=releasedOn:2022-08-24', '물결-2 14B=releasedOn:2023-02-03', '물결-3 14B=releasedOn:2025-03-05'], publishedAt: '2025-12-01' },
  // a Hangul name and a version before a headline's closing release noun; a successor named the same way
  { cat: 'timeline.numbered-headline-release', text: page('2024.03.02 하늘소프트, 대화 모델 구름다리 2.0 공개.', '2024.09.12 하늘소프트, 구름다리 2.0의 후속작 구름다리 3.0 공개.'), expect: ['DEVELOPED 하늘소프트 -> 구름다리 2.0', 'DEVELOPED 하늘소프트 -> 구름다리 3.0', 'SUCCEEDS 구름다리 3.0 -> 구름다리 2.0'], publishedAt: '2025-12-01' },
  { cat: 'timeline.numbered-headline-release', text: page('2024.05.11 정부, 디지털 뉴딜 2.0 공개.', '2024.06.01 하늘소프트, 고객 상담 서비스 개편안 공개.'), noNodes: ['Model:디지털 뉴딜 2.0', 'Model:뉴딜 2.0'], publishedAt: '2025-12-01' },
  // a timeline table's month, day and event cells, one a line: the event cell's telegraphic note "Z 기반" ("카나나의 Z 기반", "Z(Latin) 기반으로 …") is the base of the model the cell released
  { cat: 'timeline.cell-telegraphic-base', text: page('5월', '20일', "바다솔, 상담 모델 '물결-3' 출시.", "구글의 '젬마 3 12B' 기반"), expect: ['DEVELOPED 바다솔 -> 물결-3', 'BASED_ON 물결-3 -> 젬마 3 12B'], publishedAt: '2025-12-01' },
  // (a models table's base cell, "Z 기반" with no maker before it, is not read against the model last in focus)
  { cat: 'timeline.cell-telegraphic-base', text: page("미르온은 '나래-R'을 공개했다.", '모델', '개발사', '기반', '바다-3', '바다솔', '큐웬2.5 기반'), absent: ['BASED_ON 나래-R -> 큐웬2.5'], publishedAt: '2025-12-01' },
  { cat: 'timeline.cell-telegraphic-base', text: page('9월', '9일', "미르온, 추론 모델 '나래-R' 공개.", '큐웬3(Qwen3) 기반으로 업계 관심 집중'), expect: ['BASED_ON 나래-R -> 큐웬3'], publishedAt: '2025-12-01' },
  { cat: 'timeline.cell-telegraphic-base', text: page('9월', '9일', "미르온, 추론 모델 '나래-R' 공개.", '큐웬3 기반이라는 소문은 부인'), absent: ['BASED_ON 나래-R -> 큐웬3'], publishedAt: '2025-12-01' },
  // an evaluation's outcome cell "A·B 통과, C 탈락" after the programme's cell: the eliminated team took part too; a possible elimination is none
  { cat: 'timeline.outcome-pair-dropped', text: page('5월', '20일', "바다솔, 상담 모델 '물결-3' 출시.", '8월', '14일', "'해양 AI 실증 사업' 2차 평가.", '네이버·카카오 통과, 바다솔 탈락'), expect: ['PARTICIPATES_IN 카카오 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 바다솔 -> 해양 AI 실증 사업'], publishedAt: '2025-12-01' },
  { cat: 'timeline.outcome-pair-dropped', text: page('5월', '20일', "바다솔, 상담 모델 '물결-3' 출시.", '8월', '14일', "'해양 AI 실증 사업' 2차 평가.", '네이버·카카오 통과, 바다솔 탈락 가능성도'), absent: ['PARTICIPATES_IN 바다솔 -> 해양 AI 실증 사업'], publishedAt: '2025-12-01' },
  // "A 등 N곳 선정" after a cell announcing a programme's results: A was selected for it; "N곳 신청 예상" is no selection
  { cat: 'timeline.counted-selection', text: page('7월', '24일', "'AI 바우처 지원사업' 선정 결과 발표.", '바다솔 등 85곳 선정'), expect: ['PARTICIPATES_IN 바다솔 -> AI 바우처 지원사업'], publishedAt: '2025-12-01' },
  { cat: 'timeline.counted-selection', text: page('7월', '24일', "'AI 바우처 지원사업' 공모 시작.", '바다솔 등 85곳 신청 예상'), absent: ['PARTICIPATES_IN 바다솔 -> AI 바우처 지원사업'], publishedAt: '2025-12-01' },
];

describe('timeline pages', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
