/**
 * One model or company written in two scripts: a headline's 'Miren 2.0 Turbo' and the body's
 * '미렌 2.0 터보'; 'Noxtal Tech' and '녹스탈테크'.
 * Names no gazetteer knows are compared by their consonants: the Hangul stem is romanised
 * (Revised Romanisation), both stems are reduced to consonant classes (ㄱ/k/c/q/g → K, ㅂ/b/p/v/f → P …),
 * and the version numbers and variant words after the stem must be the same.
 */
import { jamoOf } from './hangul.js';
import type { Mention, RuleSet } from './types.js';

/** The Latin consonants of Hangul's initials, by their index in a syllable's code. */
export const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINAL = ['', 'k', 'k', 'ks', 'n', 'nj', 'n', 't', 'l', 'lk', 'lm', 'lb', 'ls', 'lt', 'lp', 'lh', 'm', 'p', 'ps', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Revised Romanisation of the Hangul syllables in `s` (other characters kept). */
export function romanize(s: string): string {
  let out = '';
  for (const ch of s) {
    const j = jamoOf(ch.charCodeAt(0));
    out += j ? INITIAL[j.initial]! + MEDIAL[j.medial]! + FINAL[j.final]! : ch;
  }
  return out;
}

/** The consonant classes of a Latin word: "Hexquin" and "hekseukwin" both give "HKSKN". */
export function consonantSkeleton(latin: string): string {
  // (English "dge" sounds as ㅈ, which a loanword writes with a ㅅ final before it: "Bridge" and "브릿지" (beuritji) both give "PRJ")
  // (a Japanese "tsu" is written 츠 in Hangul, "Tsumugi" and "츠무기" (cheumugi): its ts sounds as ㅊ)
  const s = latin.toLowerCase().replace(/tsu/g, 'ju').replace(/ph/g, 'p').replace(/x/g, 'ks').replace(/ch/g, 'j').replace(/ng$/g, 'n').replace(/dge/g, 'j').replace(/tj/g, 'j');
  let out = '';
  for (const ch of s) {
    const cls = /[gkcq]/.test(ch) ? 'K' : /[dt]/.test(ch) ? 'T' : /[bpvf]/.test(ch) ? 'P' : /[jz]/.test(ch) ? 'J' : ch === 's' ? 'S' : /[rl]/.test(ch) ? 'R' : ch === 'm' ? 'M' : ch === 'n' ? 'N' : ch === 'h' ? 'H' : '';
    if (cls && !out.endsWith(cls)) out += cls;
  }
  return out;
}

interface Parts {
  stem: string;
  tail: string[];
}

/**
 * "미렌 2.0 터보" → stem "미렌", tail ["2.0", "turbo"]; "도담-R1" → stem "도담", tail ["r1"] (a version
 * written as a letter and a number ends the name); undefined without a version number.
 */
function partsOf(name: string, variants: Map<string, string>): Parts | undefined {
  const m = /^(.+?)[\s-]+(\d.*)$/.exec(name) ?? /^(.+?)[\s-]+([A-Za-z]\d{1,2}(?:\.\d)?)$/.exec(name);
  if (!m) return undefined;
  // ("v1.2" is the version "1.2": "Oreum-11B v1.2" and "오름-11B 1.2")
  const tail = m[2]!.split(/[\s-]+/).map((t) => variants.get(t.toLowerCase()) ?? t.toLowerCase().replace(/^v(?=\d)/, ''));
  return { stem: m[1]!, tail };
}

/** Company suffixes in both scripts, by meaning. */
const SUFFIXES: [RegExp, string][] = [
  [/\s?(?:테크놀로지스|Technologies)$/i, 'tech'], [/\s?(?:테크놀로지|Technology)$/i, 'tech'], [/\s?(?:테크|Tech)$/i, 'tech'],
  [/\s?(?:랩스|Labs)$/i, 'labs'], [/\s?(?:랩|Lab)$/i, 'labs'], [/\s?(?:시스템즈|시스템스|Systems)$/i, 'systems'], [/\s?(?:소프트|Soft)$/i, 'soft'],
  [/\s?(?:마인드|Mind)$/i, 'mind'], [/\s?(?:인텔리전스|Intelligence)$/i, 'intelligence'], [/\s?(?:데이터|Data)$/i, 'data'],
  [/\s?(?:이노베이션|Innovations?)$/i, 'innovation'], [/\s?(?:솔루션즈|솔루션스|솔루션|Solutions?)$/i, 'solutions'], [/\s?(?:웍스|워크스|Works)$/i, 'works'], [/\s?(?:클라우드|Cloud)$/i, 'cloud'], [/\s?(?:다이내믹스|Dynamics)$/i, 'dynamics'], [/\s?(?:AI|에이아이)$/, 'ai'],
  [/\s?(?:디지털|Digital)$/i, 'digital'], [/\s?(?:로보틱스|Robotics)$/i, 'robotics'], [/\s?(?:네트웍스|네트워크스|Networks)$/i, 'networks'], [/\s?(?:바이오|Bio)$/i, 'bio'],
  // (industries' words by meaning: "가람정밀" is "GARAM Precision", "새터은행" "SAETEO BANK", "누리게임즈" "Nuri Games")
  [/\s?(?:정밀|Precision)$/i, 'precision'], [/\s?(?:은행|Bank)$/i, 'bank'], [/\s?(?:증권|Securities)$/i, 'securities'], [/\s?(?:제약|Pharm(?:a|aceuticals?)?)$/i, 'pharma'],
  [/\s?(?:게임즈|Games)$/i, 'games'], [/\s?(?:스튜디오|Studios?)$/i, 'studio'], [/\s?(?:전자|Electronics)$/i, 'electronics'], [/\s?(?:중공업|Heavy Industries)$/i, 'heavy'],
  [/\s?(?:화학|Chemicals?)$/i, 'chemical'], [/\s?(?:생명|Life)$/i, 'life'], [/\s?(?:화재|Fire(?: (?:&|and) Marine)?)$/i, 'fire'], [/\s?(?:모터스|Motors)$/i, 'motors'],
  [/\s?(?:헬스케어|Healthcare)$/i, 'healthcare'], [/\s?(?:모빌리티|Mobility)$/i, 'mobility'], [/\s?(?:미디어|Media)$/i, 'media'], [/\s?(?:커머스|Commerce)$/i, 'commerce'],
];

/** A legal form after a Latin name ("… Inc.", "…, Co., Ltd."): a registered name's form, no part of the name itself. */
const LATIN_LEGAL_FORM = /,?\s(?:Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Ltd\.?|LLC)$/;

/** A company's one-word name with no suffix, long enough to compare by its consonants alone ("벨로리움", "Velorium"; or in camel case, "DasolBit"). */
const BARE_COMPANY = /^(?:[가-힣]{3,8}|(?=(?:[A-Za-z]&?){6,16}$)[A-Z][a-z]+(?:&?[A-Z][a-z]+){0,2})$/;

/**
 * "녹스탈테크" → stem "녹스탈", tail ["tech"]; "Noxtal Tech Inc." → stem "Noxtal", tail ["tech"]; a bare one-word
 * name ("벨로리움") → itself with the tail ["-"]; undefined otherwise.
 */
function companyPartsOf(name: string): Parts | undefined {
  const bare = name.replace(LATIN_LEGAL_FORM, '');
  for (const [re, key] of SUFFIXES) {
    const stem = bare.replace(re, '');
    if (stem !== bare && stem.length >= 2) return { stem, tail: [key] };
  }
  return BARE_COMPANY.test(bare) ? { stem: bare, tail: ['-'] } : undefined;
}

/** Latin words glued after a Hangul stem ("달빛-R", "누리 Pro"): the same in both scripts, so they join the tail. */
const LATIN_SUFFIX = /((?:[\s-]+[A-Za-z][A-Za-z0-9]*)+)$/;

/** "달빛-R 7B" → stem "달빛", tail ["-r", "7b"]: a Hangul stem's Latin suffix is compared as written, not transliterated. */
function splitLatinSuffix(parts: Parts): Parts {
  const m = /[가-힣]/.test(parts.stem) ? LATIN_SUFFIX.exec(parts.stem) : null;
  if (!m || !/^[가-힣]/.test(parts.stem)) return parts;
  return { stem: parts.stem.slice(0, m.index), tail: [m[1]!.toLowerCase(), ...parts.tail] };
}

/** A Latin-script name and a Hangul one with the same consonants, the same version and variant words, and the same Latin suffix. */
function sameInTwoScripts(l: Parts, h: Parts): boolean {
  const suffix = h.tail.length > l.tail.length ? h.tail[0]! : '';
  if (h.tail.slice(suffix ? 1 : 0).join(' ') !== l.tail.join(' ')) return false;
  if (!l.stem.toLowerCase().endsWith(suffix)) return false;
  // ("Sun&Bridge" and "선앤브릿지": an ampersand is read "앤", or "앤드" as in "존슨앤드존슨")
  const written = l.stem.slice(0, l.stem.length - suffix.length);
  const stem = written.replace('&', /앤드/.test(h.stem) ? 'nd' : 'n');
  if (!/^[A-Za-z][A-Za-z\s]*$/.test(stem) || (/&/.test(written) && !/앤/.test(h.stem))) return false;
  const skeleton = consonantSkeleton(stem);
  // (a bare name, with no suffix to agree on, needs four consonant classes to agree on; a Latin suffix both spell alike,
  // "Neon-K" and "네온-K", is one more)
  return skeleton.length + (suffix ? 1 : 0) >= (l.tail[0] === '-' ? 4 : 2) && consonantSkeleton(romanize(h.stem)) === skeleton;
}

/** "다솜LM 8B": a Latin code glued to a Hangul stem, which the Latin spelling joins with a hyphen ("Dasom-LM 8B"). */
const GLUED_LATIN_CODE = /(?<=[가-힣])(?=[A-Z]{1,4}(?:\s|$))/;

/** "Dalbit-R 7B" and "달빛-R 7B" (either order; "다솜LM 8B" and "Dasom-LM 8B" too): one model's name in Latin letters and in Hangul. */
export function sameModelInTwoScripts(a: string, b: string, rules: RuleSet): boolean {
  if (sameSpelledModel(a, b, rules)) return true;
  const [ha, hb] = [a.replace(GLUED_LATIN_CODE, '-'), b.replace(GLUED_LATIN_CODE, '-')];
  return (ha !== a || hb !== b) && sameSpelledModel(ha, hb, rules);
}

function sameSpelledModel(a: string, b: string, rules: RuleSet): boolean {
  const [pa, pb] = [partsOf(a, rules.lexicon.variants), partsOf(b, rules.lexicon.variants)];
  if (!pa || !pb) return false;
  const [l, h] = /^[A-Za-z]/.test(pa.stem) ? [pa, splitLatinSuffix(pb)] : [pb, splitLatinSuffix(pa)];
  return /^[A-Za-z][A-Za-z\s-]*$/.test(l.stem) && /^[가-힣\s]+$/.test(h.stem) && sameInTwoScripts(l, h);
}

/** "Stellar Labs" and "스텔라랩스" (either order): one company's name in Latin letters and in Hangul, as an article's are compared. */
export function sameCompanyInTwoScripts(a: string, b: string): boolean {
  const [pa, pb] = [companyPartsOf(a), companyPartsOf(b)];
  if (!pa || !pb) return false;
  const [l, h] = /^[A-Za-z]/.test(pa.stem) ? [pa, pb] : [pb, pa];
  return /^[A-Za-z][A-Za-z&\s-]*$/.test(l.stem) && /^[가-힣\s]+$/.test(h.stem) && sameInTwoScripts(l, h);
}

/** Surnames whose usual Latin spellings do not share their romanised consonants ("이" Lee, "박" Park, "오" Oh). */
const SURNAME_SPELLINGS: Record<string, string[]> = {
  이: ['Lee', 'Yi', 'Rhee', 'Li'], 박: ['Park', 'Pak', 'Bak'], 임: ['Lim', 'Im'], 오: ['Oh'], 신: ['Shin'], 안: ['Ahn'], 서: ['Suh', 'Seo'],
  유: ['Yoo', 'Yu'], 류: ['Ryu', 'Yoo', 'Yu'], 노: ['Roh', 'Noh'], 우: ['Woo'], 문: ['Moon', 'Mun'], 손: ['Sohn', 'Son'], 여: ['Yeo'],
};
/** "Dain Yoo", "Da-in Yoo", "Yoo Dain": a Korean name in Latin letters, given name and surname in either order. */
const LATIN_KOREAN_NAME = /^([A-Z][a-z]+(?:-[a-z]+)?)\s([A-Z][a-z]+(?:-[a-z]+)?)$/;

/** "유다인" and "Dain Yoo" (or "Yoo Dain"; a one-syllable given name too: "김진", "Jin Kim"): one person's Korean name and its Latin spelling. */
export function samePersonInTwoScripts(hangul: string, latin: string): boolean {
  const l = LATIN_KOREAN_NAME.exec(latin);
  if (!l || !/^[가-힣]{2,3}$/.test(hangul)) return false;
  const given = consonantSkeleton(romanize(hangul.slice(1)));
  const surname = hangul[0]!;
  const isSurname = (w: string) => SURNAME_SPELLINGS[surname]?.includes(w) || consonantSkeleton(w) === consonantSkeleton(romanize(surname));
  const isGiven = (w: string) => given.length >= 2 && consonantSkeleton(w.replace('-', '')) === given;
  return (isGiven(l[1]!) && isSurname(l[2]!)) || (isSurname(l[1]!) && isGiven(l[2]!));
}

/** Person keys to merge: the Latin-script name's → the Hangul one's, where exactly one Hangul name matches. */
function transliteratedPersons(all: Mention[][]): Map<string, string> {
  const persons = all.flat().filter((m) => m.type === 'Person' && m.via === 'discovered');
  const out = new Map<string, string>();
  for (const l of persons) {
    if (!LATIN_KOREAN_NAME.test(l.surface)) continue;
    const same = new Set(persons.filter((h) => samePersonInTwoScripts(h.surface, l.surface)).map((h) => h.key));
    if (same.size === 1) out.set(l.key, [...same][0]!);
  }
  return out;
}

/** A size ending a model's name ("Oreum-V2-34B", "Oreum V2 34B"). */
const SIZE_TAIL = /^(.+?)[\s-]\d+(?:\.\d+)?[BM]$/;
const SIZE_WORD = /^\d+(?:\.\d+)?[bm]$/;

/**
 * "Oreum-V2-34B" in a table and "오름-V2" in the prose: a versioned Latin name with a size is the model the Hangul name
 * (versioned alike, no size) calls, where it is the only sized Latin name of it the article writes. Latin key → Hangul key.
 */
export function sizedLatinForms(latin: { key: string; surface: string }[], hangul: { key: string; surface: string }[], rules: RuleSet): Map<string, string> {
  const hangulParts = hangul.flatMap((h) => {
    const parts = /^[가-힣]/.test(h.surface) ? partsOf(h.surface, rules.lexicon.variants) : undefined;
    const split = parts && splitLatinSuffix(parts);
    return split && /^[가-힣\s]+$/.test(split.stem) && !split.tail.some((t) => SIZE_WORD.test(t)) ? [{ key: h.key, parts: split }] : [];
  });
  const byHangul = new Map<string, Set<string>>();
  for (const m of latin) {
    const sized = /^[A-Za-z]/.test(m.surface) ? SIZE_TAIL.exec(m.surface) : null;
    const parts = sized ? partsOf(sized[1]!, rules.lexicon.variants) : undefined;
    if (!parts || !/^[A-Za-z][A-Za-z\s-]*$/.test(parts.stem)) continue;
    const same = new Set(hangulParts.filter((h) => h.key !== m.key && sameInTwoScripts(parts, h.parts)).map((h) => h.key));
    if (same.size === 1) {
      const to = [...same][0]!;
      byHangul.set(to, (byHangul.get(to) ?? new Set()).add(m.key));
    }
  }
  const out = new Map<string, string>();
  for (const [to, froms] of byHangul) if (froms.size === 1) out.set([...froms][0]!, to);
  return out;
}

/** Discovered model, company and person keys to merge: the Latin-script name's key → the Hangul one's. */
export function transliteratedForms(all: Mention[][], rules: RuleSet): Map<string, string> {
  const hangul = new Map<string, { key: string; parts: Parts }>();
  const latin = new Map<string, { key: string; parts: Parts }>();
  for (const ms of all)
    for (const m of ms) {
      if ((m.type !== 'Model' && m.type !== 'Company') || m.via !== 'discovered') continue;
      const parts = m.type === 'Model' ? partsOf(m.surface, rules.lexicon.variants) : companyPartsOf(m.surface);
      if (!parts) continue;
      const split = m.type === 'Model' ? splitLatinSuffix(parts) : parts;
      if (/^[가-힣\s]+$/.test(split.stem)) hangul.set(m.key, { key: m.key, parts: split });
      else if (/^[A-Za-z][A-Za-z&\s-]*$/.test(parts.stem)) latin.set(m.key, { key: m.key, parts });
    }
  const out = new Map<string, string>();
  for (const l of latin.values()) {
    const same = [...hangul.values()].filter((h) => h.key.split(':')[0] === l.key.split(':')[0] && sameInTwoScripts(l.parts, h.parts));
    if (same.length === 1) out.set(l.key, same[0]!.key);
  }
  const models = all.flat().filter((m) => m.type === 'Model' && m.via === 'discovered');
  for (const [from, to] of sizedLatinForms(models, models, rules)) if (!out.has(from)) out.set(from, to);
  for (const [from, to] of transliteratedPersons(all)) out.set(from, to);
  return out;
}
