/** Walks an article container in document order and cuts it into raw blocks at block tags and <br>. */
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from './types.js';
import { normalizeSpace } from './text.js';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'button', 'form', 'nav', 'footer', 'aside', 'svg',
  'select', 'input', 'textarea', 'template', 'object', 'embed', 'video', 'audio', 'canvas', 'map', 'head', 'link', 'meta',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'table', 'tr', 'td', 'th',
  'tbody', 'thead', 'dl', 'dd', 'dt', 'pre', 'address', 'center', 'body', 'html',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STRONG_TAGS = new Set(['strong', 'b']);
const CAPTION_CLASS = /(?:^|[\s_-])(?:img_desc|caption|txt_caption|photo_desc|img_caption|photo_caption|figcaption|imgtxt|img_txt)(?:$|[\s_-])/i;

export interface WalkOptions {
  /** Use an image's alt text as its caption when the figure has no figcaption. */
  captionFromAlt: boolean;
}

interface Context {
  kind: BlockKind;
  inStrong: boolean;
}

function classOf(el: Element): string {
  return el.attribs?.['class'] ?? '';
}

function hasFigcaption(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const e = n as Element;
      if (e.name === 'figcaption' || CAPTION_CLASS.test(classOf(e))) return true;
      stack.push(...e.children);
    }
  }
  return false;
}

/** Turns the nodes under `roots` into blocks of one kind each, in document order. */
export function walkBlocks(roots: AnyNode[], options: WalkOptions): RawBlock[] {
  const out: RawBlock[] = [];
  let parts: string[] = [];
  let kind: BlockKind = 'body';
  let sawPlain = false;

  const flush = (): void => {
    const text = normalizeSpace(parts.join(''));
    if (text !== '') {
      let k = kind;
      if (k === 'body' && !sawPlain && text.length <= 80 && !/[다요]\.?["'”’]?$/.test(text)) k = 'heading';
      out.push({ kind: k, text });
    }
    parts = [];
    sawPlain = false;
  };

  const append = (s: string, ctx: Context): void => {
    if (parts.length === 0 || normalizeSpace(parts.join('')) === '') kind = ctx.kind;
    parts.push(s);
    if (!ctx.inStrong && s.trim() !== '') sawPlain = true;
  };

  const visit = (node: AnyNode, ctx: Context): void => {
    if (node.type === 'text') {
      append((node as unknown as { data: string }).data, ctx);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'img') {
      const alt = normalizeSpace(el.attribs?.['alt'] ?? '');
      if (ctx.kind === 'caption' && options.captionFromAlt && alt.length >= 8) {
        flush();
        append(alt, ctx);
        flush();
      }
      return;
    }
    if (name === 'figure' || CAPTION_CLASS.test(classOf(el)) || name === 'figcaption') {
      const isCaption = name === 'figcaption' || CAPTION_CLASS.test(classOf(el));
      const inner: Context = { kind: 'caption', inStrong: false };
      flush();
      if (name === 'figure' && hasFigcaption(el)) {
        // The figcaption is the caption: the alt text would only repeat it.
        for (const c of el.children) if (c.type !== 'tag' || (c as Element).name !== 'img') visitNoAlt(c, inner);
      } else {
        for (const c of el.children) visit(c, isCaption || name === 'figure' ? inner : ctx);
      }
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(name) || HEADING_TAGS.has(name);
    if (isBlock) flush();
    const next: Context = {
      kind: HEADING_TAGS.has(name) && ctx.kind === 'body' ? 'heading' : ctx.kind,
      inStrong: ctx.inStrong || STRONG_TAGS.has(name) || HEADING_TAGS.has(name),
    };
    for (const c of el.children) visit(c, next);
    if (isBlock) flush();
  };

  /** Visits a figure's children while ignoring images (their alt repeats the figcaption). */
  const visitNoAlt = (node: AnyNode, ctx: Context): void => {
    if (node.type === 'tag' && (node as Element).name === 'img') return;
    if (node.type === 'tag') {
      const el = node as Element;
      if (el.name === 'figcaption' || CAPTION_CLASS.test(classOf(el))) {
        visit(el, ctx);
        return;
      }
      if (SKIP_TAGS.has(el.name)) return;
      if (el.name === 'br') return flush();
      for (const c of el.children) visitNoAlt(c, ctx);
      return;
    }
    visit(node, ctx);
  };

  for (const r of roots) visit(r, { kind: 'body', inStrong: false });
  flush();
  return out;
}
