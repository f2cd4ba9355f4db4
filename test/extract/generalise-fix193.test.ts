/**
 * Generalisation rows for forms of held-out set 193 (people, bases and successors outside news articles): a company's
 * minutes whose legal-name line carries its Latin name in brackets ("주식회사 X (X Corp.)") and whose chair signs with two
 * posts side by side ("의장 대표이사 NAME (인)"); "양사" after a clause that names the one partner twice ("B와의 …건 …
 * B와 맺은 …, 양사가"): the omitted subject (the company the document is about) and that partner.
 * Every row is a short document written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { checkFactRow, hasFact, type FactRow } from './helpers.js';

/** The graph of a document given whole (its first line its title). */
function graphOfDocument(text: string): GraphDocument {
  return extractArticle(parseText(text, { source: 'test.txt', publishedAt: '2026-05-11' }));
}

/** The title a WORKS_FOR edge between the named nodes carries (a node answers to its name and its aliases). */
function titleOf(g: GraphDocument, person: string, company: string): unknown {
  const named = (id: string, name: string) => g.nodes.some((n) => n.id === id && (n.name === name || n.aliases.includes(name)));
  return g.edges.find((e) => e.type === 'WORKS_FOR' && named(e.source, person) && named(e.target, company))?.properties.title;
}

interface DocumentRow {
  cat: string;
  text: string;
  expect?: string[];
  absent?: string[];
}

const BODY = ['1. 일 시 : 2026년 5월 11일(월) 오전 10시', '2. 장 소 : 본사 3층 회의실', '', '제1호 의안 : 지점 이전의 건', '  의장은 지점 이전안을 설명하고 출석이사 전원 찬성으로 가결하다.', ''].join('\n');

const documentRows: DocumentRow[] = [
  // the legal-name line glossed in Latin on the next line: the company all the same; the chair's two posts, the post kept
  {
    cat: 'works-for.minutes-signature',
    text: ['                 이 사 회 의 사 록', '', '                     주식회사 물빛소프트', '                     (Mulbit Soft Co., Ltd.)', '', BODY, '   의장 대표이사   서 하 람  (인)', '        사외이사   도 경 윤  (서명)'].join('\n'),
    expect: ['WORKS_FOR 서하람 -> 물빛소프트 title=대표이사', 'WORKS_FOR 도경윤 -> 물빛소프트 title=사외이사'],
  },
  // the legal form after the name, the gloss on the same line
  {
    cat: 'works-for.minutes-signature',
    text: ['정기주주총회 의사록', '', '새결테크 주식회사 (Saegyeol Tech Inc.)', '', BODY, '의장 사내이사   온 지 후   (인)'].join('\n'),
    expect: ['WORKS_FOR 온지후 -> 새결테크 title=사내이사'],
  },
  // a bracket of Korean words after the name is no Latin gloss: no legal-name line, no employer
  {
    cat: 'works-for.minutes-signature',
    text: ['이사회 의사록', '', '주식회사 물빛소프트 (서울 본점 기준)', '', BODY, '의장 대표이사   서 하 람  (인)'].join('\n'),
    absent: ['WORKS_FOR 서하람 -> 물빛소프트'],
  },
];

const rows: FactRow[] = [
  // the partner named twice before "양사" (the item's title, then the clause): the page's company and that partner
  {
    cat: 'pairs.partner-named-twice',
    text: "해온AI는 올해 매출이 늘었다. 가람텔레콤과의 공동개발 건은 순항 중이다. 해온AI는 지난달 가람텔레콤과 맺은 협약의 후속으로, 콜센터 모델 '해온-콜 2'를 양사가 공동 개발하는 계약을 추진한다.",
    expect: ['PARTNERS_WITH 가람텔레콤 -> 해온AI', 'DEVELOPED 가람텔레콤 -> 해온-콜 2', 'DEVELOPED 해온AI -> 해온-콜 2'],
  },
  // two different companies before it: no pair of the omitted subject's
  {
    cat: 'pairs.partner-named-twice',
    text: "해온AI는 올해 매출이 늘었다. 가람텔레콤과 누리넷이 맺은 협약의 후속으로, 콜센터 모델 '누리-콜 2'를 양사가 공동 개발한다.",
    absent: ['PARTNERS_WITH 가람텔레콤 -> 해온AI', 'DEVELOPED 해온AI -> 누리-콜 2'],
  },
];

describe.each(documentRows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.trim().slice(0, 60), () => {
    const g = graphOfDocument(row.text);
    for (const f of row.expect ?? []) {
      const [fact, title] = f.split(' title=') as [string, string | undefined];
      expect(hasFact(g, fact), fact).toBe(true);
      if (title) expect(titleOf(g, ...(/^WORKS_FOR (.+) -> (.+)$/.exec(fact)!.slice(1) as [string, string]))).toBe(title);
    }
    for (const f of row.absent ?? []) expect(hasFact(g, f), f).toBe(false);
  });
});

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
