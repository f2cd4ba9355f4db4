import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { jsonDate } from '../../src/parse/embedded-json.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

const parse = (html: string) => parseArticle(html, { source: 'page.html' });
const para = '바람개비랩은 새 언어 모델 구름-2를 공개했다. 이 모델은 한국어 문서 요약과 질의응답에 맞춰 추가로 학습했으며 연구용으로 내려받을 수 있다.';
const para2 = '회사는 다음 달 기업용 요금제를 내놓고 공공기관 시범 사업에도 참여할 계획이라고 설명했다. 성능 보고서는 홈페이지에 함께 올렸다.';
const shell = (scripts: string, visible = '<div id="app"><div class="loading">불러오는 중…</div></div>') =>
  `<!doctype html><html><head><title>테스트일보</title></head><body>${visible}${scripts}</body></html>`;
const json = (v: unknown) => JSON.stringify(v);

describe('stories embedded as JSON in a script (thin shells)', () => {
  const rows: { name: string; html: string; title: string; date?: string; author?: string; body: string[]; headings?: string[]; captions?: string[] }[] = [
    {
      name: 'a JSON script whose article has an HTML string body (Next.js style)',
      html: shell(`<script id="__NEXT_DATA__" type="application/json">${json({ props: { pageProps: { story: { headline: '구름-2 공개', writer: { name: '한가을' }, publishedAt: '2026-03-04T08:00:00+09:00', body: `<p>${para}</p><h3>요금제</h3><p>${para2}</p>` }, related: [{ title: '다른 기사 제목' }] } } })}</script>`),
      title: '구름-2 공개', date: '2026-03-04', author: '한가을', body: [para, para2], headings: ['요금제'],
    },
    {
      name: 'a JS assignment with an array of content elements (Arc/Fusion style), a bold subhead, an image and an empty ad',
      html: shell(`<script>;App=window.App||{};App.site="x";App.content=${json({ type: 'story', headlines: { basic: '구름-2 공개' }, display_date: '2026-03-04T16:30:00.000Z', credits: { by: [{ name: '한가을' }] }, content_elements: [{ type: 'text', content: para }, { type: 'image', caption: '구름-2 소개 화면.' }, { type: 'raw_html', content: '<div class="ad-slot"></div>' }, { type: 'text', content: '<b>요금제</b>' }, { type: 'text', content: para2 }], related_content: { basic: [{ headlines: { basic: '다른 기사' } }] } })};App.more={"a":1};</script>`),
      // 16:30 UTC is the next morning in Korea
      title: '구름-2 공개', date: '2026-03-05', author: '한가을', body: [para, para2], headings: ['요금제'], captions: ['구름-2 소개 화면.'],
    },
    {
      name: 'state written as JSON.parse("…") of an escaped string, with a plain-text body',
      html: shell(`<script>window.__STATE__ = JSON.parse(${json(json({ article: { title: '구름-2 공개', pubDate: '2026.03.04', content: `${para}\n\n${para2}` } }))});</script>`),
      title: '구름-2 공개', date: '2026-03-04', body: [para, para2],
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const a = parse(r.html);
      expect(a.warnings).not.toContain('no article body found');
      expect(a.meta.title).toBe(r.title);
      if (r.date) expect(a.meta.publishedAt).toBe(r.date);
      if (r.author) expect(a.meta.author).toBe(r.author);
      expect(textsOf(a, 'body')).toEqual(r.body);
      if (r.headings) expect(textsOf(a, 'heading')).toEqual(r.headings);
      if (r.captions) expect(textsOf(a, 'caption')).toEqual(r.captions);
      expect(a.text).not.toMatch(/다른 기사|불러오는 중/);
      expectOffsetsHold(a);
    });
  }

  it('reads a story whose Hangul is written as \\u escapes in the JSON', () => {
    const escaped = json({ post: { title: '구름-2 공개', publishDate: '2026-03-04', body: `<p>${para}</p><p>${para2}</p>` } }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const a = parse(shell(`<script type="application/json">${escaped}</script>`));
    expect(a.meta.title).toBe('구름-2 공개');
    expect(textsOf(a, 'body')).toEqual([para, para2]);
  });

  it('keeps the visible article when the page shows it and the JSON holds the same story', () => {
    const visible = `<article><h1>보이는 제목</h1><p>${para}</p><p>${para2}</p></article>`;
    const a = parse(shell(`<script id="__NEXT_DATA__" type="application/json">${json({ article: { title: '구름-2 공개', body: `<p>${para}</p><p>${para2}</p>` } })}</script>`, visible));
    expect(a.meta.title).toBe('보이는 제목');
    expect(textsOf(a, 'body')).toEqual([para, para2]);
  });

  it('ignores JSON with headlines only, and broken JSON, and still says there is no body', () => {
    const a = parse(shell(`<script type="application/json">${json({ list: [{ title: '제목 하나' }, { title: '제목 둘' }] })}</script><script>var s = {"title": "깨진", "body": "<p>${para}</p>"</script>`));
    expect(a.warnings).toContain('no article body found');
  });
});

describe('JSON dates', () => {
  it.each([
    ['2026-11-16T05:47:12.000Z', '2026-11-16'],
    ['2026-11-16T15:10:00Z', '2026-11-17'],
    ['2026-11-27T08:00:00+09:00', '2026-11-27'],
    ['2026-11-27', '2026-11-27'],
    [Date.UTC(2026, 0, 31, 20, 0), '2026-02-01'],
    ['어제', undefined],
  ])('%s → %s', (raw, iso) => expect(jsonDate(raw)).toBe(iso));
});

describe('a date that stands alone after the headline', () => {
  const page = (head: string) =>
    `<html><body><div class="top">${head}</div><h1>제목입니다</h1><div class="info"><span>글쓴이</span><span>2026년 3월 4일</span></div><div class="post"><p>${para}</p><p>${para2} 배포일은 <code>2026-03-01</code>이다.</p></div></body></html>`;
  it('is the post date when nothing labels one', () => expect(parse(page('')).meta.publishedAt).toBe('2026-03-04'));
  it('a bare date above the headline (a site header) is not taken', () => {
    const a = parseArticle(page('<span>2026.03.09</span>').replace('<span>2026년 3월 4일</span>', ''), { source: 'p.html' });
    expect(a.meta.publishedAt).toBeUndefined();
  });
  it.each([
    ['<h3 class="view_title">제목입니다</h3>', '2026-03-04'],
    ['<h2 class="article-tit">제목입니다</h2>', '2026-03-04'],
    ['<h3 class="sidebar">많이 본 기사</h3>', undefined],
  ])('a headline printed as an <h2>/<h3> of a title class: %s → %s', (headline, iso) => {
    const html = page('').replace('<h1>제목입니다</h1>', headline);
    expect(parseArticle(html, { source: 'p.html' }).meta.publishedAt).toBe(iso);
  });
  it.each([
    ['<p class="meta">글 한솔 기자 · 2026년 5월 6일 09:30</p>', '2026-05-06'],
    ['<div>편집부 | 2026.05.07 14:00</div>', '2026-05-07'],
    ['<div>작성 박다은 / 2026-05-08</div>', '2026-05-08'],
    ['<div>지난 2026년 5월 9일 발표된 자료</div>', undefined],
  ])('a byline and a separator before the date: %s → %s', (meta, iso) => {
    const html = `<html><body><h1>제목입니다</h1>${meta}<div class="post"><p>${para}</p><p>${para2}</p></div></body></html>`;
    expect(parseArticle(html, { source: 'p.html' }).meta.publishedAt).toBe(iso);
  });
  it.each([
    ['<div><span>한솔 기자</span> <span>2026.05.08(금) 09:30:12</span></div>', '2026-05-08'],
    ['<div><span>2026년 5월 8일(금)</span></div>', '2026-05-08'],
    ['<div><span>2026.05.08(금) 마감</span></div>', undefined],
  ])('a date with its weekday in parentheses: %s → %s', (meta, iso) => {
    const html = `<html><body><h1>제목입니다</h1>${meta}<div class="post"><p>${para}</p><p>${para2}</p></div></body></html>`;
    expect(parseArticle(html, { source: 'p.html' }).meta.publishedAt).toBe(iso);
  });
});

describe('a job posting dated by its JSON-LD', () => {
  const page = (ld: unknown) =>
    `<html><head><title>채용</title><script type="application/ld+json">${json(ld)}</script></head><body><h1>[바람개비랩] 리서치 엔지니어</h1><div class="post"><p>${para}</p><p>${para2}</p></div></body></html>`;
  it('takes datePosted as the page date (validThrough is a deadline)', () =>
    expect(parse(page({ '@context': 'https://schema.org', '@type': 'JobPosting', title: '리서치 엔지니어', datePosted: '2026-05-06', validThrough: '2026-06-30' })).meta.publishedAt).toBe('2026-05-06'));
  it('still prefers datePublished where both are given', () =>
    expect(parse(page({ '@type': 'JobPosting', datePublished: '2026-05-02', datePosted: '2026-05-06' })).meta.publishedAt).toBe('2026-05-02'));
});

describe('stories framed in an iframe srcdoc (portal frames)', () => {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const inner = `<html><head><meta charset="utf-8"></head><body><table><tr><td><h1>구름-2 공개</h1></td></tr>
<tr><td class="info">기사입력 2026-03-04 오전 9:10 | 한가을 기자</td></tr>
<tr><td id="articleBody"><p>${para}</p><p>${para2}</p></td></tr></table></body></html>`;
  const frame = (doc: string, around = '') => `<!doctype html><html><head><title>바다지역신문</title></head><body>
<table><tr><td><a href="/">홈</a> | <a href="/a">정치</a> | <a href="/b">경제</a></td></tr>
<tr><td><iframe name="view" srcdoc="${esc(doc)}"></iframe>${around}</td></tr>
<tr><td class="footer">바다지역신문 | 등록일 2011.02.03 | Copyright (c) 바다지역신문</td></tr></table></body></html>`;

  it('reads the framed document when the page around it holds only the site frame', () => {
    const a = parse(frame(inner));
    expect(a.warnings).not.toContain('no article body found');
    expect(a.meta.title).toBe('구름-2 공개');
    expect(a.meta.publishedAt).toBe('2026-03-04');
    expect(textsOf(a, 'body')).toEqual([para, para2]);
    expectOffsetsHold(a);
  });

  it('keeps the outer story when the framed document is a small widget', () => {
    const outer = `<article><h1>보이는 제목</h1><p>${para}</p><p>${para2}</p></article>`;
    const a = parse(frame('<p>많이 본 뉴스: 오늘의 날씨 맑음</p>', outer));
    expect(a.meta.title).toBe('보이는 제목');
    expect(textsOf(a, 'body')).toEqual([para, para2]);
  });
});
