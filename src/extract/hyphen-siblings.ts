/**
 * A company's line of models named on one stem with a hyphen: the versioned ones the article's rules find ("바람결-2",
 * "Nova-3"), and a sibling whose part after the hyphen is a word of its field, no version ("바람결-코드", "Nova-Code"),
 * which no rule reads as a model by its shape alone. Where the article writes the sibling as a subject or object on its own
 * (a particle or a gloss in parentheses right after it), it is a model of that line too.
 */
import { normalizeName } from '../graph/index.js';
import { escapeRegex } from './engine/compile.js';
import type { Sentence } from '../parse/types.js';
import type { KnownName } from './engine/mentions.js';

/** A versioned name on a stem and a hyphen: "바람결-2", "Nova-3" (the stem's group 1). */
const VERSIONED = /^([가-힣]{2,6}|[A-Z][A-Za-z]{2,12})-\d/;
/** Words a sibling may end in after the stem's hyphen: a field or a form of the model. */
const SIBLING_WORD = '(?:코드|코더|비전|보이스|챗|서치|메드|로|파이낸스|에이전트|Code|Coder|Vision|Voice|Chat|Search|Med|Law|Finance|Agent)';

/** The siblings of the article's versioned hyphenated models that its sentences name with a particle or a gloss after them. */
export function hyphenSiblingNames(sentences: Sentence[], known: KnownName[]): KnownName[] {
  const stems = new Set(known.filter((k) => k.type === 'Model').map((k) => VERSIONED.exec(k.name)?.[1]).filter((s): s is string => s !== undefined));
  const taken = new Set(known.map((k) => k.name));
  const out = new Map<string, KnownName>();
  for (const stem of stems) {
    const re = new RegExp(`(?<![가-힣A-Za-z0-9])(${stem}-${SIBLING_WORD})(?=\\(|(?:은|는|이|가|을|를|의|도)\\s)`, 'g');
    for (const s of sentences)
      for (const m of s.text.matchAll(re)) {
        if (taken.has(m[1]!)) continue;
        const key = `model:~${normalizeName(m[1]!)}`;
        out.set(m[1]!, { name: m[1]!, type: 'Model', key });
        // ("바람결-코드(BARAMGYEOL-Code)": its Latin gloss is the same model's)
        const gloss = /^\(([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\)/.exec(s.text.slice(m.index! + m[1]!.length))?.[1];
        if (gloss && !taken.has(gloss)) out.set(gloss, { name: gloss, type: 'Model', key, aliasOf: m[1]! });
      }
  }
  return [...out.values()];
}

/** A Latin name of hyphened parts: its stem up to the last hyphen ("Juris-Ko" of "Juris-Ko-Qw"; group 1). */
const LATIN_HYPHENED = /^([A-Za-z][A-Za-z0-9]{0,11}(?:-[A-Za-z][A-Za-z0-9]{0,11}){1,2})-[A-Za-z0-9]{1,12}$/;

/**
 * "Juris-Ko-AX, Juris-Ko-Qw라고", "Mira-Med-Base와 Mira-Med-Chat": a name on the stem of a known model's, listed right beside
 * it (a comma or a conjunction between), is a sibling model of that line, whatever word closes it.
 */
export function listedSiblingNames(sentences: Sentence[], known: KnownName[]): KnownName[] {
  const taken = new Set(known.map((k) => k.name));
  const out = new Map<string, KnownName>();
  for (const k of known) {
    const stem = k.type === 'Model' && !k.reference ? LATIN_HYPHENED.exec(k.name)?.[1] : undefined;
    if (!stem) continue;
    const name = escapeRegex(k.name);
    const sibling = `(${escapeRegex(stem)}-[A-Za-z0-9]{1,12})`;
    const re = new RegExp(`(?<![A-Za-z0-9\\-])(?:${sibling}(?:,\\s?|\\s?(?:와|과|및)\\s)${name}|${name}(?:,\\s?|\\s?(?:와|과|및)\\s)${sibling})(?![A-Za-z0-9\\-])`, 'g');
    for (const s of sentences)
      for (const m of s.text.matchAll(re)) {
        const found = m[1] ?? m[2]!;
        if (taken.has(found) || out.has(found)) continue;
        out.set(found, { name: found, type: 'Model', key: `model:~${normalizeName(found)}` });
      }
  }
  return [...out.values()];
}
