/**
 * Held-out categories, round 2: within-article coreference of model short forms, leaderboards
 * named once, consortium member lists, WORKS_FOR forms, unknown model names, English-mixed
 * sentences, attributes and precision. Each row is a short article written for these tests (no
 * held-out text), the facts it must give and the facts it must not give.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

describe('headlines shorten a subsidiary to its parent', () => {
  const factsWithTitle = (title: string, body: string) => {
    const g = extractArticle(parseText(`${title}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-01-15' }));
    return { g, names: g.nodes.filter((n) => n.type === 'Company').map((n) => n.name).sort() };
  };

  it('a parent named only in the title is the one subsidiary the body names', () => {
    const { g, names } = factsWithTitle('1차 평가…네이버·NC 탈락', '네이버클라우드와 엔씨AI(NC AI)는 이번 평가에서 고배를 마셨다. 네이버클라우드는 다시 도전한다.');
    expect(names).toEqual(['네이버클라우드', '엔씨AI']);
    expect(g.nodes.find((n) => n.name === '네이버클라우드')!.aliases).toContain('네이버');
  });

  it('not when the body names the parent too, or two of its subsidiaries', () => {
    expect(factsWithTitle('네이버, 새 모델', '네이버와 네이버클라우드가 모델을 함께 공개했다.').names).toEqual(['네이버', '네이버클라우드']);
    expect(factsWithTitle('SK, AI 확대', 'SK텔레콤과 SK하이닉스가 협력한다.').names).toEqual(['SK', 'SK텔레콤', 'SK하이닉스']);
  });
});

describe('a photo caption shortens a sized name as a headline does', () => {
  const page = (caption: string) => `<html><head><meta property="article:published_time" content="2026-04-02"></head><body><article>
    <h1>지역 스타트업 '바람-L' 주목</h1>
    <figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>
    <p>바람랩스가 개발한 '바람-L 9B'는 알리바바의 Qwen3-8B를 토대로 추가 학습한 모델이다.</p>
    <p>바람랩스는 다음 달 공장 두 곳에 바람-L을 시범 적용한다.</p></article></body></html>`;
  it.each([
    "바람랩스 연구원이 본사에서 제조 특화 언어모델 '바람-L'으로 설비를 분석하는 시연을 하고 있다./바람랩스",
    "공장 특화 언어모델 '바람-L'로 불량 원인을 찾는 모습.",
  ])('caption %s: the bare name is the sized model the body introduces', (caption) => {
    const g = extractArticle(parseArticle(Buffer.from(page(caption)), { source: 'c.html' }));
    expect(g.nodes.filter((n) => n.type === 'Model').length).toBe(2);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'BASED_ON').map((e) => `${name(e.source)} ${name(e.target)}`)).toHaveLength(1);
  });
});
