/** Forms that are no input box: a post rendered inside its own edit form. */
import type { AnyNode, Element } from 'domhandler';
import { textOfNodes } from './dom.js';

/** Controls a reader can see and use in a form: any of them makes the form an input box, not a post. */
const VISIBLE_CONTROL = /^(?:textarea|select|button)$/;

/**
 * A post rendered inside its own edit form ("<form class=usertext><div class=md><p>…</p></div></form>", a thread's post and each
 * reply on a discussion platform): prose paragraphs and no control a reader could type into or press (hidden inputs only).
 */
export function isRenderedPost(el: Element): boolean {
  let prose = false;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const c = n as Element;
    if (VISIBLE_CONTROL.test(c.name) || (c.name === 'input' && (c.attribs?.['type'] ?? 'text').toLowerCase() !== 'hidden')) return false;
    if (c.name === 'p' && textOfNodes([c]).trim().length >= 20) prose = true;
    for (const k of c.children) stack.push(k);
  }
  return prose;
}
