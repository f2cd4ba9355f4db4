/**
 * Generalisation rows (r58d): a title line that ends on a model a speaker tells of presents it to the lines under it;
 * a scheme or procedure word ("이 제도를") points back to the policy named last; a career entry headed "COMPANY 정규직" is that company's.
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "… — 개발 총괄이 직접 설명하는 'Y'.": the chapter's model is what the next line (its omitted subject) is about
  { cat: 'focus.told-title', text: "방송 순서\n\n■ 2부 — 바람랩스가 공개한 '솔개-S'의 학습 과정.\n\n■ 3부 — 개발 총괄이 직접 설명하는 '누리온 5'.\n\n작년에 나온 누리온 4의 후속 모델로, 계약서 요약 기능을 보강했다.", expect: ['SUCCEEDS 누리온 5 -> 누리온 4'], absent: ['SUCCEEDS 솔개-S -> 누리온 4'] },
  { cat: 'focus.told-title', text: "행사 정리\n\n1세션 — 바람랩스가 공개한 '솔개-S'의 평가 결과.\n\n2세션 — 연구팀이 소개한 신작 '누리온 5'.\n\n누리온 4의 후속 모델이다.", expect: ['SUCCEEDS 누리온 5 -> 누리온 4'], absent: ['SUCCEEDS 솔개-S -> 누리온 4'] },
  // "이 제도를", "해당 절차를": a scheme word pointing back to the policy named last
  { cat: 'references.this-scheme', text: "보안 소식\n\n금융위원회는 지난해 '개인정보 사전심사제'를 도입했다. 한빛소프트는 이 제도를 거쳐 새 앱을 내놨다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 개인정보 사전심사제'] },
  { cat: 'references.this-scheme', text: "보안 소식\n\n한빛소프트는 이 제도를 거쳐 새 앱을 내놨다.", noNodes: ['Policy:제도'] },
  // a career entry headed by the company and the kind of employment ("X 정규직", "X 인턴"): the subject its lines omit
  { cat: 'careers.employment-head', text: '도하윤 이력\n\n바람랩스 인턴\n\n연구 보조 · 2021.07 ~ 2021.12\n\n- LG유플러스와의 비전 모델 공동 개발 협약 체결 주도, 데이터 라벨링 도구 개선과 평가셋 정리 업무 담당', expect: ['PARTNERS_WITH LG유플러스 -> 바람랩스'] },
  { cat: 'careers.employment-head', text: '도하윤 이력\n\n정규직 전환\n\n연구 보조 · 2021.07 ~ 2021.12\n\n- LG유플러스와의 비전 모델 공동 개발 협약 체결 주도, 데이터 라벨링 도구 개선과 평가셋 정리 업무 담당', noNodes: ['Company:정규직'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
