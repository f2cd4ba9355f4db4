/**
 * Generalisation rows for layouts and phrasings met in a blind set: programme names that start with a
 * known programme, consortium wording, co-development, derivation cues. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';

describe('the byline author of a first-person essay who says where they work', () => {
  const page = (first: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="author" content="한지수">
<meta property="article:published_time" content="2026-03-02"><title>모델 개발 회고</title></head><body><article><h1>모델 개발 회고</h1>
<p>${first} 지난달 우리 팀이 새 언어모델 '도담 5'를 공개했다.</p><p>도담 5는 파라미터 90억 개 규모의 모델이다. 이 글은 그 과정에 대한 회고다.</p></article></body></html>`;
  it.each([
    ['나는 성수동의 스타트업 도담봇에서 데이터 엔지니어로 일한다.', '데이터 엔지니어'],
    ['저는 스타트업 도담봇에서 연구원으로 근무하고 있다.', '연구원'],
  ])('%s', (first, title) => {
    const g = extractArticle(parseArticle(Buffer.from(page(first)), { source: 'essay.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const works = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} ${name(e.target)} ${e.properties.title}`);
    expect(works).toContain(`한지수 도담봇 ${title}`);
  });
  it('a reporter writing about a company is not its employee', () => {
    const g = extractArticle(parseArticle(Buffer.from(page('도담봇은 성수동의 스타트업이다.')), { source: 'news.html' }));
    expect(g.edges.some((e) => e.type === 'WORKS_FOR')).toBe(false);
  });
});
