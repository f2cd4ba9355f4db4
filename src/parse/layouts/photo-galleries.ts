/**
 * A photo-news page ("[포토] …", a photo essay) tells its story in the captions of a run of photos: a short lead
 * paragraph, then figure after figure whose caption is a few sentences ("▲25일 … 발표하고 있다. /사진=…"). The lead is
 * the densest block of <p>s, and captions are no paragraphs, so the story would be left out. When a block outside page
 * chrome holds three photos or more with a caption of a sentence or longer each, and their captions together hold more
 * text than the densest block, the lead and that gallery are the body.
 */
import type { AnyNode, Element } from 'domhandler';
import { textOfNodes } from '../dom.js';
import { CAPTION_CLASS } from '../figure-captions.js';
import { insideChrome } from '../chrome-elements.js';
import { normalizeSpace } from '../text.js';
import type { Densest } from './items.js';

/** The least text a photo's caption holds to tell part of the story (a sentence, not a credit or a name). */
const CAPTION_MIN = 40;
/** The least number of such photos a gallery holds. */
const GALLERY_MIN = 3;

const isCaption = (e: Element): boolean => e.name === 'figcaption' || CAPTION_CLASS.test(e.attribs?.['class'] ?? '');

/** True when an <img> is under `el` (iterative: a page may nest deep). */
function holdsImage(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    if ((n as Element).name === 'img') return true;
    for (const c of (n as Element).children) stack.push(c);
  }
  return false;
}

/** The length of a photo's own caption (a direct child that is a figcaption or a caption-classed element), 0 when none. */
function captionLength(el: Element): number {
  for (const c of el.children) {
    if (c.type === 'tag' && isCaption(c as Element)) return normalizeSpace(textOfNodes([c])).length;
  }
  return 0;
}

interface Gallery {
  el: Element;
  length: number;
  photos: number;
}

/** Each element's place in document order, and the blocks that hold photos with long captions (by their parent). */
function findGalleries(roots: readonly AnyNode[]): { order: Map<Element, number>; galleries: Map<Element, Gallery> } {
  const order = new Map<Element, number>();
  const galleries = new Map<Element, Gallery>();
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const el = n as Element;
    order.set(el, order.size);
    const len = el.name === 'figcaption' ? 0 : captionLength(el);
    const parent = el.parent?.type === 'tag' ? (el.parent as Element) : undefined;
    if (len >= CAPTION_MIN && parent && holdsImage(el)) {
      const g = galleries.get(parent) ?? { el: parent, length: 0, photos: 0 };
      g.length += len;
      g.photos++;
      galleries.set(parent, g);
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return { order, galleries };
}

const contains = (outer: Element, inner: Element): boolean => {
  for (let n: Element | null = inner; n && n.type === 'tag'; n = n.parent as Element | null) if (n === outer) return true;
  return false;
};

/**
 * The densest block widened to a photo gallery beside it that tells more of the story than it does (see above): a run of
 * the block and the gallery in page order, the gallery alone when it holds the block, else `best` unchanged.
 */
export function widenToPhotoGallery(best: Densest, roots: readonly AnyNode[]): Densest {
  const { order, galleries } = findGalleries(roots);
  let top: Gallery | undefined;
  for (const g of galleries.values()) {
    if (g.photos >= GALLERY_MIN && g.length > best.score && (!top || g.length > top.length) && !insideChrome(g.el)) top = g;
  }
  if (!top || contains(best.el, top.el)) return best;
  if (['body', 'html'].includes(top.el.name)) return best;
  if (contains(top.el, best.el)) return { el: top.el, score: top.length + best.score };
  const run = [best.el, top.el].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { el: top.el, score: top.length + best.score, run };
}
