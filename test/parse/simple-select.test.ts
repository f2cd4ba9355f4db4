import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { firstMatches } from '../../src/parse/simple-select.js';

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
