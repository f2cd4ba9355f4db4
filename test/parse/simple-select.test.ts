import * as cheerio from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstMatches, select } from '../../src/parse/simple-select.js';

const PAGE = `<html><head><script id="x"></script></head><body>
  <div class="wrap"><p class="article_body lead">one</p></div>
  <div id="articleBody" class="Article_Body">two</div>
  <section itemprop="articleBody"><span class="article_body">three</span></section>
  <div itemprop="ArticleBody">four</div>
  <div class="news_body&#x3000;x">five</div>
  <div class="view_con	extra">six</div>
</body></html>`;

const SELECTORS = [
  '.article_body', '#articleBody', '[itemprop="articleBody"]', '.Article_Body', '#articlebody', '.news_body', '.view_con', '.missing', '#x',
];

describe('firstMatches', () => {
  const $ = cheerio.load(PAGE, { xml: { xmlMode: false, decodeEntities: true } });
  const firsts = firstMatches($.root()[0]!, SELECTORS);

  it.each(SELECTORS.map((s, i) => [s, i] as const))('%s: the same element as $(selector).first()', (sel, i) => {
    expect(firsts).toBeDefined();
    expect(firsts![i]).toBe($(sel).first()[0]);
  });

  it('leaves other selector forms to cheerio', () => {
    expect(firstMatches($.root()[0]!, ['div.wrap'])).toBeUndefined();
    expect(firstMatches($.root()[0]!, ['[type="text"]'])).toBeUndefined();
  });
});

describe('select', () => {
  const pages = readdirSync('test/fixtures/articles').filter((f) => f.endsWith('.html')).map((f) => readFileSync(`test/fixtures/articles/${f}`, 'utf8'));
  pages.push(readFileSync(`seed/${readdirSync('seed')[0]}`, 'utf8'), PAGE);
  const selectors = [
    'strong.summary_view, section[dmcf-sid], [dmcf-ptype]', '.article_view', '.tit_view', 'body', 'title', '.num_date', 'time[datetime]', 'time',
    'article', 'main, [role="main"]', 'h1', '[rel="author"], [itemprop="author"], .byline, .reporter, .writer, .author', '[data-date-time]',
    'span.media_end_head_info_datestamp_time', '#title_area', 'h2.media_end_head_headline, h3#articleTitle, h2.end_tit, h4.title', 'p', 'div.article_view.x',
    // left to cheerio
    '.info_view .txt_info', 'script[type="application/ld+json"]', 'p:first-child',
  ];
  it.each(selectors)('%s: the same elements as $(selector) on every fixture page', (sel) => {
    for (const html of pages) {
      const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
      const ours = select($, sel).toArray();
      const theirs = $(sel).toArray();
      expect(ours.length).toBe(theirs.length);
      // the very same nodes, in the same order
      expect(ours.every((el, i) => el === theirs[i])).toBe(true);
    }
  });
});
