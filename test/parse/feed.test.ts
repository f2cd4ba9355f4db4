import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { feedDate, isFeed } from '../../src/parse/layouts/feed.js';

const BODY = '<p>가상의 한 스타트업이 새 언어 모델을 공개했다고 밝혔다. 모델은 사내 문서 검색에 쓰인다.</p><p>회사는 다음 분기에 더 작은 모델도 내놓을 계획이라고 설명했다.</p>';

function rss(content: string, date = 'Tue, 03 Mar 2026 09:15:00 +0900'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>어느 매체 - IT</title><link>https://example.kr/</link><description>섹션 피드</description>
<item><title>스타트업, 새 언어 모델 공개</title><link>https://example.kr/news/1</link>
<dc:creator>홍길동 기자</dc:creator><pubDate>${date}</pubDate>
<description>짧은 요약 문장이다. 가상의 스타트업이 문서 검색용 언어 모델을 새로 공개했고 다음 분기에 더 작은 모델을 낼 계획이다.</description>
${content}
</item></channel></rss>`;
}

function atom(content: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>피드</title>
<entry><title>스타트업, 새 언어 모델 공개</title><link href="https://example.kr/news/2"/>
<updated>2026-04-07T10:00:00+09:00</updated><author><name>김철수</name></author>
${content}</entry></feed>`;
}

describe('an RSS/Atom item saved as a page', () => {
  it.each([
    ['RSS content:encoded with CDATA', rss(`<content:encoded><![CDATA[${BODY}]]></content:encoded>`), '2026-03-03'],
    ['RSS content:encoded with escaped HTML', rss(`<content:encoded>${BODY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content:encoded>`), '2026-03-03'],
    ['Atom content type=html', atom(`<content type="html">${BODY.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content>`), '2026-04-07'],
  ])('%s → title, date and the item body', (_, page, date) => {
    const a = parseArticle(page, { source: 'feed.html' });
    expect(a.meta.title).toBe('스타트업, 새 언어 모델 공개');
    expect(a.meta.publishedAt).toBe(date);
    expect(a.text).toContain('새 언어 모델을 공개했다고 밝혔다');
    expect(a.text).toContain('더 작은 모델도');
    expect(a.text).not.toContain('섹션 피드');
  });

  it('reads every item of a feed of several: the first as the article, the later ones as sections with their titles', () => {
    const later = `<item><title><![CDATA[가상연구소, 번역 모델 2종 공개]]></title><pubDate>Mon, 02 Mar 2026 11:00:00 +0900</pubDate>
<description>&lt;p&gt;가상연구소가 번역 모델 두 종을 공개했다고 2일 밝혔다.&lt;/p&gt;</description></item>
<item><title>빈 항목</title><description></description></item>
<item><title>세 번째 소식</title><description>어느 기관이 데이터 사업 참여 기업을 모집한다고 밝혔다.</description></item>`;
    const a = parseArticle(rss(`<content:encoded><![CDATA[${BODY}]]></content:encoded>`).replace('</item></channel>', `</item>${later}</channel>`), { source: 'feed.xml' });
    expect(a.meta.title).toBe('스타트업, 새 언어 모델 공개');
    expect(a.meta.publishedAt).toBe('2026-03-03');
    expect(a.text).toContain('새 언어 모델을 공개했다고 밝혔다');
    expect(a.text).toContain('가상연구소, 번역 모델 2종 공개');
    expect(a.text).toContain('번역 모델 두 종을 공개했다고');
    expect(a.text).toContain('참여 기업을 모집한다고');
    expect(a.text).not.toContain('빈 항목');
  });

  it.each([
    ['[포토] 2026 교육기술 박람회 개막', false],
    ['[사진] 데이터센터 준공식', false],
    ['[PHOTO] Robotics fair opens', false],
    ['포토에세이 연재를 시작한 가상연구소', true],
  ])('a later item titled %s is a photo item (its caption no story) unless the tag is no bracketed label', (title, kept) => {
    const later = `<item><title><![CDATA[${title}]]></title><description>가상전시장에서 사흘간…가상소프트·가상통신 등 80개사 참가</description></item>`;
    const a = parseArticle(rss(`<content:encoded><![CDATA[${BODY}]]></content:encoded>`).replace('</item></channel>', `</item>${later}</channel>`), { source: 'feed.xml' });
    expect(a.text.includes('80개사 참가')).toBe(kept);
  });

  it('falls back to a plain-text description when there is no content', () => {
    const a = parseArticle(rss(''), { source: 'feed.xml' });
    expect(a.text).toContain('짧은 요약 문장이다');
  });

  it.each([
    ['Fri, 27 Nov 2026 17:45:00 +0900', '2026-11-27'],
    ['3 Mar 2026 09:15 GMT', '2026-03-03'],
    ['2026-04-07T10:00:00+09:00', '2026-04-07'],
  ])('feed date %s → %s', (raw, iso) => expect(feedDate(raw)).toBe(iso));

  it('an HTML page that links to a feed is not a feed', () => {
    expect(isFeed('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body><item>x</item></body></html>')).toBe(false);
  });
});
