/**
 * A page that tells one story as a run of sibling <article>s — a live blog's timestamped updates
 * (newest first), a timeline — has no single article element that holds it all. When the
 * longest <article> has two or more sibling <article>s under the same parent, each with text of
 * the same order, the parent is the story.
 */
import type { AnyNode, Element } from 'domhandler';
import { isChromeElement, namesReplies } from '../chrome-elements.js';
import { findElements, firstChildElement } from '../dom.js';
import { headedSectionOf, isHeadedSection } from './headed-sections.js';

/** The element that holds `el` and its sibling <article>s when they are items of one story, else `el`. */
export function widenToSiblingArticles(el: Element, length: (e: Element) => number, elLength: number): Element {
  const parent = el.parent;
  if (parent?.type !== 'tag') return el;
  let items = 0;
  let total = 0;
  for (const c of (parent as Element).children) {
    if (c.type !== 'tag' || (c as Element).name !== 'article') continue;
    const len = c === el ? elLength : length(c as Element);
    if (len >= Math.max(40, elLength * 0.2)) {
      items++;
      total += len;
    }
  }
  return items >= 3 && total > elLength * 1.5 ? (parent as Element) : el;
}

/** Page regions that are no part of a story beside it. */
const ASIDE_TAGS = new Set(['aside', 'nav', 'footer', 'header']);

/**
 * A question's <article> and its answers in a section beside it, both in the page's <main> (a Q&A thread): the
 * <main> holds the story, the question and the answers. Only when the denser block stands in a sibling of the
 * <article> that is no aside, navigation, header or footer.
 */
export function widenToMainThread(el: Element, denser: Element): Element | undefined {
  const main = el.parent;
  if (main?.type !== 'tag' || ((main as Element).name !== 'main' && (main as Element).attribs.role !== 'main')) return undefined;
  let top: AnyNode | null = denser;
  while (top && top.parent !== main) top = top.parent;
  if (!top || top === el || top.type !== 'tag' || ASIDE_TAGS.has((top as Element).name)) return undefined;
  return main as Element;
}

/**
 * A forum thread's post and the replies in a block beside it ("<article>…</article><section class=comment-list>"): the
 * nearest ancestor (three levels up at most) that also holds the replies, else the post alone.
 */
export function widenToReplies(el: Element): Element {
  let branch: Element = el;
  for (let level = 0; level < 3; level++) {
    const up = branch.parent;
    if (up?.type !== 'tag' || ['body', 'html'].includes((up as Element).name)) break;
    const parent = up as Element;
    if (parent.children.some((c) => c !== branch && c.type === 'tag' && !ASIDE_TAGS.has((c as Element).name) && namesReplies(c as Element))) return parent;
    branch = parent;
  }
  return el;
}

/** A data table: two or more rows, and a number in some cell. */
function isDataTable(table: Element, text: (e: Element) => string): boolean {
  return findElements([table], (e) => e.name === 'tr', 3).length >= 3 && /\d/.test(text(table));
}

/**
 * A report page (an analyst note, a release with a results table) puts its prose in one block and
 * its tables beside it, under the same parent: the prose alone is the densest block, but the tables
 * are the article too. When the parent adds data tables and little other text, the parent is the body.
 */
export function widenToSiblingTables(el: Element, text: (e: Element) => string): Element {
  const parent = el.parent;
  if (parent?.type !== 'tag' || ['body', 'html'].includes((parent as Element).name)) return el;
  const own = text(el).length;
  let tables = 0;
  let tableText = 0;
  let other = 0;
  for (const c of (parent as Element).children) {
    if (c === el || c.type !== 'tag') continue;
    const e = c as Element;
    const len = text(e).length;
    if (e.name === 'table' && isDataTable(e, text)) {
      tables++;
      tableText += len;
    } else other += len;
  }
  if (tables < 1 || tableText < 20) return el;
  return other <= own * 0.6 || hasProseTwin(el, text) ? (parent as Element) : el;
}

/**
 * A notice in sections ("<h4>과업 내용</h4><div class=txt_box>…</div><h4>개찰결과</h4><table>…<div class=txt_box>…"): a
 * sibling written in the same tag and class as the densest block, with prose of its own, is one more section of the
 * same document (a procurement notice, a report), not a widget beside it.
 */
function hasProseTwin(el: Element, text: (e: Element) => string): boolean {
  const cls = el.attribs?.['class'];
  if (!cls) return false;
  return (el.parent as Element).children.some((c) => c !== el && c.type === 'tag' && (c as Element).name === el.name && (c as Element).attribs?.['class'] === cls && text(c as Element).length >= 100);
}

export interface Densest {
  el: Element;
  score: number;
  /** Sibling blocks that together hold the story (a newsletter's text boxes around a photo), when more than one. */
  run?: Element[];
  /** The densest block inside a gathered body: no wrapper of it is page chrome, whatever its class says. */
  keep?: Element;
}

/** The element's one tag child when it has exactly one (whitespace aside), else undefined. */
function onlyTagChild(el: Element): Element | undefined {
  let only: Element | undefined;
  for (const c of el.children) {
    if (c.type === 'tag') {
      if (only) return undefined;
      only = c as Element;
    } else if (c.type === 'text' && /\S/.test((c as unknown as { data: string }).data)) return undefined;
  }
  return only;
}

/** The best score on the chain of single-child wrappers from el down (a row → its one cell). */
function chainScore(el: Element, scores: Map<Element, number>, levels = 2): number {
  let best = scores.get(el) ?? 0;
  for (let n = onlyTagChild(el), depth = 0; n && depth < levels; n = onlyTagChild(n), depth++) best = Math.max(best, scores.get(n) ?? 0);
  return best;
}

/**
 * A portal digest or roundup writes each story as an item of its own (<li>/<div> with a title and a
 * summary <p>): when the densest block has two or more siblings of its tag with text of the same order,
 * the block that holds them all is the article.
 */
export function listOfItems(best: Densest, scores: Map<Element, number>): Densest {
  // a newsletter puts each item in a cell of a row of its own (<tr><td>…</td></tr>): the items are the rows
  let item = best.el;
  for (let up = 0; up < 2 && item.parent?.type === 'tag' && onlyTagChild(item.parent as Element) === item; up++) item = item.parent as Element;
  const parent = item.parent;
  if (parent?.type !== 'tag') return best;
  let sum = 0;
  let items = 0;
  for (const c of (parent as Element).children) {
    if (c.type !== 'tag' || (c as Element).name !== item.name) continue;
    const score = chainScore(c as Element, scores);
    if (score >= best.score * 0.3) {
      items++;
      sum += score;
    }
  }
  return items >= 3 && (scores.get(parent as Element) ?? 0) < best.score ? { el: parent as Element, score: sum } : best;
}


/** The densest block holds less than this share of the page's prose: the story is scattered over blocks. */
const SCATTERED_SHARE = 0.5;
/** The share of the page's prose the block that gathers a scattered story holds. */
const GATHERED_SHARE = 0.8;

/**
 * A page that is not one story but a document of sections (an event's programme: a notice, then a
 * session list whose every item has a short description, then speaker cards) has no block that holds
 * most of its prose: the densest block is one section among several. When it holds less than half of
 * the prose outside page chrome, the nearest ancestor below <body> that holds four fifths of it is the body
 * (and the densest block is kept even inside a wrapper whose class looks like chrome: "notice-banner").
 */
export function widenToScatteredProse(best: Densest, scores: Map<Element, number>): Densest {
  const held = new Map<Element, number>();
  let total = 0;
  for (const [el, score] of scores) {
    const chain: Element[] = [];
    let chrome = false;
    for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent as Element | null) {
      if (el !== best.el && isChromeElement(n)) {
        chrome = true;
        break;
      }
      chain.push(n);
    }
    if (chrome) continue;
    total += score;
    for (const n of chain) held.set(n, (held.get(n) ?? 0) + score);
  }
  if (best.score >= total * SCATTERED_SHARE) return best;
  let el = best.el;
  while ((held.get(el) ?? 0) < total * GATHERED_SHARE && el.parent?.type === 'tag') el = el.parent as Element;
  return ['body', 'html'].includes(el.name) || el === best.el ? best : { el, score: held.get(el) ?? 0, keep: best.el };
}

/** Text elements of a story split into sibling blocks: the wrappers climbed through single-child levels. */
const RUN_LEVELS = 4;

/** An element holding a picture and a line of text at most: a photo box between two blocks of a story. */
function isPhotoBox(el: Element, text: number): boolean {
  const stack = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    if ((n as Element).name === 'img') return text <= 200;
    stack.push(...(n as Element).children);
  }
  return false;
}

/**
 * A story that an e-mail or a page builder splits into sibling blocks (a newsletter's text boxes, each in a
 * table of its own, with a photo between them): the densest block's siblings of the same tag whose prose
 * scores a fifth of it at least (in the same language), and photo boxes between them, are the story too. The run of siblings
 * around the densest block (wrappers with one child climbed), or undefined when no sibling joins it.
 */
export function widenToProseSiblings(best: Densest, scores: Map<Element, number>, textLength: (e: Element) => number): Element[] | undefined {
  let item = best.el;
  for (let up = 0; up < RUN_LEVELS && item.parent?.type === 'tag' && onlyTagChild(item.parent as Element) === item; up++) item = item.parent as Element;
  // (a template's part: the content under a heading in a wrapper of the section's, "<section><div class=container><h2>…")
  item = headedSectionOf(item) ?? item;
  const parent = item.parent;
  // (a template's parts may be the <body>'s own children: only headed sections then)
  if (parent?.type !== 'tag' || (parent as Element).name === 'html' || ((parent as Element).name === 'body' && !isHeadedSection(item))) return undefined;
  const siblings = (parent as Element).children.filter((c): c is Element => c.type === 'tag');
  const at = siblings.indexOf(item);
  const threshold = Math.max(40, best.score * 0.2);
  // a block in another language is a translation, not more of the story
  const lang = (e: Element): string => e.attribs['lang']?.slice(0, 2).toLowerCase() ?? '';
  const prose = (e: Element | undefined): boolean =>
    !!e && e.name === item.name && lang(e) === lang(item) && !isChromeElement(e) && chainScore(e, scores, RUN_LEVELS) >= threshold;
  // (a paper's or a poster's page: the densest section, "<section><h2>초록</h2>…", and its sibling sections each under a
  // heading of its own — results in a table, acknowledgements, the corresponding author — are its parts)
  const headed = isHeadedSection;
  // (not a section of links, "<h2>같은 세션의 포스터</h2><ul><li><a>…": half its text or more in links)
  const linked = (e: Element): number => findElements(e.children, (x) => x.name === 'a').reduce((n, a) => n + textLength(a), 0);
  const part = (e: Element | undefined): boolean => headed(item) && headed(e) && !isChromeElement(e!) && textLength(e!) >= 20 && linked(e!) * 2 < textLength(e!);
  // (and the head before its first part, "<div class=poster-head><h1>…</h1><p>authors</p><p>affiliations</p>": the title's block, who wrote it and where)
  const head = (e: Element | undefined): boolean => !!e && headed(item) && !isChromeElement(e) && !headed(e) && findElements([e], (x) => x.name === 'h1', 2).length === 1 && linked(e) * 2 < textLength(e);
  const joins = (i: number, step: number): number => {
    const next = siblings[i + step];
    if (prose(next) || part(next) || (step < 0 && head(next) && !head(siblings[i]))) return 1;
    return next && isPhotoBox(next, textLength(next)) && prose(siblings[i + 2 * step]) ? 2 : 0;
  };
  let first = at;
  let last = at;
  for (let n = joins(first, -1); n > 0; n = joins(first, -1)) first -= n;
  for (let n = joins(last, 1); n > 0; n = joins(last, 1)) last += n;
  return first === at && last === at ? undefined : siblings.slice(first, last + 1);
}

/** A paragraph that reads as prose: a sentence's ending at its close. */
const PROSE_END = /[다요][.!?]["'”’]?$/;
/** The least text a wrapper's own prose paragraphs before the box must hold to be read as the story's opening. */
const LEAD_MIN = 40;

/**
 * A Q&A explainer or a feature sets its main run of paragraphs in a box of its own ("<div class=qna_box>"
 * of 문./답. pairs) after a few opening paragraphs written straight into the body container: the box is
 * the densest block, and the opening — who announced what — is left out. When the box's parent (wrappers
 * with one child climbed), outside page chrome, has prose paragraphs of its own before the box, the parent is the body.
 */
export function widenToOpeningProse(best: Densest, scores: Map<Element, number>, text: (e: Element) => string): Densest {
  let item = best.el;
  for (let up = 0; up < RUN_LEVELS && item.parent?.type === 'tag' && onlyTagChild(item.parent as Element) === item; up++) item = item.parent as Element;
  const parent = item.parent as Element | null;
  if (parent?.type !== 'tag' || ['body', 'html'].includes(parent.name) || isChromeElement(parent)) return best;
  // the opening: prose paragraphs before the box (a line after it is a tip-off box's or a copyright's)
  let opening = 0;
  for (const c of parent.children.slice(0, parent.children.indexOf(item))) {
    if (c.type !== 'tag' || (c as Element).name !== 'p') continue;
    const t = text(c as Element);
    if (PROSE_END.test(t)) opening += t.length;
  }
  return opening >= LEAD_MIN ? { el: parent, score: (scores.get(parent) ?? 0) + best.score, keep: best.el } : best;
}
