/**
 * Generalisation rows for a spec table with the models across its header ("구분 | X 1 | X 2", then "파라미터 | 8B | 30B"):
 * the size row gives each column's model its count; a row of another word gives none; a spec row among the score rows is
 * passed over. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';

const page = (body: string) =>
  `<html><head><meta property="og:title" content="새 모델 공개"><meta property="article:published_time" content="2026-06-04"></head><body><article><h1>새 모델 공개</h1>${body}</article></body></html>`;
const graph = (body: string) => extractArticle(parseArticle(Buffer.from(page(body)), { source: 't.html' }));
const params = (g: ReturnType<typeof graph>, name: string) => g.nodes.find((n) => n.name === name)?.properties.parameters;

describe('generalise: transposed spec tables', () => {
  it('a size row under a header of models gives each model the count in its column', () => {
    const g = graph(`<p>가온랩스는 3일 '가온-T 2'를 공개했다. '가온-T 2'는 지난해 나온 '가온-T 1'의 후속 모델이다.</p>
      <table><tr><th>항목</th><th>가온-T 1</th><th>가온-T 2</th></tr>
      <tr><td>KMMLU</td><td>48.2</td><td>57.9</td></tr>
      <tr><td>모델 크기</td><td>80억</td><td>300억</td></tr></table>`);
    expect(params(g, '가온-T 1')).toBe(8e9);
    expect(params(g, '가온-T 2')).toBe(3e10);
  });

  it('a row of licences or a size row with a cell that is no count gives no size', () => {
    const g = graph(`<p>가온랩스는 3일 '가온-T 2'를 공개했다. '가온-T 2'는 지난해 나온 '가온-T 1'의 후속 모델이다.</p>
      <table><tr><th>항목</th><th>가온-T 1</th><th>가온-T 2</th></tr>
      <tr><td>라이선스</td><td>비공개</td><td>MIT</td></tr>
      <tr><td>파라미터</td><td>비공개</td><td>30B</td></tr></table>`);
    expect(params(g, '가온-T 1')).toBeUndefined();
    expect(params(g, '가온-T 2')).toBeUndefined();
  });

  it('a size row before the score rows is passed over: the scores below it are the header models\'', () => {
    const g = graph(`<p>결웍스는 '여울-L 3'를 내놓았다. '여울-L 3'는 '여울-L 2'의 후속작이다.</p>
      <h3>여울-L 3 벤치마크</h3>
      <table><thead><tr><th>구분</th><th>여울-L 3</th><th>여울-L 2</th></tr></thead>
      <tbody><tr><td>파라미터</td><td>14B</td><td>7B</td></tr>
      <tr><td>HAE-RAE</td><td>61.3</td><td>50.4</td></tr>
      <tr><td>KoBEST</td><td>68.2</td><td>-</td></tr></tbody></table>`);
    const scores = g.edges
      .filter((e) => e.type === 'SCORED')
      .map((e) => `${g.nodes.find((n) => n.id === e.source)?.name} ${g.nodes.find((n) => n.id === e.target)?.name} ${e.properties.score}`)
      .sort();
    expect(scores).toEqual(['여울-L 2 HAE-RAE 50.4', '여울-L 3 HAE-RAE 61.3', '여울-L 3 KoBEST 68.2']);
    expect(params(g, '여울-L 2')).toBe(7e9);
  });
});
