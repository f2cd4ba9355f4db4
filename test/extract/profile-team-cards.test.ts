/**
 * A startup database's team section written as member cards: a photo, the name in bold, the post in a
 * classed span right after it ("<strong>NAME</strong><span class=…>POST</span>"), the career below. The
 * name and post read as two words, and each card (a photo's caption to the parser) is a member at the
 * company the page is about. Invented page, no test page's wording.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const card = (name: string, post: string, career: string): string =>
  `<li class="person"><img src="p.jpg" alt=""/><div><strong>${name}</strong><span class="person-role">${post}</span><p class="person-career">${career}</p></div></li>`;

const page = (cards: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>누리웨이브 | 스타트업 정보</title></head><body>
<main><h1>누리웨이브 (Nuriwave)</h1>
<section><h2>기업 소개</h2><p>누리웨이브는 물류 창고용 비전 AI를 개발하는 국내 스타트업이다. 자체 모델로 재고를 자동으로 센다.</p></section>
<section><h2>팀 <span class="count">3</span></h2><ul>${cards}</ul></section>
</main></body></html>`;

const CARDS = card('서다온', '대표이사(CEO)', '전 쿠팡 물류기술팀 · 포항공대 산업공학 박사') + card('문채윤', '최고기술책임자(CTO)', '전 네이버 비전팀') + card('대니얼 오 (Daniel Oh)', '연구총괄', '전 구글 리서치 엔지니어');

describe('team cards on a company profile page', () => {
  it('keeps a bold name and the post in the span after it apart', () => {
    const a = parseArticle(page(CARDS), { source: 'profile.html' });
    const texts = a.sentences.map((s) => s.text);
    expect(texts).toContain('서다온 대표이사(CEO)');
    expect(texts).toContain('대니얼 오 (Daniel Oh) 연구총괄');
  });
  it('makes each card\'s person a member of the page\'s company, a romanised gloss after the name skipped', () => {
    const g = extractArticle(parseArticle(page(CARDS), { source: 'profile.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const works = g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`).sort();
    expect(works).toEqual(['대니얼 오 -> 누리웨이브', '문채윤 -> 누리웨이브', '서다온 -> 누리웨이브']);
  });
  it('a bold word followed by plain text keeps no extra space', () => {
    const a = parseArticle(page('').replace('<p>누리웨이브는', '<p><strong>누리웨이브</strong>는'), { source: 'profile.html' });
    expect(a.sentences.map((s) => s.text)).toContain('누리웨이브는 물류 창고용 비전 AI를 개발하는 국내 스타트업이다.');
  });
});
