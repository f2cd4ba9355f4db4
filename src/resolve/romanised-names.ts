/**
 * A Korean personal name in Latin letters compared with one in Hangul: 'Kang Do-hyun', 'Dohyun Kang' and 'Gang Do-hyeon'
 * all read 강도현. Korean names are romanised in many ways — Revised Romanisation, McCune–Reischauer without its marks,
 * and the spellings families keep ('Lee', 'Park', 'Choi') — so each syllable is compared with every spelling its
 * letters (jamo) are commonly given, and the surname also with the spellings of a table of surnames.
 */
import { jamoOf } from '../extract/index.js';
import { SURNAME_SPELLINGS, COMPOUND_SURNAMES } from './surnames.js';

/** The spellings of each initial consonant, by its index in a syllable's code (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIALS: readonly (readonly string[])[] = [
  ['g', 'k'], ['kk', 'gg', 'k', 'g'], ['n'], ['d', 't'], ['tt', 'dd', 't', 'd'], ['r', 'l'], ['m'], ['b', 'p'], ['pp', 'bb', 'p', 'b'],
  ['s', 'sh'], ['ss', 's', 'sh'], [''], ['j', 'ch'], ['jj', 'ch', 'j'], ['ch', 'c'], ['k'], ['t'], ['p'], ['h'],
];

/**
 * The spellings of each vowel (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): RR's first, then the older ones
 * and those families keep ('Young', 'Kyoung' for 영, 경).
 */
const MEDIALS: readonly (readonly string[])[] = [
  ['a'], ['ae', 'ai'], ['ya'], ['yae'], ['eo', 'u', 'o'], ['e'], ['yeo', 'yu', 'yo', 'you'], ['ye'], ['o'], ['wa'], ['wae'], ['oe', 'oi', 'we'], ['yo'],
  ['u', 'oo'], ['wo', 'weo'], ['we'], ['wi', 'wee'], ['yu', 'yoo'], ['eu', 'u'], ['ui', 'eui', 'i'], ['i', 'ee'],
];

/** The spellings of each final consonant, by its index (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ …), as a name's syllable ends on it. */
const FINALS: readonly (readonly string[])[] = [
  [''], ['k', 'g'], ['k', 'kk'], ['k'], ['n'], ['n'], ['n'], ['t', 'd'], ['l', 'r'], ['lk', 'k'], ['lm', 'm'], ['lb', 'l'], ['l'], ['l'], ['lp'], ['l'],
  ['m'], ['p', 'b'], ['p'], ['t', 's'], ['t', 'ss'], ['ng'], ['t', 'j'], ['t', 'ch'], ['k'], ['t'], ['p'], ['t'],
];

/** The silent initial ㅇ. */
const SILENT = 11;
/** The vowel ㅜ, spelt 'woo' or 'wu' after a silent initial ('Kyung-woo' for 경우). */
const VOWEL_U = 13;
/** The vowel ㅓ, spelt 'uh' where the syllable ends on it ('Suh' for 서). */
const VOWEL_EO = 4;

/** The spellings of each syllable met so far (a graph's names repeat their syllables). */
const SPELLINGS = new Map<string, string[]>();

/** Every common Latin spelling of one Hangul syllable ("현" → hyeon, hyun, hyon …), lower case. */
export function syllableSpellings(syllable: string): string[] {
  let out = SPELLINGS.get(syllable);
  if (!out) SPELLINGS.set(syllable, (out = spellSyllable(syllable)));
  return out;
}

/** Spells one Hangul syllable every common way (syllableSpellings); none for another character. */
function spellSyllable(syllable: string): string[] {
  const j = jamoOf(syllable.charCodeAt(0));
  if (!j) return [];
  const vowels = [...MEDIALS[j.medial]!];
  if (j.initial === SILENT && j.medial === VOWEL_U) vowels.push('woo', 'wu');
  if (j.medial === VOWEL_EO && j.final === 0) vowels.push('uh');
  const out = new Set<string>();
  for (const i of INITIALS[j.initial]!) for (const m of vowels) for (const f of FINALS[j.final]!) out.add(i + m + f);
  return [...out];
}

/**
 * Whether `latin` (lower case, no separators) spells the Hangul syllables `hangul` one after another: "dohyun" and
 * "도현", "kyunghoon" and "경훈". Each syllable takes one of its spellings (syllableSpellings), and they must use up the
 * whole word.
 */
function spellsSyllables(latin: string, hangul: string): boolean {
  const syllables = [...hangul].map(syllableSpellings);
  // reach[i] holds the positions in `latin` the first i syllables can end at
  let reach = new Set([0]);
  for (const spellings of syllables) {
    const next = new Set<number>();
    for (const at of reach) for (const s of spellings) if (s && latin.startsWith(s, at)) next.add(at + s.length);
    if (!next.size) return false;
    reach = next;
  }
  return reach.has(latin.length);
}

/**
 * Whether a romanised given name ("Do-hyun", "Dohyun", "Do Hyun") spells a Hangul given name ("도현"): written in parts,
 * each part is one syllable; written as one word, its syllables follow one another.
 */
export function spellsGivenName(latin: string, hangul: string): boolean {
  const parts = latin.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (!parts.length || !parts.every((p) => /^[a-z]+$/.test(p))) return false;
  if (parts.length === 1) return spellsSyllables(parts[0]!, hangul);
  const syllables = [...hangul];
  return parts.length === syllables.length && parts.every((p, i) => spellsSyllables(p, syllables[i]!));
}

/** Whether a romanised surname ("Lee", "Gang") spells a Hangul surname ("이", "강"): the table's spellings, or the syllables' own. */
export function spellsSurname(latin: string, hangul: string): boolean {
  const word = latin.toLowerCase();
  return (SURNAME_SPELLINGS.get(hangul) ?? []).includes(word) || spellsSyllables(word, hangul);
}

/** A Hangul personal name cut into its surname and given name ("남궁민수" → 남궁, 민수); undefined for other words. */
export function splitHangulName(name: string): { surname: string; given: string } | undefined {
  if (!/^[가-힣]{2,4}$/.test(name)) return undefined;
  const compound = COMPOUND_SURNAMES.find((c) => name.startsWith(c) && name.length > c.length);
  if (compound) return { surname: compound, given: name.slice(compound.length) };
  if (name.length === 4) return undefined;
  return { surname: name[0]!, given: name.slice(1) };
}

/**
 * A Latin personal name's readings as a surname and a given name, the family name first or last ("Do-hyun Kang" → Kang,
 * Do-hyun; and Do-hyun, Kang): a name of two or three words of letters, hyphens only inside one; none for others.
 */
export function latinReadings(name: string): { surname: string; given: string }[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[A-Za-z]+(?:-[A-Za-z]+)?$/.test(w))) return [];
  return [
    { surname: words[0]!, given: words.slice(1).join(' ') },
    { surname: words.at(-1)!, given: words.slice(0, -1).join(' ') },
  ];
}

/**
 * Whether a Latin personal name spells a Hangul one, the family name first or last: 'Kang Do-hyun', 'Dohyun Kang' and
 * 'Gang Do-hyeon' for 강도현; not 'Kang Do-hun' (강도훈), and not a name of one word ('Kang').
 */
export function spellsKoreanName(latin: string, hangul: string): boolean {
  const parts = splitHangulName(hangul);
  return !!parts && latinReadings(latin).some((r) => spellsSurname(r.surname, parts.surname) && spellsGivenName(r.given, parts.given));
}
