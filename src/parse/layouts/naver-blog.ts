/**
 * Naver blog posts (blog.naver.com PostView pages, m.blog.naver.com): SmartEditor ONE
 * (`div.se-main-container` of `se-component` modules), SmartEditor 3 (`div.se_component_wrap`)
 * and SmartEditor 2 (`div#postViewArea` of <p>/<span>/<font> runs). A blogger writes each line as
 * a paragraph of its own and marks a paragraph's end with an empty one (a zero-width space or a
 * <br>): the lines between two empty paragraphs are read as one paragraph, a line that does not
 * end a sentence running on into the next, cut where a line ends a sentence.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import { Element as DomElement, Text, type AnyNode, type Element } from 'domhandler';
import { ITEM_LINE } from '../bullets.js';
import { findElements, INLINE_TAGS, textOf } from '../dom.js';
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
 * product cards and the title module (read apart). A quotation's source line is read apart too.
 */
const NON_TEXT_MODULES = [
  '.se-oglink', '.se-sticker', '.se-placesMap', '.se-map', '.se-video', '.se-oembed', '.se-file', '.se-code',
  '.se-horizontalLine', '.se-material', '.se-schedule', '.se-documentTitle', '.se-audio', '.se-poll',
  '.se_oglink', '.se_og_box', '.se_sticker', '.se_map', '.se_video', '.se_file', '.se_code', '.se_horizontalLine', '.se_title',
].join(', ');

/** A quotation's source line (SmartEditor ONE `.se-cite`). */
const CITE_MODULE = '.se-cite';

/** A source line that names who spoke, after a dash ("— NAME ORG 대표, …"): kept, as a story's quotation keeps its <cite>; any other ("출처: 보도자료", "※ …") is dropped. */
const SPEAKER_CITE = /^\s*[—–―-]\s?\S/;

/** Post titles: SmartEditor ONE, SmartEditor 3, SmartEditor 2, the old mobile view. */
const TITLE_SELECTORS = ['.se-title-text', 'h3.se_textarea', '.itemSubjectBoldfont', '.tit_h3'];

/** Post dates: SmartEditor ONE and 3 (`span.se_publishDate`), SmartEditor 2 (`p._postAddDate`, `p.date`), mobile (`p.blog_date`). */
const DATE_SELECTORS = ['.se_publishDate', '._postAddDate', '.blog_date', '.se_date', 'p.date'];

/** The blogger's nickname: desktop `span.nick`, mobile `.blog_author`. */
const AUTHOR_SELECTORS = ['.nick', '.blog_author', '.author_name'];

/** "3시간 전", "방금 전", "어제": a date relative to when the page was saved. */
const RELATIVE_DATE = /^(?:\d{1,3}\s?(?:초|분|시간|일)\s?전|방금\s?전?|어제|오늘|그저께)/;

/** A question-and-answer page's answer (Naver 지식iN `div.answer-content__item`): each answer has a body of its own. */
const ANSWER_ITEM = /(?:^|\s)answer[-_]content__item(?:\s|$)/;

/**
 * The bodies of every answer of a question-and-answer page, in page order, when it has two or more:
 * each answer (the chosen one and those after it) is text of the page, as each reply of a thread is.
 */
function answerBodies($: CheerioAPI): Element[] {
  const bodies = select($, BODY_SELECTORS[0]!).toArray().filter((el): el is Element => {
    for (let up = el.parent; up; up = up.parent) if (up.type === 'tag' && ANSWER_ITEM.test((up as Element).attribs['class'] ?? '')) return true;
    return false;
  });
  return bodies.length >= 2 ? bodies : [];
}

/** True when the page is a Naver blog post. */
export function isNaverBlogLayout($: CheerioAPI): boolean {
  return (firstMatches($.root()[0] as AnyNode, BODY_SELECTORS) ?? []).some((el) => el !== undefined);
}

/** The first match of the first selector that matches, in the order given. */
function findFirst($: CheerioAPI, selectors: readonly string[]): Element | undefined {
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
    const el = findFirst($, [s]);
    const text = el ? normalizeSpace(textOf($(el))) : '';
    if (text) return text;
  }
  return '';
}

/** More lines than a paragraph has: a longer run is cut (the block walker reads each line of a paragraph again). */
const MAX_LINES = 40;

/** What a paragraph holds: only inline content and images (a line, joined with its neighbours), and whether it has an image. */
function readLineContent(el: Element): { inline: boolean; image: boolean } {
  const stack: AnyNode[] = [...el.children];
  let image = false;
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag') continue;
    const name = (n as Element).name;
    if (name === 'img') image = true;
    else if (!INLINE_TAGS.has(name)) return { inline: false, image };
    for (const c of (n as Element).children) stack.push(c);
  }
  return { inline: true, image };
}

/** Gives `parent` the children `kids`, with their parent and sibling links (one pass: no splicing per node). */
function setChildren(parent: Element, kids: AnyNode[]): void {
  parent.children = kids;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as AnyNode;
    k.parent = parent;
    k.prev = i > 0 ? (kids[i - 1] as AnyNode) : null;
    k.next = i + 1 < kids.length ? (kids[i + 1] as AnyNode) : null;
  }
}

/** Unlinks a node that its parent's new children leave out. */
function detach(n: AnyNode): void {
  n.parent = null;
  n.prev = null;
  n.next = null;
}

/** A line that ends a sentence ("…했다.", "…좋았다", "…말했다”"): the next line starts a new one. */
const ENDS_SENTENCE = /(?:[.?!。…]|[다요])["'”’)\]」』]*\s*$/;

/** True when every visible character of the line is in <b>/<strong> (a bold line is a heading of its own). */
function isBoldLine(p: Element): boolean {
  const stack: { node: AnyNode; bold: boolean }[] = p.children.map((node) => ({ node, bold: false }));
  let text = false;
  while (stack.length > 0) {
    const { node, bold } = stack.pop()!;
    if (node.type === 'text') {
      if (/\S/.test((node as unknown as { data: string }).data.replace(/\u200b/g, ''))) {
        if (!bold) return false;
        text = true;
      }
    } else if (node.type === 'tag') {
      const el = node as Element;
      for (const c of el.children) stack.push({ node: c, bold: bold || el.name === 'b' || el.name === 'strong' });
    }
  }
  return text;
}

/**
 * One <p> holding the lines of `run`: a line that does not end a sentence runs on into the next
 * (a space), as a blogger breaks a long sentence over lines; after a sentence, a bold line or
 * before a list item, a <br> (the block walker cuts the paragraph there).
 */
function mergeLines($: CheerioAPI, run: Element[]): Element {
  const kids: AnyNode[] = [];
  const texts = run.map((p) => normalizeSpace(textOf($(p))));
  for (const [i, p] of run.entries()) {
    if (i > 0) {
      const prev = run[i - 1]!;
      const cut = ENDS_SENTENCE.test(texts[i - 1]!) || isBoldLine(prev) || isBoldLine(p) || ITEM_LINE.test(texts[i]!);
      kids.push(cut ? new DomElement('br', {}) : new Text(' '));
    }
    for (const c of p.children) kids.push(c);
  }
  const merged = new DomElement('p', {});
  setChildren(merged, kids);
  return merged;
}

/**
 * Joins each run of line paragraphs (<p>s with only inline content, one after another) into one
 * <p> whose lines are separated by <br>; an empty paragraph ends a run and is dropped.
 */
function joinLineParagraphs($: CheerioAPI, container: Cheerio<Element>): void {
  const parents = new Set<Element>();
  for (const p of selectWithin($, container, 'p').toArray()) if (p.parent?.type === 'tag') parents.add(p.parent as Element);
  for (const parent of parents) {
    const kids: AnyNode[] = [];
    let run: Element[] = [];
    const flush = (): void => {
      if (run.length === 1) kids.push(run[0]!);
      else if (run.length > 1) {
        kids.push(mergeLines($, run));
        for (const p of run) detach(p);
      }
      run = [];
    };
    for (const child of parent.children) {
      const el = child as Element;
      const line = child.type === 'tag' && el.name === 'p' ? readLineContent(el) : undefined;
      if (line?.inline) {
        // a paragraph with no visible text (a zero-width space, &nbsp;, a lone <br>) ends the paragraph
        if (!line.image && normalizeSpace(textOf($(el))) === '') {
          flush();
          detach(el);
        } else {
          run.push(el);
          if (run.length >= MAX_LINES) flush();
        }
        continue;
      }
      // white space and comments between two lines do not end the paragraph
      if ((child.type === 'text' && !/\S/.test((child as unknown as { data: string }).data)) || child.type === 'comment') {
        if (run.length === 0) kids.push(child);
        continue;
      }
      flush();
      kids.push(child);
    }
    flush();
    setChildren(parent, kids);
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

  const answers = answerBodies($);
  const first = answers.length > 0 ? undefined : findFirst($, BODY_SELECTORS);
  const container = answers.length > 0 ? $(answers) : first ? $(first) : select($, BODY_SELECTORS[0]!);
  selectWithin($, container, NON_TEXT_MODULES).remove();
  selectWithin($, container, CITE_MODULE).filter((_, el) => !SPEAKER_CITE.test(textOf($(el)))).remove();
  pruneChrome($, container);
  joinLineParagraphs($, container);
  // a section title module is a heading, whatever its type size or weight
  for (const root of container.toArray()) {
    for (const section of findElements([root], (el) => /(?:^|\s)se[-_]sectionTitle(?:\s|$)/.test(el.attribs['class'] ?? ''))) {
      for (const p of findElements([section], (el) => el.name === 'p')) p.name = 'h3';
    }
  }
  const body = container.length > 0 ? walkBlocks(container.toArray(), { captionFromAlt: false }) : [];
  return { layout: 'naver-blog', title, summary: [], body, publishedAt, publisher: '네이버 블로그', author, url, warnings };
}
