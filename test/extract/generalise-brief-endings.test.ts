/**
 * Generalisation rows for a brief's noun-ending style ("…를 설명함", "…을 강조함"): an official's statement closed so
 * is about the article's one programme, as "…를 설명했다" is. Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'brief.official-statement-noun-ending',
    text: "중소벤처기업부는 '지역 AI 실증 지원사업' 2차 선정 결과를 발표함. 선정을 총괄한 이서준 중기부 디지털혁신정책관은 브리핑에서 \"내년에는 제조 현장을 더 보겠다\"며 사업의 다음 방향을 설명함",
    expect: ['PROMOTES 이서준 -> 지역 AI 실증 지원사업'],
  },
  {
    cat: 'brief.official-statement-noun-ending',
    text: "중소벤처기업부는 '지역 AI 실증 지원사업' 2차 선정 결과를 발표함. 이서준 중기부 디지털혁신정책관은 지역 기업의 참여가 늘었다고 강조함.",
    expect: ['PROMOTES 이서준 -> 지역 AI 실증 지원사업'],
  },
  // a company's staff member closing so is no official: no promotion
  {
    cat: 'brief.staff-statement-noun-ending',
    text: "중소벤처기업부는 '지역 AI 실증 지원사업' 2차 선정 결과를 발표함. 업스테이지 박지훈 연구원은 참여 소감을 설명함",
    absent: ['PROMOTES 박지훈 -> 지역 AI 실증 지원사업'],
  },
];

describe('generalise: brief endings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
