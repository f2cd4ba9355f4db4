/**
 * Photos whose caption no class names: the layouts editors and older CMSs write around an image.
 * - a block right after an <img> in the same wrapper ("<div><img><div>사진 설명</div></div>"), unless it wraps paragraphs of a story;
 * - a short centred line right after a paragraph that holds only an image (XE, GnuBoard and other
 *   WYSIWYG editors: "<p><img></p><p style="text-align:center">설명</p>");
 * - a photo table: a <table> with an image and a line of text, no prose (머니투데이, 뉴스1 and the
 *   CMSs of the 2000s lay a photo and its caption out as two rows);
 * - an image alone in a paragraph whose alt is words, not a file name (Markdown's "![설명](a.png)").
 */
import type { AnyNode, Element } from 'domhandler';
import { textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';

const isBlank = (n: AnyNode): boolean => n.type === 'text' && !/\S/.test((n as unknown as { data: string }).data);

/** The element's previous sibling, whitespace skipped. */
function previousOf(el: Element): AnyNode | null {
  let p = el.prev;
  while (p && isBlank(p)) p = p.prev;
  return p;
}

/** An image's class naming a writer's avatar or an icon ("img.avatar" beside a chat message): no photo to caption. */
const AVATAR_CLASS = /(?:^|[\s_-])(?:avatar|userpic|user[_-]?img|profile[_-]?(?:img|pic|photo|image)|icon|emoji|emoticon)(?:$|[\s_-])/i;

const isImage = (n: AnyNode | null): boolean => n?.type === 'tag' && (n as Element).name === 'img' && !AVATAR_CLASS.test((n as Element).attribs?.['class'] ?? '');

/** An element whose only content is an image, alone or in a link or span ("<p><a><img></a></p>"). */
function holdsOnlyImage(el: Element): boolean {
  let node: Element = el;
  for (let depth = 0; depth < 3; depth++) {
    const kids = node.children.filter((c) => !isBlank(c));
    if (kids.length !== 1 || kids[0]!.type !== 'tag') return false;
    const only = kids[0] as Element;
    if (only.name === 'img') return true;
    if (!['a', 'span', 'picture', 'strong', 'b'].includes(only.name)) return false;
    node = only;
  }
  return false;
}

function isCentred(el: Element): boolean {
  const a = el.attribs ?? {};
  return a['align']?.toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(a['style'] ?? '');
}

/** A story's wrapper: an element holding paragraphs or headings of its own ("<div class="post-body"><p>…</p><h3>…</h3>"). */
function holdsStory(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag' && /^(?:p|h[1-6])$/.test((c as Element).name)) && normalizeSpace(textOfNodes([el])).length > 200;
}

/**
 * A short block under an image: right after an <img> (not the story's wrapper after a hero image), or centred right after a
 * paragraph of only an image.
 */
export function isUnderImage(el: Element): boolean {
  const prev = previousOf(el);
  if (isImage(prev)) return !holdsStory(el);
  if (!prev || prev.type !== 'tag' || !isCentred(el) || !holdsOnlyImage(prev as Element)) return false;
  return normalizeSpace(textOfNodes([el])).length <= 200;
}

/** A <table> that lays out a photo and its caption: an image, at most 200 characters and no paragraph. */
export function isPhotoTable(el: Element): boolean {
  if (el.name !== 'table') return false;
  let image = false;
  let text = 0;
  const stack: AnyNode[] = [...el.children];
  // stops at the first paragraph, inner table or 400 characters of raw text: a long table is walked a little only
  while (stack.length > 0 && text <= 400) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') text += (n as unknown as { data: string }).data.length;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === 'img') image = true;
    else if (e.name === 'p' || e.name === 'table') return false;
    for (const c of e.children) stack.push(c);
  }
  return image && stack.length === 0 && normalizeSpace(textOfNodes([el])).length <= 200;
}

/** The alt text of an image that is all its paragraph holds, when it is words and not a file name. */
export function loneImageCaption(img: Element): string | undefined {
  const parent = img.parent;
  if (parent?.type !== 'tag' || (parent as Element).name !== 'p' || !holdsOnlyImage(parent as Element)) return undefined;
  const alt = normalizeSpace(img.attribs?.['alt'] ?? '');
  return alt.length >= 8 && /\s/.test(alt) && !/\.(?:png|jpe?g|gif|webp|svg)$/i.test(alt) ? alt : undefined;
}

/** Whether an image is anywhere inside the element. */
export function holdsImage(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag') continue;
    if ((n as Element).name === 'img') return true;
    stack.push(...(n as Element).children);
  }
  return false;
}
