/**
 * Generalisation rows for a spec table with the models across its header ("구분 | X 1 | X 2", then "파라미터 | 8B | 30B"):
 * the size row gives each column's model its count; a row of another word gives none. Pages written for these tests.
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
});
