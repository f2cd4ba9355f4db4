/**
 * Bilingual pages (a Korean/English press release on a wire page) hold the same story twice, each
 * language in a block of its own marked with `lang`. The Korean block is the article: reading both
 * would state every fact twice (and the English one under English names).
 */
import type { Element } from 'domhandler';

function langOf(el: Element): string | undefined {
  const lang = el.attribs?.['lang'] ?? el.attribs?.['xml:lang'];
  return lang ? lang.trim().toLowerCase() : undefined;
}

const isKorean = (lang: string | undefined): boolean => lang !== undefined && /^ko(?:$|-)/.test(lang);

function tagChildren(el: Element): Element[] {
  return el.children.filter((c) => c.type === 'tag') as Element[];
}

/** The Korean sibling of a block marked with another language, when there is one. */
export function koreanSibling(el: Element): Element | undefined {
  const lang = langOf(el);
  if (!lang || isKorean(lang) || el.parent?.type !== 'tag') return undefined;
  return tagChildren(el.parent as Element).find((c) => c !== el && isKorean(langOf(c)));
}

/**
 * The blocks under `root` (root included) marked with a language other than Korean whose parent also
 * holds a Korean-marked block: the translations to leave out.
 */
export function translationBlocks(roots: readonly Element[]): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...roots];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const kids = tagChildren(el);
    const hasKorean = kids.some((c) => isKorean(langOf(c)));
    for (const c of kids) {
      const lang = langOf(c);
      if (hasKorean && lang && !isKorean(lang)) out.push(c);
      else stack.push(c);
    }
  }
  return out;
}
