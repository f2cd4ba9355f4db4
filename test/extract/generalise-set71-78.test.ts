/**
 * Generalisation rows for sets 71 and 78's forms: a partnership signed with its noun bare before the verb and no subject ("오늘 B와 … MOU
 * 체결했습니다", a company's channel post or a memo line); a company named a tenant of a programme's cluster ("'P'의 입주
 * 기업이다"). Pages and sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const factRows: FactRow[] = [
  // "B와 … MOU 체결했다" with no subject: the company the text is about signed it (the noun bare, no 을/를)
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 오늘 오전 새봄카드와 상담 AI 공동 개발 MOU 체결했습니다.", expect: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 지난주 새봄카드와 업무협약 맺었다.", expect: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
  // "X는 …가 추진하는 'P'의 입주 기업이다": a tenant of a programme's cluster takes part in the programme
  { cat: 'participates.tenant-of-programme', text: "바람로직은 울산시가 추진하는 '제조 AI 실증단지 조성사업'의 입주 기업이다. 바람로직은 용접 검사 모델을 만든다.", expect: ['PARTICIPATES_IN 바람로직 -> 제조 AI 실증단지 조성사업'] },
  { cat: 'participates.tenant-of-programme', text: "바람로직은 '제조 AI 실증단지 조성사업'에 입주한 기업이다.", expect: ['PARTICIPATES_IN 바람로직 -> 제조 AI 실증단지 조성사업'] },
  { cat: 'participates.tenant-of-programme', text: "바람로직은 '제조 AI 실증단지 조성사업'의 입주 기업이 아니다.", absent: ['PARTICIPATES_IN 바람로직 -> 제조 AI 실증단지 조성사업'] },
  { cat: 'participates.tenant-of-programme', text: "바람로직은 '제조 AI 실증단지 조성사업'에 입주할 예정이다.", absent: ['PARTICIPATES_IN 바람로직 -> 제조 AI 실증단지 조성사업'] },
  // traps: a signing only weighed or denied
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 새봄카드와 MOU 체결 여부는 아직 검토 중이다.", absent: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 새봄카드와 MOU 체결했다는 소문은 사실이 아니다.", absent: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
];

describe('generalise: sets 71 and 78 (facts)', () => {
  it.each(factRows)('$cat: $text', (row) => checkFactRow(row));
});
