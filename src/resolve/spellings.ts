/**
 * More ways a name written in one article meets the same name written otherwise in another: a Hangul name made of
 * a coined word and loanwords, read as its Latin spelling ("누리랩스" → "nurilabs"); a model named by its family's
 * tail ("ENT-12") meeting the full name ("코난 LLM ENT-12") of a model of the same developer.
 */
import { normalizeName } from '../graph/index.js';
import { HANGUL_INITIALS, jamoOf, romanize, type ArticleFacts } from '../extract/index.js';

/** The index of the silent initial ㅇ among a Hangul syllable's initials. */
const SILENT = 11;
/** The index of the vowel ㅡ among a Hangul syllable's medials. */
const VOWEL_EU = 18;

/**
 * A Hangul name of a coined word and loanwords, in the Latin letters it is written in elsewhere: the loanwords in
 * their Latin spelling, the rest in Revised Romanisation ("누리랩스" → "nurilabs", "누리챗 2" → "nurichat2").
 * Undefined where no loanword is part of it, or where every syllable is one (that is a loanword spelling).
 */
export function mixedSpelling(form: string, loanwords: readonly [string, string][]): string | undefined {
  if (!/[가-힣]/.test(form)) return undefined;
  let out = form;
  let found = false;
  for (const [hangul, latin] of loanwords)
    if (out.includes(hangul)) {
      out = out.split(hangul).join(` ${latin} `);
      found = true;
    }
  if (!found || !/[가-힣]/.test(out)) return undefined;
  return normalizeName(romanize(out));
}

/** A tail that names a model on its own: a word of two or more Latin letters with a number ("ENT-12", "Pro 2"). */
const NAMING_TAIL = /^(?=(?:.*[A-Za-z]){2})(?=.*\d)[A-Za-z0-9][A-Za-z0-9.\-\s]*$/;
/** A bare version, a letter and a number ("V3", "R2"): named so, a model is its maker's, whom its article names. */
const BARE_VERSION = /^[A-Za-z]\d+(?:\.\d+)?$/;

/**
 * Where a full name's tail may start: after its last space or hyphen ("코난 LLM ENT-12"), and after its first
 * ("DeepSeek-R1-Distill-Qwen-32B": the maker's name, then the name the article may give alone).
 */
function tailCuts(name: string): Set<number> {
  const n = name.trimEnd();
  const cuts = new Set<number>();
  for (const sep of [' ', '-']) for (const cut of [n.indexOf(sep), n.lastIndexOf(sep)]) if (cut > 0) cuts.add(cut);
  return cuts;
}

/** The union-find of resolution's groups, as the passes that join entities see it. */
export interface Finder {
  find(x: string): string;
  union(a: string, b: string): void;
}

/** Each model group's developers (their groups), keyed by the group as `uf` has it now. */
export function developerGroups(uf: Finder, facts: ArticleFacts[]): Map<string, Set<string>> {
  const byRoot = new Map<string, Set<string>>();
  for (const f of facts)
    for (const r of f.relations) {
      if (r.type !== 'DEVELOPED') continue;
      const root = uf.find(r.target);
      byRoot.set(root, (byRoot.get(root) ?? new Set()).add(uf.find(r.source)));
    }
  return byRoot;
}

/**
 * Joins a model found under a name ("ENT-12") that ends another model's name after a space or hyphen ("코난 LLM
 * ENT-12"), where the two share a developer and no other such model does: an article that shortens its model's name
 * to the version its maker gives it. A model named by a bare version ("V3") and no developer takes the companies of
 * its article as its possible makers ("딥시크의 V3" → "딥시크 V3").
 */
export function joinDeveloperTails(uf: Finder, facts: ArticleFacts[]): void {
  const developers = developerGroups(uf, facts);
  // the full names by what follows their head ("코난 LLM ENT-12" under "ent12"): a short name's candidates in one lookup
  const fullByTail = new Map<string, string[]>();
  const short = new Map<string, { name: string; key: string; companies: string[] }>();
  const addShort = (name: string, key: string, companies: string[]): void => {
    const s = short.get(`${key}|${name}`);
    if (s) s.companies.push(...companies);
    else short.set(`${key}|${name}`, { name, key, companies: [...companies] });
  };
  for (const f of facts) {
    const companies = f.entities.filter((e) => e.type === 'Company').map((e) => e.key);
    for (const e of f.entities) {
      if (e.type !== 'Model') continue;
      for (const n of [...Object.keys(e.names), ...e.aliases]) {
        const whole = normalizeName(n);
        for (const cut of tailCuts(n)) {
          const head = normalizeName(n.slice(0, cut));
          if (!head || !whole.startsWith(head)) continue;
          const tail = whole.slice(head.length);
          const keys = fullByTail.get(tail);
          if (keys) keys.push(e.key);
          else fullByTail.set(tail, [e.key]);
        }
        if (e.discovered && NAMING_TAIL.test(n)) addShort(whole, e.key, []);
        else if (e.discovered && BARE_VERSION.test(n)) addShort(whole, e.key, companies);
      }
    }
  }
  for (const [, s] of [...short].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const own = developers.get(uf.find(s.key)) ?? new Set(s.companies.map((c) => uf.find(c)));
    if (!own.size) continue;
    const roots = new Set<string>();
    for (const key of fullByTail.get(s.name) ?? []) {
      const root = uf.find(key);
      if (root === uf.find(s.key)) continue;
      const theirs = developers.get(root);
      if (theirs && [...theirs].some((d) => own.has(d))) roots.add(root);
    }
    if (roots.size === 1) uf.union(s.key, [...roots][0]!);
  }
}

/**
 * A loanword's Hangul spelling with the vowel ㅡ that Hangul adds between two consonants left out, as the Latin name
 * reads: "트리-21B" → "tri-21B" (as "Tri-21B"), "스텔라" → "stella". Only a syllable of a consonant and ㅡ, without a
 * final, before another syllable that starts with a consonant. Undefined where there is no such syllable.
 */
export function clippedSpelling(form: string): string | undefined {
  const chars = [...form];
  const parts = chars.map((ch) => jamoOf(ch.charCodeAt(0)));
  let clipped = false;
  const out = chars.map((ch, i) => {
    const [j, next] = [parts[i], parts[i + 1]];
    if (!j || !next || j.initial === SILENT || j.medial !== VOWEL_EU || j.final !== 0 || next.initial === SILENT) return ch;
    clipped = true;
    return HANGUL_INITIALS[j.initial]!;
  });
  return clipped ? romanize(out.join('')) : undefined;
}

/**
 * The other Latin spellings of a Hangul name (normalised): its mixedSpelling, and a model's clippedSpelling (a model
 * only, whose spoken forms join only where developers agree).
 */
export function otherSpellings(form: string, loanwords: readonly [string, string][], model: boolean): string[] {
  const clipped = model ? clippedSpelling(form) : undefined;
  return [mixedSpelling(form, loanwords), clipped && normalizeName(clipped)].filter((s): s is string => !!s);
}

/**
 * A Hangul word that ends in 아이 ("한빛아이"): romanised, it would read as a company's "AI" ("hanbitai" as "Hanbit AI"
 * reads), which Hangul writes 에이아이 — another name.
 */
export function endsInAi(form: string): boolean {
  return /(?<!에이)아이(?![가-힣])/.test(form);
}

/**
 * Words of a company's Hangul name that translate its English name's last word ("마루지능" is "Maru Intelligence").
 * Not 인공지능 as "AI": "바른인공지능" and "바른에이아이" are two companies.
 */
const TRANSLATED_TAILS: readonly [string, string][] = [['지능', 'intelligence']];

/**
 * A company's Hangul name whose last word translates its English name's ("마루지능" → "maruintelligence", as "Maru
 * Intelligence" reads): the rest in Revised Romanisation, two syllables at least, all Hangul.
 * Undefined otherwise.
 */
export function translatedSpelling(form: string): string | undefined {
  const name = form.replace(/\s+/g, '');
  if (name.endsWith('인공지능')) return undefined;
  for (const [hangul, latin] of TRANSLATED_TAILS) {
    if (!name.endsWith(hangul)) continue;
    const stem = name.slice(0, -hangul.length);
    return /^[가-힣]{2,}$/.test(stem) ? normalizeName(`${romanize(stem)}${latin}`) : undefined;
  }
  return undefined;
}
