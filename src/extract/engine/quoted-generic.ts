/** Quoted words that are generic terms, not names: "‘프롬 스크래치(from scratch)’", "‘베이스(base model)’". */
import { normalizeName } from '../../graph/index.js';
import type { DiscoveryLexicon } from './discover-common.js';

/** A gloss in parentheses closing the quoted words. */
const GLOSS = /\s?\(([^()]{1,30})\)$/;

/** A generic word, maybe glossed, or one word without a digit that a generic gloss explains ("베이스(base model)"). */
export function isGenericTerm(name: string, lx: DiscoveryLexicon): boolean {
  const gloss = GLOSS.exec(name)?.[1];
  const head = name.replace(GLOSS, '');
  return [name, head].some((n) => lx.generic.has(normalizeName(n))) || (gloss !== undefined && /^[가-힣A-Za-z]+$/.test(head) && lx.generic.has(normalizeName(gloss)));
}
