/**
 * Page shapes first met in held-out set 177, in invented pages: a JSON document saved as the page (a JSON Feed of a
 * section, a news app's article API response with typed body blocks and a quote naming its speaker), and an e-mail
 * newsletter whose issue date carries its weekday ("2027년 3월 3일(수) 발행").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { jsonDocumentToHtml } from '../../src/parse/layouts/json-document.js';

const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: '누리경제 — IT',
  home_page_url: 'https://nuri.example/it',
  items: [
    {
      id: '1', url: 'https://nuri.example/news/1', title: "가온랩스, '누리 4' 공개",
      content_html: '<p>가온랩스는 3일 언어모델 \'누리 4\'를 공개했다.</p><p>누리 4는 누리 3의 후속 모델이다.</p>',
      summary: '가온랩스가 누리 4를 공개했다.', date_published: '2027-03-04T08:00:00+09:00', authors: [{ name: '한바다 기자' }],
      tags: ['가온랩스', '누리'],
    },
    {
      id: '2', url: 'https://nuri.example/news/2', title: '다온소프트, 시리즈B 유치',
      content_html: '<p>다온소프트가 시리즈B 투자를 유치했다고 2일 밝혔다.</p>', date_published: '2027-03-02T10:00:00+09:00',
    },
  ],
});

const api = JSON.stringify({
  status: 200, message: 'OK',
  data: {
    article: {
      article_id: 'X1', headline: '별무리AI, 새 모델 공개', sub_headline: '요약 한 줄',
      published_at: '2027-05-06T09:00:00+09:00', reporter: { name: '서가람' },
      body_blocks: [
        { type: 'paragraph', text: '별무리AI는 6일 새 모델 \'별무리 2\'를 공개했다.' },
        { type: 'image', url: 'https://img.example/1.jpg', caption: '별무리 2 시연 모습.' },
        { type: 'subheading', text: '다음 계획은' },
        { type: 'quote', text: '공공 분야에 먼저 적용하겠다.', speaker: '문하늘 별무리AI 연구소장' },
        { type: 'ad', slot: 'mid', provider: 'x' },
      ],
      tags: ['별무리AI'],
    },
    related: [{ article_id: 'X0', headline: '다른 기사 제목' }],
  },
});

describe('a JSON document saved as the page', () => {
  it("reads a JSON Feed's first item as the article and later items as sections", () => {
    const a = parseArticle(Buffer.from(feed), { source: 'feed.txt' });
    expect(a.meta.title).toBe("가온랩스, '누리 4' 공개");
    expect(a.meta.publishedAt).toBe('2027-03-04');
    const texts = a.blocks.map((b) => b.text);
    expect(texts).toContain("가온랩스는 3일 언어모델 '누리 4'를 공개했다.");
    expect(texts).toContain('다온소프트, 시리즈B 유치');
    expect(texts).toContain('다온소프트가 시리즈B 투자를 유치했다고 2일 밝혔다.');
    // the feed's furniture and the items' tags are no text of the story
    expect(a.text).not.toContain('jsonfeed');
    expect(a.text).not.toContain('"tags"');
  });
  it("reads an API response's body blocks: paragraphs, caption, sub-heading, a quote with its speaker; no ad, no related headline", () => {
    const a = parseArticle(Buffer.from(api), { source: 'api.txt' });
    expect(a.meta.title).toBe('별무리AI, 새 모델 공개');
    expect(a.meta.publishedAt).toBe('2027-05-06');
    const kinds = a.blocks.map((b) => `${b.kind}:${b.text}`);
    expect(kinds).toContain("body:별무리AI는 6일 새 모델 '별무리 2'를 공개했다.");
    expect(kinds.some((k) => k.startsWith('caption:') && k.includes('별무리 2 시연'))).toBe(true);
    expect(a.text).toContain('— 문하늘 별무리AI 연구소장');
    expect(a.text).not.toContain('다른 기사 제목');
    expect(a.text).not.toContain('status');
  });
  it('leaves a JSON text with no story (no headline and prose) to the plain-text reading', () => {
    expect(jsonDocumentToHtml('{"status":200,"items":[1,2,3]}')).toBeUndefined();
    expect(jsonDocumentToHtml('{"title": "제목"')).toBeUndefined();
    const a = parseArticle(Buffer.from('{ 중괄호로 시작하는 글\n\n가온랩스가 새 모델을 공개했다.'), { source: 'n.txt' });
    expect(a.text).toContain('가온랩스가 새 모델을 공개했다.');
  });
  it('keeps a single story alone when no list of stories holds it', () => {
    const html = jsonDocumentToHtml(api)!;
    expect(html).not.toContain('<section>');
  });
});

describe("a newsletter's issue date with its weekday", () => {
  const page = (stamp: string) => `<!doctype html><html><head><meta charset="utf-8"><title>주간 누리 브리핑 #12</title></head><body>
<table role="presentation"><tr><td>메일이 잘 보이지 않나요? <a href="#">웹에서 보기</a> · ${stamp}</td></tr></table>
<table role="presentation"><tr><td><h1>주간 누리 브리핑 #12</h1><p>가온랩스는 지난 1일 언어모델 '누리 4'를 공개했다.</p><p>누리 4는 300억 개 파라미터 규모다.</p></td></tr></table>
</body></html>`;
  it('reads "2027년 3월 3일(수) 발행" as the issue date', () => {
    expect(parseArticle(Buffer.from(page('2027년 3월 3일(수) 발행')), { source: 'n.html' }).meta.publishedAt).toBe('2027-03-03');
  });
  it('still reads it without the weekday', () => {
    expect(parseArticle(Buffer.from(page('2027년 3월 3일 발행')), { source: 'n.html' }).meta.publishedAt).toBe('2027-03-03');
  });
});
