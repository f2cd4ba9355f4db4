/**
 * Whether two models' developers disagree, for models joined by a name read aloud: a company written in Latin letters in
 * one article ("Stellar Labs") and in Hangul in another ("스텔라랩스") may be two nodes of the graph, yet it is one maker.
 */
import type { ArticleFacts } from '../extract/index.js';
import { sameCompanyInTwoScripts } from '../extract/transliterate.js';
import type { Finder } from './spellings.js';

/** Each company group's names, keyed by its root as `uf` has it (companies are not joined after this). */
export function companyNames(uf: Pick<Finder, 'find'>, facts: ArticleFacts[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of facts)
    for (const e of f.entities) {
      if (e.type !== 'Company') continue;
      const root = uf.find(e.key);
      const names = out.get(root) ?? new Set<string>();
      for (const n of [...Object.keys(e.names), ...e.aliases]) names.add(n);
      out.set(root, names);
    }
  return out;
}

/**
 * Whether two sets of developers (company groups) disagree: both known, none shared, and no company of one bears a name
 * in Latin letters that another's of the other bears in Hangul (sameCompanyInTwoScripts: the same consonants and suffix).
 */
export function developersDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>, names: Map<string, Set<string>>): boolean {
  if (!a.size || !b.size || [...a].some((d) => b.has(d))) return false;
  const namesOf = (set: ReadonlySet<string>) => [...set].flatMap((d) => [...(names.get(d) ?? [])]);
  const [ours, theirs] = [namesOf(a), namesOf(b)];
  // (only a name in Latin letters against one in Hangul can be the same name in two scripts)
  const cross = (x: string, y: string) => (LATIN.test(x) ? HANGUL.test(y) : HANGUL.test(x) && LATIN.test(y)) && sameCompanyInTwoScripts(x, y);
  return !ours.some((x) => theirs.some((y) => cross(x, y)));
}

/** A name that starts in Latin letters, or in Hangul. */
const LATIN = /^[A-Za-z]/;
const HANGUL = /^[가-힣]/;
