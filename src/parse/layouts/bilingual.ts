/**
 * Bilingual pages (a Korean/English press release on a wire page) hold the same story twice, each
 * language in a block of its own marked with `lang`. The Korean block is the article: reading both
 * would state every fact twice (and the English one under English names).
 */
import type { Element } from 'domhandler';
import { childElements } from '../dom.js';

function langOf(el: Element): string | undefined {
  const lang = el.attribs?.['lang'] ?? el.attribs?.['xml:lang'];
  return lang ? lang.trim().toLowerCase() : undefined;
}

const isKorean = (lang: string | undefined): boolean => lang !== undefined && /^ko(?:$|-)/.test(lang);


/** The Korean sibling of a block marked with another language, when there is one. */
export function koreanSibling(el: Element): Element | undefined {
  const lang = langOf(el);
  if (!lang || isKorean(lang) || el.parent?.type !== 'tag') return undefined;
  return childElements(el.parent as Element).find((c) => c !== el && isKorean(langOf(c)));
}

/** A class naming a block's language as English ("en", "eng", "lang-en"): a translation's mark on a wire page. */
const ENGLISH_CLASS = /^(?:en|eng|english|lang-en)$/i;

function englishMarked(el: Element): boolean {
  const lang = langOf(el);
  if (lang) return /^en(?:$|-)/.test(lang);
  return (el.attribs?.['class'] ?? '').split(/\s+/).some((c) => ENGLISH_CLASS.test(c));
}

function textIn(el: Element): string {
  let out = '';
  for (const c of el.children) out += c.type === 'text' ? (c as unknown as { data: string }).data : c.type === 'tag' ? textIn(c as Element) : '';
  return out;
}

const HANGUL = /[가-힣]/;
/** Block tags a translation paragraph comes in (never inline spans). */
const PARAGRAPH_TAG = /^(?:p|div|li|blockquote)$/;
/** Five words or more: a translated sentence. */
const SENTENCE = /(?:\S+\s+){4}\S/;

/**
 * "<p>한국어 문단</p><p class="en">English paragraph</p>…": paragraphs, each followed by its English
 * translation marked only by class (or lang) while the Korean ones carry no mark. At least two of
 * each, every marked one a paragraph with no Hangul right after a Korean unmarked one of the same tag: the marked ones are translations.
 */
function interleavedTranslations(kids: readonly Element[]): Element[] {
  const paragraph = (c: Element, prev: Element | undefined): boolean => PARAGRAPH_TAG.test(c.name) && prev?.name === c.name;
  const marked = kids.filter((c, i) => englishMarked(c) && paragraph(c, kids[i - 1]) && !englishMarked(kids[i - 1]!) && HANGUL.test(textIn(kids[i - 1]!)));
  if (marked.length < 2 || marked.length !== kids.filter(englishMarked).length) return [];
  // (sentences, not a word or name in English inside a Korean line)
  return marked.every((c) => !HANGUL.test(textIn(c)) && SENTENCE.test(textIn(c))) ? marked : [];
}

/**
 * The blocks under `root` (root included) marked with a language other than Korean whose parent also
 * holds a Korean-marked block, or that follow unmarked Korean siblings one by one: the translations to leave out.
 */
export function translationBlocks(roots: readonly Element[]): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...roots];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const kids = childElements(el);
    const hasKorean = kids.some((c) => isKorean(langOf(c)));
    const interleaved = hasKorean ? [] : interleavedTranslations(kids);
    out.push(...interleaved);
    for (const c of kids) {
      if (interleaved.includes(c)) continue;
      const lang = langOf(c);
      if (hasKorean && lang && !isKorean(lang)) out.push(c);
      else stack.push(c);
    }
  }
  return out;
}
