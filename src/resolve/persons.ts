/**
 * A person named only in Latin letters in some articles ('Bae Kyung-hoon') and in Hangul in others (배경훈): one person
 * where the Latin name spells exactly one Hangul-named person of the whole graph (romanised-names.ts), no article names
 * both apart, and the two work for a company in common. A romanised name alone says less than a name in Hangul (ㅓ, ㅗ
 * and ㅜ are all written 'u' or 'o' by some; English copy drops the hyphen), so the shared employer is asked for too.
 */
import type { ArticleFacts } from '../extract/index.js';
import type { Finder } from './spellings.js';
import { latinReadings, spellsGivenName, spellsSurname, splitHangulName } from './romanised-names.js';

/** What the graph knows of one person (a group of entities as `uf` has joined them so far). */
interface PersonGroup {
  names: Set<string>;
  articles: Set<string>;
  employers: Set<string>;
}

const HANGUL = /[가-힣]/;
const LATIN = /[A-Za-z]/;

/** Each person group's names, articles and employers (WORKS_FOR targets, as groups), keyed by the group's root. */
function collectPersons(uf: Finder, facts: ArticleFacts[]): Map<string, PersonGroup> {
  const groups = new Map<string, PersonGroup>();
  for (const f of facts) {
    for (const e of f.entities) {
      if (e.type !== 'Person') continue;
      const root = uf.find(e.key);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = { names: new Set(), articles: new Set(), employers: new Set() }));
      for (const n of [...Object.keys(e.names), ...e.aliases, ...(e.discovered ? [] : e.knownNames)]) g.names.add(n.trim());
      g.articles.add(f.article.id);
    }
    for (const r of f.relations) if (r.type === 'WORKS_FOR') groups.get(uf.find(r.source))?.employers.add(uf.find(r.target));
  }
  return groups;
}

/** Whether two groups are one person: no article names both, and they have an employer in common. */
function worksWithSameEmployer(a: PersonGroup, b: PersonGroup): boolean {
  if ([...a.articles].some((x) => b.articles.has(x))) return false;
  return [...a.employers].some((x) => b.employers.has(x));
}

/**
 * Joins each person named only in Latin letters to the one person named in Hangul its name spells ('Park Ji-won' →
 * 박지원), where no other Hangul-named person's name is spelt by any of its names, no article names both, and both
 * work for one company.
 */
export function joinRomanisedPersons(uf: Finder, facts: ArticleFacts[]): void {
  const groups = collectPersons(uf, facts);
  // the Hangul-named groups by surname, then given name: "박" → "지원" → roots
  const bySurname = new Map<string, Map<string, Set<string>>>();
  for (const [root, g] of groups)
    for (const n of g.names) {
      const parts = splitHangulName(n);
      if (!parts) continue;
      let given = bySurname.get(parts.surname);
      if (!given) bySurname.set(parts.surname, (given = new Map()));
      given.set(parts.given, (given.get(parts.given) ?? new Set()).add(root));
    }
  const joins: [string, string][] = [];
  for (const [root, g] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const names = [...g.names];
    if (names.some((n) => HANGUL.test(n)) || !names.some((n) => LATIN.test(n))) continue;
    const spelt = new Set<string>();
    for (const n of names)
      for (const { surname, given } of latinReadings(n))
        for (const [hangulSurname, byGiven] of bySurname) {
          if (!spellsSurname(surname, hangulSurname)) continue;
          for (const [hangulGiven, roots] of byGiven) if (spellsGivenName(given, hangulGiven)) for (const r of roots) spelt.add(r);
        }
    if (spelt.size !== 1) continue;
    const other = [...spelt][0]!;
    if (worksWithSameEmployer(g, groups.get(other)!)) joins.push([other, root]);
  }
  for (const [a, b] of joins) uf.union(a, b);
}
