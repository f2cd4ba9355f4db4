/** Walks an article container in document order and cuts it into raw blocks at block tags and <br>. */
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from './types.js';
import { normalizeSpace, TABLE_RULE } from './text.js';
import { isRenderedPost } from './rendered-posts.js';
import { isStoryTableBox } from './story-boxes.js';
import { isCardLabelPair, isNamePartPair, shortTextOf } from './dom.js';
import { ITEM_LINE as BULLET_LINE } from './bullets.js';
import { isWrappedCell } from './wrapped-cells.js';
import { holdsImage, isPhotoTable, isUnderImage, loneImageCaption } from './photo-boxes.js';
import { labelSeparator, specListPart } from './key-value-lists.js';
import { pipeRow, preformattedTableRows } from './ruled-tables.js';
import { holdsTypedLines } from './typed-lines.js';
import { altDataText, altSaysMore, CAPTION_CLASS, figcaptionText } from './figure-captions.js';

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

export interface WalkOptions {
  /** Use an image's alt text as its caption when the figure has no figcaption. */
  captionFromAlt: boolean;
  /**
   * Every <br> ends a block (summary lines). Otherwise a single <br> inside running text that has
   * no sentence end yet is a line wrap (a space), and two <br>s or a <br> after a sentence end break.
   */
  hardBreaks?: boolean;
}

/** Text that ends like a sentence or a closed quote/bracket: a <br> after it breaks the paragraph. */
const ENDS_BLOCK = /[.?!。…"'”’)\]」』]\s*$/;
/**
 * A row of a bar chart written as text ("모델 ████ 81.4"): a line of its own, as a table row is. The bar is
 * matched from its first block only (the lookbehind): tried from every block of a long bar, it was quadratic.
 */
export const BAR_ROW = /(?<![█▇▆▅▄▃▂▁■▮▬▰▩])[█▇▆▅▄▃▂▁■▮▬▰▩]{2,}\s*\d{1,3}(?:\.\d{1,4})?\s?(?:점|%)?\s*$/;
/** A text-table line of three or more cells between spaced pipes ("형식: 날짜 | 모델 | 크기"): a line of its own, as a table row is. */
const PIPE_LINE = /^[^|\n]*(?:\s\|\s[^|\n]*){2,}$/;
/**
 * A list of two or more named numbers between spaced slashes ("모델 : 벤치A 61.2 / 벤치B 70.4"): a score row written as a
 * line, a line of its own as a table row is (the next line, another model's row, is no wrap of it). Tried on short lines only.
 */
const SLASH_SCORE_LINE = /^[^/\n]{0,80}?\S\s?\d{1,4}(?:\.\d{1,3})?\s?(?:%|점)?(?:\s\/\s[^/\n\d]{1,40}?\s?\d{1,4}(?:\.\d{1,3})?\s?(?:%|점)?)+\s*$/;
const isSlashScoreLine = (line: string): boolean => line.length <= 300 && SLASH_SCORE_LINE.test(line);

/** A line that opens on a rank ("1위 모델 (개발사) 78.4", "3등 …"): a ranking's row, a line of its own as an item is. */
const RANK_LINE = /^\s*\d{1,3}\s?(?:위|등)[.:)]?\s/;
/** A line that opens an item of its own: a bullet or a rank. */
const isItemLine = (line: string): boolean => BULLET_LINE.test(line) || RANK_LINE.test(line);

interface Context {
  kind: BlockKind;
  inStrong: boolean;
  /** Inside a figure that has a figcaption: image alt text is ignored unless it says more than the caption. */
  skipImg: boolean;
  /** The text of that figure's caption (to tell an alt text that repeats it from one that carries the card's text). */
  figCaption?: string;
  /** Inside an element styled to keep its line breaks (a social post's "whitespace-pre-wrap" text): a newline ends a block. */
  preWrap?: boolean;
  /** Inside a short table cell split into paragraphs (see isWrappedCell): its paragraphs are one cell's lines, joined. */
  inCell?: boolean;
}

/** A class or style that keeps the text's own line breaks (CSS white-space: pre-wrap / pre-line, or a utility class for it). */
const KEEPS_LINES = /(?:^|[\s;"'])(?:white-space\s?:\s?pre-(?:wrap|line)|whitespace-pre-(?:wrap|line)|pre-wrap|pre-line)(?:$|[\s;"'])/i;

function keepsLines(el: Element): boolean {
  // (a <pre> keeps its lines too: a Markdown table or a YAML block written in one is a line per row or key)
  return el.name === 'pre' || KEEPS_LINES.test(` ${classOf(el)} ${el.attribs?.['style'] ?? ''} `) || holdsTypedLines(el);
}

function classOf(el: Element): string {
  return el.attribs?.['class'] ?? '';
}

/** A code block's language, as blog editors mark it ("language-bash", class "bash", data-ke-language="bash"). */
const PROGRAM_LANGUAGE = /^(?:bash|sh|shell|zsh|console|powershell|cmd|bat|python|py|javascript|js|typescript|ts|java|kotlin|go|rust|c|cpp|c\+\+|csharp|ruby|php|sql|dockerfile)$/i;

/** A <pre> of shell commands or program code (its language says so): no prose, and its words are no names. YAML, JSON and plain text blocks stay. */
export function isProgramCode(pre: Element): boolean {
  const code = pre.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'code');
  const marks = [classOf(pre), pre.attribs?.['data-ke-language'] ?? '', pre.attribs?.['data-language'] ?? '', code ? classOf(code) : ''].join(' ');
  if (marks.split(/\s+/).some((w) => PROGRAM_LANGUAGE.test(w.replace(/^(?:language|lang)-/, '')))) return true;
  // (unmarked, a block whose every line is a command: "./llama-cli -m x.gguf -p \"…\"", "$ pip install …")
  const lines = (shortTextOf([pre], 2000) ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.length <= 20 && lines.every((l) => SHELL_LINE.test(l));
}

/** A shell command line: a prompt, a program run from a path, or a common command and its arguments. */
const SHELL_LINE = /^(?:[$>]\s|\.{1,2}\/[\w.-]|(?:sudo|pip3?|python3?|git|docker|curl|wget|npm|npx|ollama|huggingface-cli|make|cmake|cd|export)\s)/;

const FOOTNOTE_CLASS = /(?:^|[\s_-])(?:fn|footnote|foot|note|ref|reference|cite)(?:$|[\s_-])/i;
/** "1)", "[2]", "(3)", "*": a footnote reference, not a superscript digit ("m²", "10⁹"), unless its class names it. */
const FOOTNOTE_MARK = /^(?:[[(]?\d{1,3}[)\]]|\[\d{1,3}|\*{1,3}|†|‡)$/;

/** A <sup> that marks a footnote: glued to a word ("2.0<sup>2)</sup>") it would change the name. */
function isFootnoteMarker(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  let text = '';
  while (stack.length > 0 && text.length <= 8) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') text = (n as unknown as { data: string }).data + text;
    else if (n.type === 'tag') stack.push(...(n as Element).children);
  }
  const t = text.trim();
  if (t.length > 8) return false;
  if (FOOTNOTE_MARK.test(t)) return true;
  if (!/^\d{1,3}$/.test(t)) return false;
  // (a bare digit after a decimal or a percentage, "71.1<sup>3</sup>", "62.4%<sup>2</sup>", is a note's mark: no power is written so)
  const before = el.prev?.type === 'text' ? (el.prev as unknown as { data: string }).data : '';
  return FOOTNOTE_CLASS.test(classOf(el)) || el.children.some((c) => c.type === 'tag' && (c as Element).name === 'a') || DECIMAL_END.test(before);
}

/** Text ending on a decimal number or a percentage. */
const DECIMAL_END = /\d\.\d+%?$|\d%$/;

/** Turns the nodes under `roots` into blocks of one kind each, in document order. */
export function walkBlocks(roots: AnyNode[], options: WalkOptions): RawBlock[] {
  const out: RawBlock[] = [];
  /** Each element's first caption under it, for figures (see captionUnder). */
  const captions = new Map<Element, Element | null>();
  let parts: string[] = [];
  let kind: BlockKind = 'body';
  let sawPlain = false;
  let hasText = false;

  const flush = (): void => {
    const text = parts.length ? normalizeSpace(parts.join('')) : '';
    if (text !== '') {
      let k = kind;
      if (k === 'body' && !sawPlain && text.length <= 80 && !/[다요]\.?["'”’]?$/.test(text)) k = 'heading';
      out.push({ kind: k, text });
    }
    parts = [];
    sawPlain = false;
    hasText = false;
    softBreak = -1;
  };

  /** Index in `parts` of a soft line break not yet followed by text. */
  let softBreak = -1;
  const breakLine = (): void => {
    if (!hasText) return;
    const visibleSinceSoft = softBreak >= 0 && parts.slice(softBreak).some((p) => p.trim() !== '');
    if (options.hardBreaks || !sawPlain || (softBreak >= 0 && !visibleSinceSoft)) return flush();
    let k = parts.length - 1;
    while (k >= 0 && (parts[k] as string).trim() === '') k--;
    const line = parts.join('');
    if (ENDS_BLOCK.test(parts[k] ?? '') || BAR_ROW.test(line) || PIPE_LINE.test(line.trim()) || isSlashScoreLine(line.trim()) || isItemLine(line)) return flush();
    parts.push(' ');
    softBreak = parts.length;
  };

  const append = (s: string, ctx: Context): void => {
    const blank = s.trim() === '';
    // a line after a soft <br> that starts with a list bullet is an item of its own
    if (!blank && softBreak >= 0 && softBreak === parts.length && isItemLine(s)) {
      parts.pop();
      flush();
    }
    // The block takes the kind of its first visible text.
    if (!hasText && !blank) {
      kind = ctx.kind;
      hasText = true;
    }
    parts.push(s);
    if (!ctx.inStrong && !blank) sawPlain = true;
  };

  /** Work items: a node to visit in a context, or the end of a block (flush). Iterative: deep pages cannot overflow the stack. */
  type Item = { node: AnyNode; ctx: Context } | { text: string; ctx: Context } | 'end';
  const stack: Item[] = [];
  const pushChildren = (el: Element, ctx: Context): void => {
    for (let i = el.children.length - 1; i >= 0; i--) {
      stack.push({ node: el.children[i] as AnyNode, ctx });
      if (i > 0 && (isCardLabelPair(el.children[i - 1] as AnyNode, el.children[i] as AnyNode) || isNamePartPair(el.children[i - 1] as AnyNode, el.children[i] as AnyNode))) stack.push({ text: ' ', ctx });
    }
  };

  const visit = (node: AnyNode, ctx: Context): void => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (!ctx.preWrap || !data.includes('\n')) return append(data, ctx);
      // (every line its own: a post's author breaks lines where a page would start a paragraph or an item)
      // (a Markdown table's header rule in a <pre> is no row: "|---|---|")
      // (a fixed-width table among the lines is read cell by cell: "A   -   66.0" → "A | - | 66.0")
      const lines = data.split('\n');
      const table = data.includes('  ') ? preformattedTableRows(lines) : undefined;
      lines.forEach((line, i) => {
        if (i > 0) flush();
        if (!TABLE_RULE.test(line)) append(table?.has(i) ? pipeRow(line, table.get(i)) : line, ctx);
      });
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if ((SKIP_TAGS.has(name) && !(name === 'form' && isRenderedPost(el)) && !isStoryTableBox(el)) || (name === 'pre' && isProgramCode(el))) return;
    if (name === 'br') return ctx.inCell ? append(' ', ctx) : breakLine();
    if (name === 'sup' && isFootnoteMarker(el)) return;
    if (name === 'img') {
      // a score table or a comparison slide given only as an image's alt text is the story's data, body text wherever it sits
      const data = options.captionFromAlt ? altDataText(normalizeSpace(el.attribs?.['alt'] ?? ''), ctx.figCaption) : undefined;
      if (data) {
        flush();
        append(data, { ...ctx, kind: 'body' });
        return flush();
      }
      const lone = ctx.kind === 'body' && options.captionFromAlt ? loneImageCaption(el) : undefined;
      if (lone) {
        flush();
        append(lone, { ...ctx, kind: 'caption' });
        flush();
      }
      if (ctx.kind === 'caption' && options.captionFromAlt) {
        const alt = normalizeSpace(el.attribs?.['alt'] ?? '');
        // a card's own text is the story itself (a card-news page): body, not a caption
        const card = ctx.skipImg && altSaysMore(alt, ctx.figCaption ?? '');
        if (card || (!ctx.skipImg && alt.length >= 8)) {
          flush();
          append(alt, card ? { ...ctx, kind: 'body' } : ctx);
          flush();
        }
      }
      return;
    }
    const isCaption = name === 'figcaption' || CAPTION_CLASS.test(classOf(el)) || (BLOCK_TAGS.has(name) && isUnderImage(el));
    if (name === 'figure' || isCaption || isPhotoTable(el)) {
      flush();
      stack.push('end');
      // With a figcaption, the alt text would only repeat it: images are skipped.
      const figCaption = name === 'figure' ? figcaptionText(el, captions) : undefined;
      const skipImg = ctx.skipImg || figCaption !== undefined;
      pushChildren(el, { kind: 'caption', inStrong: false, skipImg, figCaption: figCaption ?? ctx.figCaption });
      return;
    }
    const isBlock = BLOCK_TAGS.has(name) || HEADING_TAGS.has(name);
    // a data table in a photo's or a card's text (a card-news slide's score table) is no caption: its cells are read as a table's
    if (name === 'table' && ctx.kind === 'caption' && !holdsImage(el)) {
      flush();
      stack.push('end');
      pushChildren(el, { ...ctx, kind: 'body' });
      return;
    }
    // a spec list's label and value make one "label: value" line
    const part = specListPart(el);
    if (part === 'label') {
      flush();
      stack.push({ text: labelSeparator(el), ctx });
    } else if (part === 'value') {
      stack.push('end');
    } else if (isBlock && ctx.inCell) {
      stack.push({ text: ' ', ctx });
    } else if (isBlock) {
      flush();
      stack.push('end');
    }
    pushChildren(el, {
      kind: HEADING_TAGS.has(name) && ctx.kind === 'body' ? 'heading' : ctx.kind,
      inStrong: ctx.inStrong || STRONG_TAGS.has(name) || HEADING_TAGS.has(name),
      skipImg: ctx.skipImg,
      figCaption: ctx.figCaption,
      preWrap: ctx.preWrap || keepsLines(el),
      inCell: ctx.inCell || ((name === 'td' || name === 'th') && isWrappedCell(el)),
    });
  };

  for (let r = roots.length - 1; r >= 0; r--) stack.push({ node: roots[r] as AnyNode, ctx: { kind: 'body', inStrong: false, skipImg: false } });
  while (stack.length > 0) {
    const item = stack.pop() as Item;
    if (item === 'end') flush();
    else if ('text' in item) append(item.text, item.ctx);
    else visit(item.node, item.ctx);
  }
  flush();
  return out;
}
