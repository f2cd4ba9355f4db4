/**
 * Company profiles (written for these tests in their own words): executives named with a chief
 * officer's title and no company ("김 아무개 최고기술책임자(CTO)는 …"), hired in a sentence without a
 * subject, with a post held elsewhere before ("X 부사장을 지낸").
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "a chief officer's title right after a name ('NAME 최고기술책임자(CTO)는') is a post at the company the story is about",
    text: "반딧불칩스는 대전에 본사를 둔 AI 반도체 회사다. 모델은 처음부터 칩 구조에 맞춰 설계됐다. 서하늘 최고기술책임자(CTO)는 “칩에 맞춰 양자화 방식을 정했다”고 설명했다.",
    expect: ['WORKS_FOR 서하늘 -> 반딧불칩스'],
    edgeProps: ['WORKS_FOR 서하늘 -> 반딧불칩스 title=최고기술책임자'],
  },
  {
    cat: "a sentence without a subject that hires 'NAME 최고운영책임자(COO)' after a post held elsewhere ('X 부사장을 지낸'): the story's company hired, X is the former employer",
    text: "반딧불칩스는 대전에 본사를 둔 AI 반도체 회사다. 경영진도 새로 꾸렸다. 지난 5월 LG전자 전장사업부 전무를 지낸 윤가람 최고운영책임자(COO)를 영입했다.",
    expect: ['WORKS_FOR 윤가람 -> 반딧불칩스'],
    absent: ['WORKS_FOR 윤가람 -> LG전자'],
  },
  {
    cat: "a chief officer's title of a company the sentence names is that company's, not the story's",
    text: "반딧불칩스는 대전에 본사를 둔 AI 반도체 회사다. 네이버클라우드 정다온 최고기술책임자(CTO)는 “협력을 검토하고 있다”고 말했다.",
    expect: ['WORKS_FOR 정다온 -> 네이버클라우드'],
    absent: ['WORKS_FOR 정다온 -> 반딧불칩스'],
  },
  {
    cat: "a title word a counting noun follows ('어텐션 헤드 수') is part of a compound noun: no person",
    text: "반딧불칩스는 AI 반도체 회사다. 서하늘 최고기술책임자(CTO)는 “어텐션 헤드 수와 레이어 수를 칩에 맞췄다”고 말했다. 설정 파일의 층 수(48), 어텐션 헤드 수(32)가 모두 같았다.",
    nodes: ['Person:서하늘'],
    noNodes: ['Person:어텐션'],
  },
  {
    cat: "a chief officer whose sentence names where the post is ('NAME CTO는 X에서 … 총괄하고 있다') is X's, not the story's company",
    text: "반딧불칩스는 AI 반도체 회사다. 유하람 최고기술책임자(CTO)는 솔트룩스에서 모델 개발을 총괄하고 있다.",
    absent: ['WORKS_FOR 유하람 -> 반딧불칩스'],
  },
];

describe('company profiles: chief officers without a company, hires without a subject', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
