/**
 * Naver blog posts (blog.naver.com PostView pages, m.blog.naver.com): SmartEditor ONE
 * (`div.se-main-container` of `se-component` modules), SmartEditor 3 (`div.se_component_wrap`)
 * and SmartEditor 2 (`div#postViewArea` of <p>/<span>/<font> runs). A blogger writes each line as
 * a paragraph of its own and marks a paragraph's end with an empty one (a zero-width space or a
 * <br>): the lines between two empty paragraphs are read as one paragraph, cut where a line ends
 * a sentence, as the block walker treats lines joined by <br>.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { textOf } from '../dom.js';
import { walkBlocks } from '../blocks.js';
import { normalizeDate } from '../dates.js';
import { readJsonLd, readMeta, readPublishedDate } from '../meta.js';
import { pruneChrome, selectWithin } from '../prune.js';
import { firstMatches, select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';
import type { LayoutResult } from './result.js';

/**
 * Post bodies in order of preference: SmartEditor ONE (desktop and inside the mobile `div.post_ct`),
 * SmartEditor 3's component area, SmartEditor 2, the old mobile view.
 */
const BODY_SELECTORS = ['.se-main-container', '.sect_dsc', '#postViewArea', '.se_component_wrap', '#viewTypeSelector'];

/**
 * Editor modules that are not the post's text: link cards (another page's title and summary),
 * stickers, maps and place cards, videos and embeds, files, code, rules, schedules, book or
 * product cards, the title module (read apart) and a quotation's source line.
 */
const NON_TEXT_MODULES = [
  '.se-oglink', '.se-sticker', '.se-placesMap', '.se-map', '.se-video', '.se-oembed', '.se-file', '.se-code',
  '.se-horizontalLine', '.se-material', '.se-schedule', '.se-documentTitle', '.se-cite', '.se-audio', '.se-poll',
  '.se_oglink', '.se_og_box', '.se_sticker', '.se_map', '.se_video', '.se_file', '.se_code', '.se_horizontalLine', '.se_title',
].join(', ');

/** Post titles: SmartEditor ONE, SmartEditor 3, SmartEditor 2, the old mobile view. */
const TITLE_SELECTORS = ['.se-title-text', '.se_title', '.itemSubjectBoldfont', '.tit_h3'];

/** Post dates: SmartEditor ONE and 3 (`span.se_publishDate`), SmartEditor 2 (`p._postAddDate`, `p.date`), mobile (`p.blog_date`). */
const DATE_SELECTORS = ['.se_publishDate', '._postAddDate', '.blog_date', '.se_date', 'p.date'];

/** The blogger's nickname: desktop `span.nick`, mobile `.blog_author`. */
const AUTHOR_SELECTORS = ['.nick', '.blog_author', '.author_name'];

/** "3시간 전", "방금 전", "어제": a date relative to when the page was saved. */
const RELATIVE_DATE = /^(?:\d{1,3}\s?(?:초|분|시간|일)\s?전|방금\s?전?|어제|오늘|그저께)/;

/** Tags a paragraph of a blog line may hold: a line is joined with its neighbours only when it has nothing else. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'br', 'sup', 'sub', 'u', 's', 'mark', 'font', 'small', 'code', 'q', 'cite', 'abbr', 'wbr', 'img']);

/** True when the page is a Naver blog post. */
export function isNaverBlogLayout($: CheerioAPI): boolean {
  return (firstMatches($.root()[0] as AnyNode, BODY_SELECTORS) ?? []).some((el) => el !== undefined);
}

/** The first match of the first selector that matches, in the order given. */
function firstOf($: CheerioAPI, selectors: readonly string[]): Element | undefined {
  const found = firstMatches($.root()[0] as AnyNode, selectors.filter((s) => !s.includes(' ') && !/^[a-z]/.test(s)));
  const simple = found?.find((el) => el !== undefined);
  if (simple) return simple;
  for (const s of selectors.filter((x) => x.includes(' ') || /^[a-z]/.test(x))) {
    const el = select($, s).first()[0];
    if (el) return el;
  }
  return undefined;
}

/** The text of the first element of the first selector that has text. */
function readFirstText($: CheerioAPI, selectors: readonly string[]): string {
  for (const s of selectors) {
    const el = firstOf($, [s]);
    const text = el ? normalizeSpace(textOf($(el))) : '';
    if (text) return text;
  }
  return '';
}

/** What a paragraph holds: only inline content (a line of text), and whether it has an image. */
function lineContent(el: Element): { inline: boolean; image: boolean } {
  const stack: AnyNode[] = [...el.children];
  let image = false;
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag') continue;
    const name = (n as Element).name;
    if (!INLINE.has(name)) return { inline: false, image };
    if (name === 'img') image = true;
    for (const c of (n as Element).children) stack.push(c);
  }
  return { inline: true, image };
}

/**
 * Joins each run of line paragraphs (<p>s with only inline content, one after another) into one
 * <p> whose lines are separated by <br>; an empty paragraph ends a run and is dropped.
 */
function joinLineParagraphs($: CheerioAPI, container: Cheerio<Element>): void {
  const parents = new Set<Element>();
  for (const p of selectWithin($, container, 'p').toArray()) if (p.parent?.type === 'tag') parents.add(p.parent as Element);
  for (const parent of parents) {
    let run: Element[] = [];
    const flush = (): void => {
      if (run.length > 1) {
        const merged = $('<p></p>');
        run.forEach((p, i) => {
          if (i > 0) merged.append('<br>');
          merged.append($(p).contents());
        });
        $(run[0]!).before(merged);
        $(run).remove();
      }
      run = [];
    };
    for (const child of [...parent.children]) {
      if (child.type === 'text' && !/\S/.test((child as unknown as { data: string }).data)) continue;
      if (child.type === 'comment') continue;
      const el = child as Element;
      const line = child.type === 'tag' && el.name === 'p' ? lineContent(el) : undefined;
      if (line?.inline) {
        // a paragraph with no visible text (a zero-width space, &nbsp;, a lone <br>) ends the paragraph
        if (!line.image && normalizeSpace(textOf($(el))) === '') {
          flush();
          $(el).remove();
        } else run.push(el);
        continue;
      }
      flush();
    }
    flush();
  }
}

/** The post's date: the publish-date line, else the page's meta tags; a date given only relative to now is reported. */
function readPostDate($: CheerioAPI, warnings: string[]): string | undefined {
  const shown = readFirstText($, DATE_SELECTORS);
  const date = normalizeDate(shown) ?? readPublishedDate($, readJsonLd($));
  if (!date && RELATIVE_DATE.test(shown)) warnings.push(`the post date is given only relative to when the page was saved ('${shown}')`);
  return date;
}

/** "제목 : 네이버 블로그" → "제목". */
function stripBlogSuffix(title: string | undefined): string {
  return normalizeSpace((title ?? '').replace(/\s*[:|]\s*네이버\s?블로그\s*$/, ''));
}

/** Reads a Naver blog post: title, date, nickname and the body's paragraphs, section titles, table cells and captions. */
export function parseNaverBlog($: CheerioAPI, _html: string): LayoutResult {
  const warnings: string[] = [];
  const title = readFirstText($, TITLE_SELECTORS) || stripBlogSuffix(readMeta($, 'meta[property="og:title"]') ?? textOf(select($, 'title').first()));
  const publishedAt = readPostDate($, warnings);
  const author = (readFirstText($, AUTHOR_SELECTORS) || readMeta($, 'meta[property="naverblog:nickname"]') || '').slice(0, 40) || undefined;
  const url = readMeta($, 'meta[property="og:url"]') ?? select($, 'link[rel="canonical"]').first().attr('href');

  const first = firstOf($, BODY_SELECTORS);
  const container = first ? $(first) : select($, BODY_SELECTORS[0]!);
  selectWithin($, container, NON_TEXT_MODULES).remove();
  pruneChrome($, container);
  joinLineParagraphs($, container);
  // a section title module is a heading, whatever its type size or weight
  selectWithin($, container, '.se-sectionTitle, .se_sectionTitle').each((_, section) => {
    for (const p of selectWithin($, $(section), 'p').toArray()) (p as Element).name = 'h3';
  });
  const body = container.length > 0 ? walkBlocks(container.toArray(), { captionFromAlt: false }) : [];
  return { layout: 'naver-blog', title, summary: [], body, publishedAt, publisher: '네이버 블로그', author, url, warnings };
}
