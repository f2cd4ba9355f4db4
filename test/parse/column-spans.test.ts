import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

/** A word processor's export: one paragraph per table row, its cells inline-block spans of a fixed width. */
function page(cell: (text: string) => string, style = ''): string {
  const row = (cells: string[]) => `<p class="r"><span class="t">${cells.map(cell).join('<span class="gap">&nbsp;&nbsp;</span>')}</span></p>`;
  return `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">.t{color:#000}.w1{display:inline-block;width:150pt}.gap{color:#fff}${style}</style></head>
<body class="doc-content"><p class="c2"><span>하람소프트, 추론 모델 '하람-R 9B' 공개</span></p>
<p><span>하람소프트는 추론 모델 '하람-R 9B'를 공개했다고 3일 밝혔다. 비교 모델 점수는 각 사가 공개한 수치다.</span></p>
<p><span>[표] 주요 결과</span></p>
${row(['모델', 'KMMLU', 'HRM8K'])}
${row(['하람-R 9B', '70.20', '61.40'])}
${row(['엑사원 4.0 32B', '72.00', '61.50'])}
<p><span>하람소프트는 내년 후속 모델을 내놓는다.</span></p></body></html>`;
}

describe('a table drawn with inline-block spans', () => {
  it.each([
    ['a stylesheet class', (t: string) => `<span class="w1"><span class="t">${t}</span></span>`, ''],
    ['an inline style', (t: string) => `<span style="display: inline-block; width: 70pt">${t}</span>`, ''],
  ])('reads each row by its cells (%s)', (_how, cell, style) => {
    const a = parseArticle(Buffer.from(page(cell, style)), { source: 'doc.html' });
    const texts = a.blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['| 모델 | KMMLU | HRM8K |', '| 하람-R 9B | 70.20 | 61.40 |', '| 엑사원 4.0 32B | 72.00 | 61.50 |']));
    const g = extractArticle(a);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const scores = g.edges.filter((e) => e.type === 'SCORED').map((e) => `${name.get(e.source)} ${name.get(e.target)} ${e.properties.score}`).sort();
    expect(scores).toEqual(['엑사원 4.0 32B HRM8K 61.5', '엑사원 4.0 32B KMMLU 72', '하람-R 9B HRM8K 61.4', '하람-R 9B KMMLU 70.2']);
  });

  it('leaves spans that are no columns alone', () => {
    const html = page((t) => `<span class="t">${t}</span>`);
    const texts = parseArticle(Buffer.from(html), { source: 'doc.html' }).blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith('|'))).toBe(false);
  });
});
