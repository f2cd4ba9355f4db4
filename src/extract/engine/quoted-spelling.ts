/** A quoted model's name and its spelling in the other script in parentheses after it (see foldQuotedSpelling). */
import type { Mention, RuleSet } from '../types.js';
import { sameModelInTwoScripts } from '../transliterate.js';

/** The digits of a name in order ("해담 3.0 8B" → "308"). */
function digitsOf(name: string): string {
  return name.replace(/\D/g, '');
}

/**
 * "‘누리 3.1 8B’(NURI-3.1-8B)를", a quoted model's spelling in the other script before an object particle: the model read
 * inside the parentheses (Latin, with the same numbers in the same order; or Hangul that sounds like the quoted Latin) is the quoted one. The quoted mention keeps its
 * span (the text between it and the verb is left as written); the inner mention takes its key.
 */
export function foldQuotedSpelling(inner: string, open: number, m: Mention, all: Mention[], rules: RuleSet): void {
  // (or the other way round, a quoted Latin name and its Hangul spelling: "'Dasom-LM 8B'(다솜LM 8B)를", the sounds agreeing)
  const hangulInner = /^[A-Za-z]/.test(m.surface) && /^[가-힣][가-힣A-Za-z0-9.\- ]{1,30}$/.test(inner) && sameModelInTwoScripts(m.surface, inner, rules);
  if (m.type !== 'Model' || !(hangulInner || (/[가-힣]/.test(m.surface) && /^[A-Za-z][A-Za-z0-9.\- ]{1,30}$/.test(inner)))) return;
  const digits = digitsOf(m.surface);
  if (!digits || digitsOf(inner) !== digits) return;
  const within = all.filter((x) => x !== m && x.start > open && x.start <= open + inner.length + 1);
  if (within.length !== 1 || within[0]!.type !== 'Model' || within[0]!.via !== 'discovered' || !inner.startsWith(within[0]!.surface)) return;
  Object.assign(within[0]!, { key: m.key, aliases: [...within[0]!.aliases, m.surface, inner] });
  m.aliases.push(inner);
}
