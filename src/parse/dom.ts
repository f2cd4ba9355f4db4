/** DOM helpers that never recurse: deeply nested pages cannot overflow the stack. */
import type { Cheerio } from 'cheerio';
import type { AnyNode, Document, Element } from 'domhandler';

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Inline elements a paragraph may hold. */
export const INLINE_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'br', 'sup', 'sub', 'u', 'mark', 'font', 'small', 'code', 'q', 'cite', 'abbr', 'time', 'wbr']);

/** The text content of the selection (scripts and styles left out), like cheerio's `.text()`. */
export function textOf(selection: Cheerio<AnyNode>): string {
  return textOfNodes(selection.toArray());
}

const BOLD_TAGS: ReadonlySet<string> = new Set(['strong', 'b']);

/**
 * A card's bold label followed straight by a classed <span> ("<strong>NAME</strong><span class=…>POST</span>"
 * in a team list): the stylesheet shows them apart, so the text wants a space between the two.
 */
export function isCardLabelPair(a: AnyNode, b: AnyNode): boolean {
  return a.type === 'tag' && b.type === 'tag' && BOLD_TAGS.has((a as Element).name) && (b as Element).name === 'span' && (!!(b as Element).attribs?.['class'] || isFigure(a as Element));
}

/** A bold figure alone, a score card's number ("<strong>81.4</strong><span>X 평균</span>"): its label is apart from it too. */
function isFigure(el: Element): boolean {
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return only?.type === 'text' && /^\s?\d{1,4}(?:[.,]\d{1,3})?\s?(?:%|점)?\s?$/.test((only as unknown as { data: string }).data);
}

/** A class token that names one part of a poster's name card on a forum ("username", "full-name", "user-title"). */
const NAME_PART_TOKEN = /^(?:username|user-?name|full-?name|user-?title|display-?name|nickname|real-?name)$/i;

function namesPart(n: AnyNode): boolean {
  return n.type === 'tag' && (n as Element).name === 'span' && ((n as Element).attribs?.['class'] ?? '').split(/\s+/).some((t) => NAME_PART_TOKEN.test(t));
}

/**
 * Two side by side parts of a poster's name card ("<span class=username>ID</span><span class=full-name>NAME</span><span
 * class=user-title>COMPANY TITLE</span>"): a page's style sets them apart, so the text needs a space between them.
 */
export function isNamePartPair(a: AnyNode, b: AnyNode): boolean {
  return namesPart(a) && namesPart(b);
}

/** The text content of DOM nodes (scripts and styles left out). */
export function textOfNodes(nodes: readonly AnyNode[]): string {
  return shortTextOf(nodes, Infinity)!;
}

/**
 * The text content of `nodes` (scripts and styles left out), or undefined once it passes `limit` characters or `limit` nodes:
 * for checks that want a short text (a label, a heading). Reading each of a thousand nested elements' whole text was quadratic.
 */
export function shortTextOf(nodes: readonly AnyNode[], limit: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: AnyNode[] = nodes.slice().reverse();
  while (stack.length > 0) {
    if (++visited > limit) return undefined;
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      if ((length += data.length) > limit) return undefined;
      parts.push(data);
    } else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (n.type === 'tag' && NO_TEXT.has(el.name)) continue;
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    }
  }
  return parts.join('');
}

/**
 * The elements under `roots` (not the roots themselves) that pass `test`, in document order, at most `max` of them;
 * the walk goes on into a matching element's children.
 */
export function findElements(roots: readonly AnyNode[], test: (el: Element) => boolean, max = Infinity): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let r = roots.length - 1; r >= 0; r--) {
    const kids = (roots[r] as Element).children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  while (stack.length > 0 && out.length < max) {
    const n = stack.pop() as AnyNode;
    // (<script> and <style> are elements too, of their own node types)
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    if (test(el)) out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  return out;
}

/** An element's child elements (text and comments left out). */
export function childElements(el: Element): Element[] {
  return el.children.filter((c): c is Element => c.type === 'tag');
}

/** An element's first child element. */
export function firstChildElement(el: Element): Element | undefined {
  return el.children.find((c): c is Element => c.type === 'tag');
}

/** True when `ancestor` is above `node` in the tree (`node` itself is not its own descendant). */
export function isDescendantOf(node: AnyNode, ancestor: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** An element's class and id tokens ("comment maker" and "c12" → ["comment", "maker", "c12"]). */
export function tokensOf(el: Element): string[] {
  const cls = el.attribs?.['class'] ?? '';
  const id = el.attribs?.['id'] ?? '';
  return `${cls} ${id}`.split(/\s+/).filter((t) => t !== '');
}

/** A table's rows in document order (through its thead/tbody/tfoot), not those of tables nested in it. */
export function tableRowsOf(table: Element): Element[] {
  return findElements([table], (e) => e.name === 'tr').filter((tr) => {
    let up = tr.parent as Element | null;
    while (up && up.name !== 'table') up = up.parent as Element | null;
    return up === table;
  });
}

/** Text made safe to put between tags: &, < and > escaped. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Elements that a browser keeps in <head> when they come before any content. */
const HEAD_TAGS = new Set(['head', 'title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

function hasBody(nodes: readonly AnyNode[]): boolean {
  for (const n of nodes) {
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el.name === 'body') return true;
    if (el.name === 'html' && hasBody(el.children)) return true;
  }
  return false;
}

/**
 * Gives a page parsed by htmlparser2 the <body> a browser (and parse5) would create: fragments
 * (the Daum fragment layout starts with bare text) get their content, after any leading head
 * elements, wrapped in a body element. Pages that have a <body> are left as they are.
 * `makeBody` returns a new empty, detached body element.
 */
export function ensureBody(root: Document, makeBody: () => Element): void {
  if (hasBody(root.children)) return;
  const html = root.children.find((n) => n.type === 'tag' && (n as Element).name === 'html') as Element | undefined;
  const parent: Element | Document = html ?? root;
  const kids = parent.children;
  let i = 0;
  while (i < kids.length) {
    const n = kids[i] as AnyNode;
    const skippable =
      n.type === 'directive' || n.type === 'comment' ||
      (n.type === 'text' && (n as unknown as { data: string }).data.trim() === '') ||
      ((n.type === 'tag' || n.type === 'script' || n.type === 'style') && HEAD_TAGS.has((n as Element).name));
    if (!skippable) break;
    i++;
  }
  const moved = kids.slice(i);
  const body = makeBody();
  body.children = moved;
  for (const n of moved) n.parent = body;
  if (moved[0]) moved[0].prev = null;
  const before = kids[i - 1] ?? null;
  body.parent = parent;
  body.prev = before;
  body.next = null;
  if (before) before.next = body;
  parent.children = kids.slice(0, i);
  parent.children.push(body);
}

const FOOTER_NAME = /footer|copyright/i;

/** True inside the page's footer: a <footer>, or an element whose id or class names one. */
export function insideFooter(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent?.type === 'tag' ? (p.parent as Element) : null) {
    if (p.name === 'footer' || FOOTER_NAME.test(p.attribs.id ?? '') || FOOTER_NAME.test(p.attribs.class ?? '')) return true;
  }
  return false;
}

/** The element right after `el` among its siblings (text and comments between skipped). */
export function nextElement(el: AnyNode): Element | undefined {
  let x = el.next;
  while (x && x.type !== 'tag') x = x.next;
  return (x as Element | null) ?? undefined;
}

/** The element right before `el` among its siblings (text and comments between skipped). */
export function previousElement(el: AnyNode): Element | undefined {
  let x = el.prev;
  while (x && x.type !== 'tag') x = x.prev;
  return (x as Element | null) ?? undefined;
}

/** True for a paragraph that is a link: inside an <a> (three levels up at most), or whose text is four fifths link text. */
export function isLinkText(el: Element, textLength: number): boolean {
  let up = el.parent;
  for (let i = 0; i < 3 && up?.type === 'tag'; i++, up = up.parent) if ((up as Element).name === 'a') return true;
  // (the outermost links only: htmlparser2 lets unclosed <a>s nest, and counting each again was quadratic)
  let linked = 0;
  const stack: AnyNode[] = el.children.slice();
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === 'a') linked += textOfNodes([e]).replace(/\s+/g, ' ').trim().length;
    else for (const c of e.children) stack.push(c);
  }
  return linked >= textLength * 0.8;
}

/** True inside an element named `name` (an ancestor of `el`, not `el` itself). */
export function insideTag(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name === name) return true;
  return false;
}

/** True inside an <article> element. */
export function insideArticle(el: Element): boolean {
  return insideTag(el, 'article');
}
