/**
 * First matches of several simple selectors (`#id`, `.class`, `[attr="value"]`) in one walk of
 * the page, with css-select's rules for them (case-sensitive values, class tokens split at white
 * space). Trying a list of body-container selectors one query at a time parses, compiles and walks
 * the page once per selector.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import { _compileUnsafe as compileQuery, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

type Test = (el: Element) => boolean;

const tests = new Map<string, Test | null>();

/** The element test of one simple selector, or null when the selector is not one of the simple forms. */
function testOf(selector: string): Test | null {
  let t = tests.get(selector);
  if (t !== undefined) return t;
  let m: RegExpExecArray | null;
  if ((m = /^#([\w-]+)$/.exec(selector))) {
    const id = m[1]!;
    t = (el) => el.attribs['id'] === id;
  } else if ((m = /^\.([\w-]+)$/.exec(selector))) {
    const cls = m[1]!;
    // A class of word characters and hyphens: nothing in it needs escaping in a pattern.
    const token = new RegExp(`(?:^|\\s)${cls}(?:$|\\s)`);
    t = (el) => {
      const attr = el.attribs['class'];
      return attr != null && attr.length >= cls.length && token.test(attr);
    };
  } else if ((m = /^\[([a-z][a-z-]*)="([^"\\]*)"\]$/.exec(selector)) && !CASE_INSENSITIVE.has(m[1]!)) {
    const [, name, value] = m as unknown as [string, string, string];
    t = (el) => el.attribs[name] === value;
  } else t = null;
  tests.set(selector, t);
  return t;
}

/** Attributes css-select compares case-insensitively in HTML: left to css-select. */
const CASE_INSENSITIVE = new Set([
  'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear', 'codetype', 'color', 'compact',
  'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype', 'face', 'frame', 'hreflang', 'http-equiv', 'lang', 'language',
  'link', 'media', 'method', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'rel', 'rev', 'rules', 'scope',
  'scrolling', 'selected', 'shape', 'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

/**
 * For each selector, its first match under `root` in document order (what `$(selector).first()`
 * gives); undefined when a selector is not one of the simple forms (use cheerio then).
 */
export function firstMatches(root: AnyNode, selectors: readonly string[]): (Element | undefined)[] | undefined {
  const checks: Test[] = [];
  for (const s of selectors) {
    const t = testOf(s);
    if (!t) return undefined;
    checks.push(t);
  }
  const found: (Element | undefined)[] = selectors.map(() => undefined);
  let missing = selectors.length;
  const stack: AnyNode[] = [];
  const kids = (root as Element).children ?? [];
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  while (stack.length > 0 && missing > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    for (let i = 0; i < checks.length; i++) {
      if (found[i] === undefined && checks[i]!(el)) {
        found[i] = el;
        missing--;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  return found;
}

/** One compound of a selector list: `tag`, `#id`, `.class`, `[attr]`, `[attr="v"]`, combined without spaces. */
const COMPOUND = /^([a-z][a-z0-9]*)?((?:[#.][\w-]+|\[[a-z][\w:-]*(?:="[^"\\]*")?\])*)$/;
const PART = /[#.][\w-]+|\[([a-z][\w:-]*)(?:="([^"\\]*)")?\]/g;

const listTests = new Map<string, Test | null>();

/** The test of a comma-separated list of compounds, or null when it uses anything else (combinators, pseudo-classes…). */
function listTestOf(selector: string): Test | null {
  let t = listTests.get(selector);
  if (t !== undefined) return t;
  const alternatives: Test[] = [];
  for (const raw of selector.split(',')) {
    const c = COMPOUND.exec(raw.trim());
    if (!c || (!c[1] && !c[2])) {
      listTests.set(selector, null);
      return null;
    }
    const checks: Test[] = [];
    const tag = c[1];
    if (tag) checks.push((el) => el.name === tag);
    for (const m of (c[2] ?? '').matchAll(PART)) {
      const part = m[0];
      if (part.startsWith('[')) {
        const name = m[1]!;
        const value = m[2];
        if (CASE_INSENSITIVE.has(name)) {
          listTests.set(selector, null);
          return null;
        }
        checks.push(value === undefined ? (el) => Object.prototype.hasOwnProperty.call(el.attribs, name) && el.attribs[name] != null : (el) => el.attribs[name] === value);
      } else checks.push(testOf(part)!);
    }
    alternatives.push((el) => checks.every((f) => f(el)));
  }
  t = (el) => alternatives.some((f) => f(el));
  listTests.set(selector, t);
  return t;
}

const compiled = new Map<string, ReturnType<typeof compileQuery<AnyNode, Element>> | null>();

/**
 * css-select's compiled query for a selector (what selectAll compiles on each call), parsed and compiled once. Only for
 * selectors whose compiled form does not depend on the document: no pseudo-classes (`:scope`,
 * `:has` … read the context) and no leading combinator (a relative selector is anchored to it);
 * undefined for the others, which css-select compiles per call as before.
 */
function compiledQuery(selector: string): ReturnType<typeof compileQuery<AnyNode, Element>> | undefined {
  let q = compiled.get(selector);
  if (q === undefined) {
    q = selector.includes(':') || /(?:^|,)\s*[>+~]/.test(selector) ? null : compileQuery<AnyNode, Element>(selector);
    compiled.set(selector, q);
  }
  return q ?? undefined;
}

/**
 * `$(selector)` for lists of simple compounds (`strong.summary_view, section[dmcf-sid]`), matched
 * in one walk without parsing and compiling the selector again; anything else goes to css-select
 * from the document node. Not `$(selector)`: cheerio hands css-select the root's children as an
 * array, which it de-duplicates in quadratic time (20,000 stray top-level `<br>`s took 2 s).
 */
export function select($: CheerioAPI, selector: string): Cheerio<Element> {
  const test = listTestOf(selector);
  if (!test) return $(selectAll<AnyNode, Element>(compiledQuery(selector) ?? selector, $.root()[0] as AnyNode));
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  const kids = ($.root()[0] as unknown as Element).children;
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    if (test(el)) out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  return $(out);
}
