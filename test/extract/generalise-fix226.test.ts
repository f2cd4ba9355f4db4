/**
 * Generalisation rows for fix226: a poster programme's author lines with plain affiliation digits (the page's <sup>s read
 * as digits) and their affiliations in parentheses, one author alone marked with the one affiliation, a foreign given
 * name in Hangul with its surname among them. Every sentence and name is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "authors marked with plain digits and their numbered affiliations in parentheses ('NAME1, NAME2 (1X, 2Y대학교)')",
    text: '한국어 요약 모델의 사실성 평가\n\n차윤슬1, 맹도현2 (1미르온, 2누리대학교)',
    expect: ['WORKS_FOR 차윤슬 -> 미르온'],
    absent: ['WORKS_FOR 맹도현 -> 미르온'],
    nodes: ['Person:차윤슬', 'Company:미르온'],
  },
  {
    cat: "a foreign given name in Hangul and a surname among marked authors ('로라 한1')",
    text: '소형 모델의 지식 증류\n\n표하람1, 로라 한1, 석지유2 (1다온랩스, 2누리대학교)',
    expect: ['WORKS_FOR 표하람 -> 다온랩스', 'WORKS_FOR 로라 한 -> 다온랩스'],
  },
  {
    cat: "one author alone marked with the one affiliation ('NAME1 (1X)')",
    text: '중소기업의 언어모델 도입 사례\n\n탁서율1 (1하늬정보)',
    expect: ['WORKS_FOR 탁서율 -> 하늬정보'],
  },
  {
    cat: 'marked authors whose one affiliation is a school department: no company, no employer',
    text: '법률 질의응답의 오류 분석\n\n차윤슬1, 맹도현1 (1누리대학교 인공지능학과)',
    noNodes: ['Company:누리대학교 인공지능학과', 'Company:누리대학교'],
  },
];

describe('set 226 wordings', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
