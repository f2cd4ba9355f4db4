/**
 * Names of a model line's siblings: once an article names "<stem> <version>", the same stem with
 * another version or a variant word names a model of the line too.
 */
import type { Sentence } from '../parse/types.js';
import { escapeRegex, literalLedMatches, perRuleSet } from './engine/compile.js';
import type { Mention, RuleSet } from './types.js';
import { variantAfterSource } from './variant-words.js';

/** "Nova-M2", "Orca-R1": a capitalised word, a hyphen, one or two capitals and a version number (or a brand word and a space: "NOVA K2", "Nova M2"). */
const LETTER_VERSIONED = /^([A-Z][a-z]{2,}-[A-Z]{1,2}|(?:[A-Z]{2,12}|[A-Z][a-z]{2,12})\s[A-Z]{1,2})\d{1,2}$/;
/** "다올-2", "오름 LM 1.5", "노을-챗 v2": a stem, its separator, a version (maybe with its 'v'). */
const VERSIONED = /^(.*[가-힣A-Za-z])([\s-])([vV]?)(\d{1,2}(?:\.\d{1,2})?)$/;

/** A company's name: a Hangul word of two to six letters, then its AI, lab or intelligence word ("노을AI", "하늘랩스", "모래지능"). */
const COMPANY_STEM = /^([가-힣]{2,6})(?:AI|에이아이|랩스|랩|Labs?|지능)$/;

/** The sibling regex of each stem, kept across articles (a model line recurs; compiling its long variant alternation is most of the cost). */
const siblingRegexes = perRuleSet((_rules: RuleSet) => new Map<string, RegExp>());

function siblingRegex(stem: string, rules: RuleSet): RegExp {
  const cache = siblingRegexes(rules);
  let re = cache.get(stem);
  if (!re) {
    if (cache.size >= 2000) cache.clear();
    // (a hyphenated version alone: "다올-2", not "다올-2 라이트", which the page names in full where it means it)
    const variant = stem.endsWith('-') ? '' : variantAfterSource(rules);
    // (sticky: tried only where the stem occurs, see literalLedMatches)
    re = new RegExp(`(?<![가-힣A-Za-z0-9])${escapeRegex(stem)}\\d{1,2}(?:\\.\\d{1,2})?${variant}(?![A-Za-z0-9.]|\\s?(?:년|월|일|개|억|조|위|배|점|명|세대|%))`, 'y');
    cache.set(stem, re);
  }
  return re;
}

/**
 * "'오름 LM 2'를 공개했다" … "전작인 오름 LM 1", "오름 LM 2 미니": once an article names a model "<stem> <version>",
 * the same stem with another version or a variant word after it names a model of the line too; and so does a
 * hyphenated version ("다올-3" … "다올-2의 뒤를 잇는다").
 */
export function siblingNames(all: Mention[][], sentences: Sentence[], rules: RuleSet): string[] {
  const stems = new Set<string>();
  const latinVersions = new Set<string>();
  for (const ms of all) for (const m of ms) if (m.type === 'Model' && m.via === 'discovered') {
    const v = VERSIONED.exec(m.surface);
    // (the stem kept with its separator: "다올-" finds "다올-2", "오름 LM " finds "오름 LM 1")
    if (v && v[1]!.length >= 2 && /[가-힣]/.test(v[1]!)) stems.add(v[1]! + v[2]! + v[3]!);
    // ("Nova-M2" … "Nova-M1": a Latin name whose last part is a letter or two and its number)
    const lettered = LETTER_VERSIONED.exec(m.surface);
    if (lettered) stems.add(lettered[1]!);
    // a romanised name's version ("Zenra 3.0"): a Hangul sibling with that version is likely its other-language form
    if (v && v[2] === ' ' && !v[3] && /^[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)*$/.test(v[1]!)) latinVersions.add(v[4]!);
  }
  for (const ms of all) for (const m of ms) {
    // "새봄AI … 새봄 3를": a company's Hangul name before its AI/lab word, then a version, names the company's model line
    const namesake = m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' ? COMPANY_STEM.exec(m.surface) : null;
    // (or a hyphen: "새봄AI … '새봄-2'")
    if (namesake) stems.add(`${namesake[1]!} `).add(`${namesake[1]!}-`);
  }
  const out = new Set<string>();
  addLatinSizedSiblings(all, sentences, out);
  for (const stemSep of stems) {
    const re = siblingRegex(stemSep, rules);
    const stem = stemSep.slice(0, -1);
    // only where no name read already covers the match
    sentences.forEach((s, i) => {
      if (!s.text.includes(stemSep)) return; // every match starts with the stem and its separator
      for (const m of literalLedMatches(s.text, stemSep, re)) {
        // an alias in parentheses ("자드라키 2.5 터보(Xadraky 2.5 Turbo)") belongs to the name before it
        if (/\(\s?$/.test(s.text.slice(Math.max(0, m.index - 2), m.index))) continue;
        if (latinVersions.has(m[0].slice(stemSep.length).trim())) continue;
        if (!(all[i] ?? []).some((x) => x.start <= m.index && x.end >= m.index + m[0].length)) out.add(m[0]);
      }
      // "'테라-R1 Ko 2'는 … 테라-R1 Ko의 후속": a stem of two words or more with a number of its own, bare before a particle, is the line's earlier model
      if (stemSep.endsWith(' ') && /\d/.test(stem) && /\s/.test(stem)) for (const m of s.text.matchAll(bareStemRegex(stem))) if (!(all[i] ?? []).some((x) => x.start <= m.index && x.end >= m.index + stem.length)) out.add(stem);
    });
  }
  return [...out];
}

/** The stem alone, before a particle or a quote (not before a version, a variant or more of a name). */
function bareStemRegex(stem: string): RegExp {
  return new RegExp(`(?<![가-힣A-Za-z0-9])${escapeRegex(stem)}(?=['"’”]?(?:의|은|는|이|가|을|를|와|과|도|보다|에서)(?![가-힣]))`, 'g');
}

/** "Vela-Tutor 14B": a discovered Latin name (one word, or two hyphen-joined) with a size in billions after a space. */
const LATIN_SIZED = /^([A-Z][A-Za-z]{2,15}(?:-[A-Z][A-Za-z]{1,15})?) \d{1,3}(?:\.\d)?B$/;

/**
 * "Vela-Tutor 14B" … "Vela-Tutor Mini, a 1.5B model", "the successor to their Vela-Tutor 1": once an article names a Latin
 * model line by its size, the same name with a small version number or a variant word after it names a model of the line
 * (not a count, a size or a share: "Vela-Tutor 3 points", "Vela-Tutor 2B").
 */
function addLatinSizedSiblings(all: Mention[][], sentences: Sentence[], out: Set<string>): void {
  const stems = new Set<string>();
  for (const ms of all) for (const m of ms) if (m.type === 'Model' && m.via === 'discovered') {
    const stem = LATIN_SIZED.exec(m.surface)?.[1];
    if (stem) stems.add(stem);
  }
  for (const stem of stems) {
    const re = new RegExp(`(?<![A-Za-z0-9\\-])${escapeRegex(stem)} (?:\\d{1,2}(?:\\.\\d{1,2})?|Mini|Lite|Nano|Pro|Max|Plus|Flash|Turbo)(?![A-Za-z0-9.\\-]|\\s?(?:%|[BMK]\\b|points?\\b|tokens?\\b|x\\b))`, 'g');
    sentences.forEach((s, i) => {
      if (!s.text.includes(`${stem} `)) return;
      for (const m of s.text.matchAll(re)) if (!(all[i] ?? []).some((x) => x.start <= m.index && x.end >= m.index + m[0].length)) out.add(m[0]);
    });
  }
}
