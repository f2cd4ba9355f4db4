/**
 * A list page with no prose of its own (a reporter's page, a tag page): its only text is the teaser cards of its stories, each
 * a link holding a headline, a lead and a date. The cards are the page's text and the newest card's date its date; a list of
 * linked cards in page chrome, or beside a story of the page's own, is not.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const cards = [
  ['바람랩, 새 모델 공개', '바람랩이 5일 번역 특화 모델 바람-T를 공개했다. 가중치는 연구용으로 풀었다.', '2027.03.05 10:00'],
  ['누리AI·하람데이터 맞손', '누리AI와 하람데이터가 공공 문서 요약 모델을 함께 만들기로 하고 협약을 맺었다.', '2027.03.04 09:12'],
  ['솔내소프트, 투자 유치', '솔내소프트가 80억 원 규모의 투자를 받았다고 밝혔다. 투자금은 학습 인프라에 쓴다.', '2027.03.02 16:40'],
];
const list = (cls: string): string =>
  `<ul class="${cls}">${cards.map(([h, p, d]) => `<li><a href="/v?id=1"><strong class="tit">${h}</strong><p class="lead">${p}</p><span class="date">${d}</span></a></li>`).join('')}</ul>`;
const page = (body: string): Buffer =>
  Buffer.from(`<html><head><title>박하늘 기자 - 기자 페이지</title></head><body><div class="profile"><strong>박하늘 기자</strong><p>IT 업계를 취재합니다. 제보 환영.</p></div>${body}` +
    '<footer><p>한빛뉴스 | 서울특별시 중구 세종대로 | 대표전화 02-000-0000</p><p>Copyright © 2027 한빛뉴스. All rights reserved.</p></footer></body></html>');

describe('a list page of teaser cards', () => {
  it('reads the cards as the page text, dated by the newest card', () => {
    const a = parseArticle(page(list('article-list')), { source: 'reporter.html' });
    expect(a.text).toMatch(/바람-T[^]*하람데이터[^]*80억 원/);
    expect(a.meta.publishedAt).toBe('2027-03-05');
  });
  it('leaves linked cards in page chrome (a most-read box) out', () => {
    const a = parseArticle(page(`<div class="rank-box">${list('popular')}</div>`), { source: 'rank.html' });
    expect(a.text).not.toMatch(/바람-T|하람데이터/);
  });
  it('keeps a story of the page own over the linked cards beside it', () => {
    const story = '<div class="story"><p>한빛 연구소가 발표한 이번 보고서는 국내 기업들의 모델 개발 동향을 정리했다. 자체 개발과 해외 모델 기반 개발이 반반으로 나뉘었다.</p><p>보고서는 내년에도 비슷한 흐름이 이어질 것으로 내다봤다.</p></div>';
    const a = parseArticle(page(story + list('more-news')), { source: 'story.html' });
    expect(a.text).toMatch(/한빛 연구소/);
    expect(a.text).not.toMatch(/바람-T/);
  });
});
