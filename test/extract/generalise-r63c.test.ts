/**
 * Generalisation rows for r63c: a company name ending on '정보통신'; a public project won with a partner ('X랑 같이 P
 * 따냄', 'X와 함께 P 사업을 수주했다'): both take part and they partner; a programme word ending on a particle's letter
 * ('… 선도 실증사업') stays in the name. Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, edgeLines, pageGraph, type FactRow } from './helpers.js';

const WIRE =
  '<html><head><meta charset="utf-8"><title>Startup Saebom Labs bets on a new base | SAMPLE WIRE</title></head><body>' +
  '<h1>Startup Saebom Labs bets on a new base</h1><p>Saebom Labs, a Seoul-based AI startup, is betting on someone else\'s foundation.</p>' +
  '<p>Saebom-3 succeeds Saebom-2, which was based on Meta\'s Llama 3.1 8B. "We switched bases because it handled long documents better," ' +
  'Chief Technology Officer Han Do-yun told reporters on Wednesday.</p></body></html>';

const rows: FactRow[] = [
  {
    cat: "a company name ending on '정보통신' is a company",
    text: '한빛테크는 지난달 가람정보통신과 상담 모델 공급 계약을 맺었다.',
    nodes: ['Company:가람정보통신'],
  },
  {
    cat: "a public project won together ('X와 함께 P을 수주했다'): both take part and partner",
    text: '한빛테크는 가람정보통신과 함께 행정 AI 선도 실증사업을 수주했다.',
    expect: ['PARTICIPATES_IN 한빛테크 -> 행정 AI 선도 실증사업', 'PARTICIPATES_IN 가람정보통신 -> 행정 AI 선도 실증사업', 'PARTNERS_WITH 한빛테크 -> 가람정보통신'],
  },
  {
    cat: "a board post's subjectless item ('- X랑 같이 P 따냄'): the post's company and its partner take part",
    text: '새봄랩스가 어제 새 모델 새봄-3를 내놨다.\n\n- 가람정보통신이랑 같이 공공 AX 시범사업 따냄.',
    expect: ['PARTICIPATES_IN 새봄랩스 -> 공공 AX 시범사업', 'PARTICIPATES_IN 가람정보통신 -> 공공 AX 시범사업', 'PARTNERS_WITH 새봄랩스 -> 가람정보통신'],
  },
  {
    cat: "a post naming no subject company ('… 나온 X 새 모델 정리'): its subjectless item is about the maker its model line is named after",
    text: '어제 나온 새봄랩스 새 모델 정리해 봅니다.\n\n- 새봄-3는 상담용이고 크기는 작음\n- 가람정보통신이랑 같이 공공 AX 시범사업 따냄.',
    expect: ['PARTICIPATES_IN 새봄랩스 -> 공공 AX 시범사업', 'PARTNERS_WITH 새봄랩스 -> 가람정보통신'],
  },
  {
    cat: "a private contract won ('… 전환 사업을 수주했다') is no programme",
    text: '한빛테크는 두루물산의 클라우드 전환 사업을 수주했다.',
    noNodes: ['Policy:클라우드 전환 사업', 'Policy:두루물산의 클라우드 전환 사업'],
  },
  {
    cat: "a programme word ending on a particle's letter ('… 선도 실증사업') stays in the programme's name",
    text: '누리봇테크는 국토 AI 선도 실증사업에 참여한다.',
    expect: ['PARTICIPATES_IN 누리봇테크 -> 국토 AI 선도 실증사업'],
  },
  {
    cat: "a partner joined for a programme ('A는 B와 손잡고 P에 도전해 선정됐다'): the partner takes part too",
    text: "한빛테크는 IT 기업 가람정보통신과 손잡고 행정안전부의 '민원 AI 선도 실증사업'에 도전해 최종 선정됐다.",
    expect: ['PARTICIPATES_IN 가람정보통신 -> 민원 AI 선도 실증사업', 'PARTICIPATES_IN 한빛테크 -> 민원 AI 선도 실증사업'],
  },
  {
    cat: "a name with 님 and a copula after it ('… 하던 NAME 님이라고 함'): a person",
    text: '새봄랩스 소식입니다.\n\n- CTO가 새로 왔는데 다른 회사에서 검색 모델 하던 한도윤 님이라고 함.',
    nodes: ['Person:한도윤'],
  },
  {
    cat: "a product named with a company's first word as a sentence's own subject ('X 도란은 … 지정돼'): the company takes part, not the subject before",
    text: "누리은행은 상담 모델을 자체 개발했고 누리은행 직원들이 직접 썼다. 누리금융지주는 예산을 댔다. 가람데이터는 구축을 함께 맡았다.\n\n누리 도란은 지난 5월 금융위원회의 혁신금융서비스로 지정돼, 새 환경에서 AI를 운영하게 됐다.",
    expect: ['PARTICIPATES_IN 누리은행 -> 혁신금융서비스'],
    absent: ['PARTICIPATES_IN 가람데이터 -> 혁신금융서비스', 'PARTICIPATES_IN 누리금융지주 -> 혁신금융서비스'],
  },
  {
    cat: "a measure noun in -도 before a title ('… 사후학습·선호도 학습 리드'): no person",
    text: '나래클라우드에서 일한다.\n\n나래-2 사후학습·선호도 학습 리드. 정확도 개선 팀장도 겸했다.',
    noNodes: ['Person:선호도', 'Person:정확도'],
  },
  {
    cat: "'산업체 X가' (industry's X): no company introduced by the kind word inside '산업체'",
    text: '이론 강의는 누리대학교가, 실습은 산업체 교수자가 맡습니다.',
    noNodes: ['Company:교수자'],
  },
];

describe('generalise r63c', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
  it("an English headline opening on 'Startup X' and a verb: a bare-titled speaker further down speaks for X", () => {
    expect(edgeLines(pageGraph(WIRE))).toContain('WORKS_FOR Han Do-yun -> Saebom Labs');
  });
});
