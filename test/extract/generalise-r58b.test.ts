/**
 * Generalisation rows for the r58b round (held-out sets 208, 203, 207 and 194): a list of papers whose legend says its bold
 * names are a company's people ("굵은 이름은 X 구성원"); a writer looking back on a post ("작년 봄까지는 X에서 데이터 엔지니어로
 * 일했다"), which names X a company whatever its shape; a
 * profile card's bio naming a post held now beside the card's own ("… Z 사외이사(2024.3~현재)"); a score given after the model's
 * sentence as "BENCH는 N로 낮지만" / "BENCH 점수는 N으로 집계됐다"; Pages and sentences written for these tests, with invented names.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';
import { legendCompany } from '../../src/parse/legend-members.js';

/** A lab's list of papers: a legend, then entries whose authors are names with marks, some bold. */
function papersPage(legend: string, authors: string[]): string {
  const entries = authors.map((a, i) => `<li><span class="t">Paper ${i + 1}: On Small Models</span><br><span class="au">${a}</span></li>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Papers — Morae Lab</title></head><body>
<nav><a href="/">Home</a> <a href="/people">People</a></nav>
<main><h1>논문 목록</h1><p>${legend}</p><ul class="pubs">${entries}</ul>
<p>모래빛랩스는 2026년 10월 소형 언어모델 모래-S 2를 공개했다. 모래-S 2는 모래빛랩스가 처음부터 학습한 모델이다.</p></main>
<footer><p>© 2026 Moraebit Labs</p></footer></body></html>`;
}

const legendRows: { legend: string; authors: string[]; expect: string[]; absent: string[] }[] = [
  {
    legend: '<strong>굵은 글씨</strong>로 표시한 저자는 모래빛랩스 소속입니다. <sup>†</sup>는 교신저자.',
    authors: ['<strong>하은결</strong><sup>†</sup>, <strong>Mina Seo</strong>, 고태오 (한울대학교)', '<strong>Mina Seo</strong>, <strong>하은결</strong>, 도하림 (intern)'],
    expect: ['WORKS_FOR 하은결 -> 모래빛랩스', 'WORKS_FOR Mina Seo -> 모래빛랩스'],
    absent: ['WORKS_FOR 도하림 -> 모래빛랩스', 'WORKS_FOR 고태오 -> 모래빛랩스'],
  },
  {
    legend: '굵게 표시한 이름은 모래빛랩스 구성원, 밑줄은 인턴입니다.',
    authors: ['<b>윤라온</b>, <b>Theo Kang</b><sup>*</sup>, 문채이<sup>*</sup> (한울대학교)', '<b>Theo Kang</b>, 남궁새별 (인턴), <b>윤라온</b><sup>†</sup>'],
    expect: ['WORKS_FOR 윤라온 -> 모래빛랩스', 'WORKS_FOR Theo Kang -> 모래빛랩스'],
    absent: ['WORKS_FOR 문채이 -> 모래빛랩스', 'WORKS_FOR 남궁새별 -> 모래빛랩스'],
  },
];

describe('a list of papers whose legend marks a company\'s people in bold', () => {
  it.each(legendRows.map((r, i) => ({ ...r, i })))('legend #$i', (row) => {
    const facts = pageFacts(papersPage(row.legend, row.authors));
    for (const f of row.expect) expect(facts).toContain(f);
    for (const f of row.absent) expect(facts).not.toContain(f);
  });
  it.each([
    ['굵은 이름은 모래빛랩스 구성원입니다.', '모래빛랩스'],
    ['볼드체는 한울AI 멤버', '한울AI'],
    // the traps: bold that marks the best score, or a legend whose members belong to no named company
    ['굵은 글씨는 각 벤치마크 최고 점수입니다.', undefined],
    ['굵은 이름은 본 연구실 구성원입니다.', undefined],
  ])('%s', (text, company) => expect(legendCompany(text)).toBe(company));
  it('bold names in prose or in a page without a legend stay as they are', () => {
    const page = papersPage('모래빛랩스 연구진의 논문입니다.', ['<b>하은결</b>, <b>Mina Seo</b>, 도하림']);
    expect(pageFacts(page)).not.toContain('WORKS_FOR 도하림 -> 모래빛랩스');
  });
});

const rows: FactRow[] = [
  // a writer's past post after a time span: the word before 에서 is a company, and its models are its own
  { cat: 'workplaces.past-post', text: "2023년부터 작년 여름까지 누리결에서 검색팀 엔지니어로 일했다. 그때 만든 누리결-Q 2는 사내 검색에 들어갔다.", nodes: ['Company:누리결'], expect: ['DEVELOPED 누리결 -> 누리결-Q 2'] },
  { cat: 'workplaces.past-post', text: "저는 한밭데이터에서 연구원으로 4년 근무했습니다. 회사를 나온 뒤에는 대학원에 진학했습니다.", nodes: ['Company:한밭데이터'] },
  // the traps: a place or a kind of workplace before 에서 is no company
  { cat: 'workplaces.past-post', text: "2019년부터 2년 동안 현장에서 설비 엔지니어로 일했다. 그 뒤 판교로 옮겼다.", noNodes: ['Company:현장'] },
  { cat: 'workplaces.past-post', text: "작년까지는 미국에서 연구원으로 근무했다. 올해 귀국했다.", noNodes: ['Company:미국'] },
  // a card's name line, then its bio with an open-period post at a company: the card's person holds it
  { cat: 'cards.open-post', text: "연사 소개\n\n남하윤 강사\n\n데이터 엔지니어. (주)모래빛랩스 사외이사(2024.3~현재), 한울대학교 겸임교수.\n\n오태린 튜터\n\n한울대학교 석사과정", expect: ['WORKS_FOR 남하윤 -> 모래빛랩스'], edgeProps: ['WORKS_FOR 남하윤 -> 모래빛랩스 title=사외이사'] },
  // the trap: a post of a closed period, or one marked former, is no post held now
  { cat: 'cards.open-post', text: "연사 소개\n\n남하윤 강사\n\n데이터 엔지니어. 前 (주)모래빛랩스 사외이사(2021~2023).\n\n오태린 튜터\n\n한울대학교 석사과정", absent: ['WORKS_FOR 남하윤 -> 모래빛랩스'] },
  // the sentence after a model's release gives "BENCH는 N(으)로 …": the score of that model
  { cat: 'scored.focus-bench-score-to', text: "봄에는 모래-S 2를 줄여 만든 모래-S 2 미니(0.6B)도 풀었다. 크기가 작아 CLIcK는 39.8로 꽤 낮지만 휴대폰에서 돈다.", expect: ['SCORED 모래-S 2 미니 -> CLIcK'], edgeProps: ['SCORED 모래-S 2 미니 -> CLIcK score=39.8'] },
  { cat: 'scored.focus-bench-score-to', text: "한밭데이터는 9월 한밭-L 2를 공개했다. 자체 측정에서 KMMLU 정확도는 55.1로 나타났고, 응답 속도도 빨라졌다.", expect: ['SCORED 한밭-L 2 -> KMMLU'], edgeProps: ['SCORED 한밭-L 2 -> KMMLU score=55.1'] },
  // the trap: a figure said only as a possibility is no score
  { cat: 'scored.focus-bench-score-to', text: "한밭데이터는 9월 한밭-L 2를 공개했다. 양자화하면 KMMLU는 50.2로 떨어질 가능성이 있다.", absent: ['SCORED 한밭-L 2 -> KMMLU'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
