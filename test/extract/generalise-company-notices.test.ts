/**
 * Generalisation rows for a company's own notices (an IR board, a disclosure): the company named with its legal form
 * spelled out after it ("X 주식회사(이하 '회사')는"), the rules reading "X는" past that form and the defined short form,
 * a founder moving to another post ("X를 창업한 NAME 전 대표는 이사회 의장으로 자리를 옮겨"), and a
 * publication's title "X AI 브리프" that names no company. Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the legal form after an unknown name: the name is a company, and the hire of the sentence is its
  {
    cat: 'notice.legal-form-after',
    text: "가람지능 주식회사(이하 '회사')는 5일 열린 이사회에서 박민호 최고재무책임자(CFO)를 신임 대표이사로 선임하였습니다.",
    nodes: ['Company:가람지능'],
    expect: ['WORKS_FOR 박민호 -> 가람지능'],
    edgeProps: ['WORKS_FOR 박민호 -> 가람지능 title=대표이사'],
  },
  {
    cat: 'notice.legal-form-after',
    text: "별무리소프트 주식회사는 지난 3일 소형 언어모델 '별무리-S 2'를 오픈소스로 공개했습니다.",
    nodes: ['Company:별무리소프트'],
    expect: ['DEVELOPED 별무리소프트 -> 별무리-S 2'],
  },
  // a known company with its mark and a defined short form: the rules read the company as the subject
  {
    cat: 'notice.defined-short-after-company',
    text: '업스테이지㈜(이하 회사)는 이사회에서 오지훈 연구소장을 신임 최고기술책임자(CTO)로 선임했다.',
    expect: ['WORKS_FOR 오지훈 -> 업스테이지'],
    edgeProps: ['WORKS_FOR 오지훈 -> 업스테이지 title=최고기술책임자'],
  },
  // a word before the legal form, or the form opening the next name, is no company
  {
    cat: 'notice.legal-form-after',
    text: "계약 상대방은 비상장 주식회사로, 업스테이지는 이 회사에 '솔라 프로'를 공급한다.",
    noNodes: ['Company:비상장'],
  },
  {
    cat: 'notice.legal-form-after',
    text: "공급처 주식회사 한울데이터는 업스테이지의 '솔라 프로'를 도입했다.",
    noNodes: ['Company:공급처'],
  },
  // "X AI 브리프": the title of a publication, not a company called "X AI"
  {
    cat: 'notice.publication-title',
    text: 'KDPi AI 브리프 3월호에 따르면 업스테이지는 새 모델을 공개했다.',
    noNodes: ['Company:KDPi AI'],
  },
  // a founder who moves to another post of the company they founded works there in that post
  {
    cat: 'notice.founder-moves-to-post',
    text: '2018년 누리랩스를 공동 창업해 8년간 회사를 이끈 한도윤 전 대표는 이사회 의장으로 자리를 옮겨 해외 사업을 맡는다.',
    expect: ['WORKS_FOR 한도윤 -> 누리랩스'],
    edgeProps: ['WORKS_FOR 한도윤 -> 누리랩스 title=이사회 의장'],
  },
  // "회사를 공동 창업해 …" after the article's company: the bare 회사 is that company
  {
    cat: 'notice.founder-moves-to-post',
    text: '누리랩스는 5일 이사회를 열었다. 2018년 회사를 공동 창업해 8년간 대표를 맡아 온 한도윤 전 대표는 이사회 의장으로 자리를 옮긴다.',
    expect: ['WORKS_FOR 한도윤 -> 누리랩스'],
    edgeProps: ['WORKS_FOR 한도윤 -> 누리랩스 title=이사회 의장'],
  },
  // the new post taken with 맡는다, the company a bare 회사 the founder set up
  {
    cat: 'notice.founder-moves-to-post',
    text: '가온테크는 새 대표를 선임했다. 2017년 회사를 세워 코스닥 상장까지 이끈 오세린 대표는 경영에서 물러나 이사회 의장을 맡는다.',
    expect: ['WORKS_FOR 오세린 -> 가온테크'],
  },
  {
    cat: 'notice.founder-moves-to-post',
    // (a company the person's firm bought is not where they moved: "인수한" is no founding)
    text: '누리랩스를 인수한 가온테크의 한도윤 전 대표는 이사회 의장으로 자리를 옮겼다.',
    absent: ['WORKS_FOR 한도윤 -> 누리랩스'],
  },
];

describe('generalise: company notices', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
