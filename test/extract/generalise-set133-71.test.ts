/**
 * Generalisation rows for sets 133 and 71's forms: a model's topic closed by "…모델로," and then its makers ("'M'은 … 모델로,
 * A가 B와 공동 개발했다": both develop M); a clause closed by an adverbial particle and a comma before a pair of partners
 * is no listed company ("… 모델로, A가 B와 공동 개발했다" gives no company "모델로"); a parent named once in the body as a side
 * ("기반을 네이버 쪽으로 바꿨다") under a headline and body about its one subsidiary is that subsidiary.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'M'은 … 모델로, A가 B와 공동 개발했다": A and B develop M (not a plan, not a sale)
  { cat: 'developed.copula-then-makers', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 AI 스타트업 누리랩스와 공동 개발했다.", expect: ['DEVELOPED 한결생명 -> 바람콜 3', 'DEVELOPED 누리랩스 -> 바람콜 3'] },
  { cat: 'developed.copula-then-makers', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 누리랩스와 함께 개발할 예정이다.", absent: ['DEVELOPED 한결생명 -> 바람콜 3', 'DEVELOPED 누리랩스 -> 바람콜 3'] },
  { cat: 'developed.copula-then-makers', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 누리랩스와 함께 판매한다.", absent: ['DEVELOPED 누리랩스 -> 바람콜 3'] },
  // a word closed by an adverbial particle and a comma before "A가 B와 공동 개발" is the end of a clause, not a third party
  { cat: 'discover.clause-before-pair', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 누리랩스와 공동 개발했다.", noNodes: ['Company:모델로'], nodes: ['Company:누리랩스'] },
  { cat: 'discover.clause-before-pair', text: "가람소프트, 한결생명이 누리랩스와 공동 개발했다.", nodes: ['Company:가람소프트'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

/** Company node names of a headline and body (the headline is the article's title). */
function companiesOf(headline: string, body: string): string[] {
  const g = extractArticle(parseText(`${headline}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-03-02' }));
  return g.nodes.filter((n) => n.type === 'Company').map((n) => n.name);
}

describe('a parent named once as a side, in a story about its subsidiary', () => {
  const story = "가람법률이 네이버클라우드와 손잡고 법률 모델 '가람 L 2'를 공개했다. 가람 L 2는 네이버클라우드가 공개한 모델을 바탕으로 만들어졌다. 가람법률은 첫 모델을 다른 회사 모델로 만들었지만 이번에는 기반을 네이버 쪽으로 바꿨다. 네이버클라우드 엔지니어들이 학습에 참여했다.";
  it('is the subsidiary when the headline names the subsidiary', () => {
    const names = companiesOf('가람법률, 네이버클라우드와 법률 모델 공개', story);
    expect(names).toContain('네이버클라우드');
    expect(names).not.toContain('네이버');
  });
  it('stays the parent when the headline does not name the subsidiary', () => {
    expect(companiesOf('가람법률, 법률 모델 공개', story)).toContain('네이버');
  });
  it('stays the parent when the body names it as a party of its own', () => {
    const own = story.replace('기반을 네이버 쪽으로 바꿨다', '기반을 바꿨다. 네이버는 검색에 이 모델을 쓴다');
    expect(companiesOf('가람법률, 네이버클라우드와 법률 모델 공개', own)).toContain('네이버');
  });
});
