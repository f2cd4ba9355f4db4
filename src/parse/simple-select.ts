/**
 * First matches of several simple selectors (`#id`, `.class`, `[attr="value"]`) in one walk of
 * the page, with css-select's rules for them (case-sensitive values, class tokens split at white
 * space). Trying a list of body-container selectors one query at a time parses, compiles and walks
 * the page once per selector.
 */
import type { AnyNode, Element } from 'domhandler';

type Test = (el: Element) => boolean;

const tests = new Map<string, Test | null>();

function escapeRegex(value: string): string {
  return value.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

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
    const token = new RegExp(`(?:^|\\s)${escapeRegex(cls)}(?:$|\\s)`);
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
