/**
 * A discussion page with no story of its own — a link aggregator's item page, a mailing-list archive's thread — is its
 * posts: each post's text sits in an element of one class ("<div class=commtext>", "<div class=post-body>") inside its
 * own row or card, and the densest block is only the longest post. When at least three elements share the densest
 * block's tag and class, none inside another, and together hold at least twice its text, the page is all of them, in
 * page order.
 */
import type { AnyNode, Element } from 'domhandler';

/** The fewest posts a thread is read from. */
const MIN_POSTS = 3;

function firstClassOf(el: Element): string | undefined {
  const cls = el.attribs?.['class'];
  return cls ? cls.trim().split(/\s+/)[0] || undefined : undefined;
}

/** The elements with `name` and first class token `token`, in page order, skipping those inside an earlier one. */
function collectPosts(root: AnyNode, name: string, token: string): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    if (n.type === 'tag' && el.name === name && firstClassOf(el) === token) {
      out.push(el);
      continue;
    }
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

function rootOf(el: Element): AnyNode {
  let n: AnyNode = el;
  while (n.parent) n = n.parent;
  return n;
}

/**
 * The posts of a thread whose longest post is `densest` (see the file comment), else undefined. `length` measures an
 * element's text.
 */
export function readThreadPosts(densest: Element, length: (e: Element) => number): Element[] | undefined {
  const token = firstClassOf(densest);
  if (!token) return undefined;
  const posts = collectPosts(rootOf(densest), densest.name, token);
  if (posts.length < MIN_POSTS || !posts.includes(densest)) return undefined;
  const own = length(densest);
  let total = 0;
  for (const p of posts) total += length(p);
  return total >= own * 2 ? posts : undefined;
}
