import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

/** An IR page that prints its release in two languages side by side: one row per paragraph, English left, Korean right. */
function page(rows: [string, string][], extra = ''): string {
  const body = rows.map(([en, ko]) => `<tr><td lang="en">${en}</td><td lang="ko">${ko}</td></tr>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>보도자료 | Press Release</title></head><body>
<div class="ir-view"><h2>가온랩스, 자체 LLM '가온-3' 공개</h2>
<table class="pr"><thead><tr><th>English</th><th>국문</th></tr></thead><tbody>
${body}
${extra}</tbody></table></div></body></html>`;
}

const ROWS: [string, string][] = [
  ['SEOUL — Gaon Labs today released Gaon-3, a language model trained from scratch.', "가온랩스는 처음부터 자체 학습한 언어모델 '가온-3'을 공개했다."],
  ['Gaon-3 scored 71.2 on KMMLU.', '가온-3은 KMMLU에서 71.2점을 받았다.'],
  ['Gaon Labs signed a strategic alliance with KT.', '가온랩스는 KT와 전략적 제휴를 맺었다.'],
];

describe('a release printed in two languages side by side', () => {
  it('is read from its Korean column, one paragraph per row', () => {
    const a = parseArticle(Buffer.from(page(ROWS)), { source: 'ir.html' });
    const body = a.sentences.filter((s) => s.block === 'body').map((s) => s.text);
    expect(body).toEqual(ROWS.map(([, ko]) => ko));
  });

  it('gives the Korean column’s facts', () => {
    const g = extractArticle(parseArticle(Buffer.from(page(ROWS)), { source: 'ir.html' }));
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const facts = g.edges.map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(facts).toEqual(expect.arrayContaining(['DEVELOPED 가온랩스 -> 가온-3', 'SCORED 가온-3 -> KMMLU', 'PARTNERS_WITH KT -> 가온랩스']));
  });

  it('leaves a two-column table of names and figures alone', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>점수</title></head><body><article>
<h1>한국어 벤치마크 결과</h1><p>가온랩스가 새 모델의 점수를 공개했다. 세 모델의 KMMLU 점수는 다음과 같다.</p>
<table><tr><th>Model</th><th>KMMLU</th></tr><tr><td>가온-3</td><td>71.2</td></tr><tr><td>Nuri-2</td><td>68.4</td></tr><tr><td>다솜 7B</td><td>65.0</td></tr></table>
<p>가온랩스는 다음 달 후속 모델을 내놓는다.</p></article></body></html>`;
    const texts = parseArticle(Buffer.from(html), { source: 'scores.html' }).blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['가온-3', '71.2', 'Nuri-2', '68.4']));
  });
});
