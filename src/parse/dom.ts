/** DOM helpers that never recurse: deeply nested pages cannot overflow the stack. */
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** The text content of the selection (scripts and styles left out), like cheerio's `.text()`. */
export function textOf(selection: Cheerio<AnyNode>): string {
  const parts: string[] = [];
  const stack: AnyNode[] = selection.toArray().slice().reverse();
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (n.type === 'tag' && NO_TEXT.has(el.name)) continue;
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    }
  }
  return parts.join('');
}
