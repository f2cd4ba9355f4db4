/**
 * Names discovered elsewhere in the same article, looked for again in every sentence: each whole-word
 * occurrence outside a longer quoted name, with a variant word or hyphenated tail after a model making
 * a sibling model, and a known name with its alias in parentheses read as one mention.
 */
import { findQuoted, isParticleTail, type QuotedSpan } from '../korean.js';
import type { Mention, RuleSet } from '../types.js';
import { discoveredMention } from './discover.js';
import { LIKENESS_SUFFIX } from './model-tokens.js';
import { parseMagnitude } from '../korean.js';
import { variantAfterName } from '../variant-words.js';
import { isEditionPrefixed } from './name-ends.js';
import { wordStartsOf } from '../../parse/text.js';


/** A name discovered elsewhere in the same article, looked for again in every sentence. */
export interface KnownName {
  name: string;
  type: Mention['type'];
  key: string;
  /** What the name itself shows (a size in "미르온-8B"). */
  properties?: Mention['properties'];
  /** The name this one is an alias of ("2027년 X 지원사업" for "X 지원사업"): the mention carries it as an alias. */
  aliasOf?: string;
  /** A word that points back to a model named in full ("미니는"): read as a reference, never the entity's name. */
  reference?: boolean;
  /** Read only with a particle glued after it ("가람의", never "가람-7B" or "가람 모델"). */
  particleOnly?: boolean;
  /** A model's family and its developer, as the mention that named it gave them ("'X 3 RAG'" of the X family). */
  family?: string;
  developer?: string;
  /** Read only inside quotation marks ("'산업 특화 AI 모델' 1단계": a programme's field, elsewhere an ordinary phrase). */
  quotedOnly?: boolean;
  /** Read only where it opens the sentence ("연구원은 …", "연구원에서 …": an institute's short name, never "NAME 연구원은"). */
  opening?: boolean;
}

/** " 14B", " 1.5B": a size right after a known model's unversioned name (not "70B급", not "320B 토큰"). */
const SIZE_TAIL = /^\s(\d{1,3}(?:\.\d{1,2})?)([BM])(?![A-Za-z0-9.\-]|\s?(?:급|토큰|tokens?\b|이하|이상|미만|초과))/;
function sizeTail(k: KnownName, text: string, end: number): RegExpExecArray | null {
  // (a versioned name, "X-2 24B", is left to the discoverers: the size there may be the version's own)
  if (k.reference || /\d[A-Za-z]?$/.test(k.name) || text[end] !== ' ') return null;
  const t = SIZE_TAIL.exec(text.slice(end, end + 12));
  if (!t) return null;
  const after = end + t[0].length;
  return after >= text.length || /[\s,.)'"’”:/]/.test(text[after]!) || isParticleTail(text, after) ? t : null;
}

/**
 * " 2", " 3.5": a version after a known model's name that ends in a number or a size ("X-8B 2를", "Y-3 2는"; not a size
 * "Y-2 9B"), or in a hyphened capital or two ("'X AB-Q'" … "X AB-Q 2는": the line's second model; not "X-Instruct 2").
 */
const VERSION_TAIL = /^\s[1-9](?:\.\d)?(?![\d.,%A-Za-z])/;
function versionTail(k: KnownName, text: string, end: number): RegExpExecArray | null {
  if (k.reference || !/(?:\d[A-Za-z]?|-[A-Z]{1,3})$/.test(k.name)) return null;
  const t = VERSION_TAIL.exec(text.slice(end, end + 6));
  if (!t) return null;
  // (a particle or a break after it, never a unit or a counter: "X-8B 2개", "X-8B 2위", "X-8B 2배")
  const after = end + t[0].length;
  return after >= text.length || /[\s,.)'"’”]/.test(text[after]!) || isParticleTail(text, after) ? t : null;
}

/** "-V", "-Ko": a hyphenated tail glued to a known model's name, before a particle or a break. */
const HYPHEN_TAIL = /^-[A-Za-z0-9]{1,8}(?![A-Za-z0-9.\-])/;
function hyphenTail(text: string, end: number): RegExpExecArray | null {
  const t = text[end] === '-' ? HYPHEN_TAIL.exec(text.slice(end, end + 10)) : null;
  // ("a Y-powered agent", "Y-based apps": a likeness or basis suffix makes the name an adjective, no variant)
  return t && isParticleTail(text, end + t[0].length) && !LIKENESS_SUFFIX.test(t[0]) ? t : null;
}

/** "-final", "-ref", "-rc2": a checkpoint's stage glued to a model's name ("v2-final은"), the same model's run, no sibling. */
const CHECKPOINT_TAIL = /^-(?:final|ref|best|last|latest|rc\d?|ckpt)(?![A-Za-z0-9.\-])/i;

/** " (X 2 Lite)": a Latin spelling in brackets that ends on a Latin variant word. */
const LATIN_VARIANT_GLOSS = /^\s?\(([A-Za-z0-9][A-Za-z0-9.\-]{0,20}(?:\s[A-Za-z0-9.\-]{1,12}){0,2}\s(?:Mini|Lite|Pro|Max|Plus|Nano|Flash|Turbo|Ultra|Air|Edge))\)/;

export function findKnownNames(text: string, known: KnownName[], taken: Mention[], rules: RuleSet): Mention[] {
  const variantAfter = variantAfterName(rules); // " 라이트입니다": a variant word after a model's name
  const out: Mention[] = [];
  let quotes: QuotedSpan[] | undefined; // read on first need
  for (const k of known) {
    for (const at of wordStartsOf(text, k.name)) {
      const end = at + k.name.length;
      // ("V2" known as the version of "오름-V2" is no name inside "Oreum-V2-34B": a hyphen glued to a Latin word before it joins a longer name)
      if (text[at - 1] === '-' && at > 1 && /[A-Za-z0-9]/.test(text[at - 2]!) && k.reference) continue;
      // ("K-휴먼이벨" once "휴먼이벨(HumanEval)" is known: a Latin prefix glued by a hyphen makes another test set, a local edition)
      if (k.type === 'Benchmark' && isEditionPrefixed(text, at)) continue;
      const next = text[end] ?? ' ';
      // ("오민규님은" once "CTO 오민규님" is known: 님 glued to a known person's name, then a particle, is the same person)
      const honorific = k.type === 'Person' && next === '님' && isParticleTail(text, end + 1);
      if (/[A-Za-z0-9]/.test(next) || (/[가-힣]/.test(next) && !honorific && !isParticleTail(text, end))) continue;
      if (k.particleOnly && !(/[가-힣]/.test(next) && isParticleTail(text, end))) continue;
      if (k.quotedOnly && !(/['"‘“]/.test(text[at - 1] ?? '') && /['"’”]/.test(next))) continue;
      if (k.opening && text.slice(0, at).trim() !== '') continue;
      // a family word inside the known name ("믿:음" in "믿:음 K 2.0") gives way to it, and so does a company
      // whose product is named after it ("X 네모" once the article has named the model 'X 네모')
      if (taken.some((m) => m.start < end && at < m.end && !((m.type === k.type || (m.type === 'Company' && k.type !== 'Person')) && m.start >= at && m.end <= end && m.end - m.start < end - at))) continue;
      // ("X K2-Lite" once 'X K2' and 'K2-Lite' are both known: the known name before the hyphened tail holds the shorter one inside)
      const inside = out.filter((m) => m.start < end && at < m.end);
      if (inside.length && !(k.type === 'Model' && inside.every((m) => m.type === 'Model' && m.start > at && m.end === end + (hyphenTail(text, end)?.[0].length ?? -1)))) continue;
      for (const m of inside) out.splice(out.indexOf(m), 1);
      quotes ??= findQuoted(text).filter((q) => q.text.length <= 30 && (q.text.match(/\s/g) ?? []).length <= 3);
      // ("v2-final은": a checkpoint's stage after the name is the same model's run)
      const stage = k.type === 'Model' ? CHECKPOINT_TAIL.exec(text.slice(end, end + 10)) : null;
      if (stage && isParticleTail(text, end + stage[0].length)) {
        out.push({ type: k.type, key: k.key, surface: k.name, aliases: k.aliasOf ? [k.aliasOf] : [], start: at, end: end + stage[0].length, via: k.reference ? 'reference' : 'discovered' });
        continue;
      }
      // "X 2 라이트입니다": a variant word after a known model's name makes a sibling model, and so does a hyphenated tail ("X-3-V")
      const variant = k.type === 'Model' ? (variantAfter.exec(text.slice(end, end + 44)) ?? hyphenTail(text, end)) : null;
      // (not inside a longer quoted name, unless the quote holds just the name and its variant word: "'Y-3 라이트'요.")
      if (quotes.some((q) => q.start <= at && end <= q.end && q.text.trim() !== k.name && !q.text.trim().startsWith(`${k.name}(`) && !(variant && q.start === at && q.text.trim() === `${k.name}${variant[0]}`.trim()))) continue;
      if (variant) {
        const named = discoveredMention('Model', `${k.name}${variant[0]}`, at, end + variant[0].length);
        // ("X 2 라이트(X 2 Lite)": the Latin spelling in brackets is the variant's alias, not the main model named again)
        const gloss = LATIN_VARIANT_GLOSS.exec(text.slice(named.end, named.end + 40));
        if (gloss) Object.assign(named, { aliases: [...named.aliases, gloss[1]!], end: named.end + gloss[0].length });
        out.push(named);
        continue;
      }
      // "후속 모델인 X-8B 2를" once the article has named 'X-8B': a version after it names the next model
      const version = k.type === 'Model' ? versionTail(k, text, end) : null;
      if (version) {
        out.push(discoveredMention('Model', `${k.name}${version[0]}`, at, end + version[0].length));
        continue;
      }
      // "파도 14B는" once the article has named '파도': a size after a known model's name makes that size's model
      const size = k.type === 'Model' && /\d/.test(text[end + 1] ?? '') ? sizeTail(k, text, end) : null;
      if (size) {
        const sized = discoveredMention('Model', `${k.name}${size[0]}`, at, end + size[0].length);
        sized.properties = { parameters: parseMagnitude(size[1]!, size[2]!) };
        out.push(sized);
        continue;
      }
      out.push({ type: k.type, key: k.key, surface: k.name, aliases: k.aliasOf ? [k.aliasOf] : [], start: at, end, via: k.reference ? 'reference' : 'discovered', ...(k.properties ? { properties: { ...k.properties } } : {}), ...(k.family ? { family: k.family } : {}), ...(k.developer ? { developer: k.developer } : {}) });
    }
  }
  // "하늬-R 14B(Hanui-R 14B)": a known name with its alias in parentheses is one mention
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (a.key === b.key && /^\s?\($/.test(gap) && text[b.end] === ')') {
      // ("v1(gureum-8b-v1)은": a version tag that points back, glossed with the full name, names the model by that name)
      if (a.via === 'reference' && b.via !== 'reference') Object.assign(a, { surface: b.surface, via: b.via, aliases: b.aliases, properties: b.properties ?? a.properties });
      else a.aliases.push(b.surface);
      a.end = b.end + 1;
      out.splice(i + 1, 1);
    }
  }
  return out;
}

/** The kind word glued after a company's short name ("코난테크놀로지", "트릴리온랩스"). */
const GLUED_KIND = /^(?:테크놀로지스|테크놀로지|테크|랩스|랩|소프트|시스템즈|로보틱스|에이아이|AI|Labs|Technologies)$/;

/**
 * "코난·트릴리온 컨소시엄" … "코난테크놀로지": a company name discovered in the article that opens another
 * company's name before a glued kind word is that company's short form (the known name points to it).
 */
export function linkGluedShortForms(known: Map<string, KnownName>, all: Mention[][]): void {
  for (const [name, k] of known) {
    if (k.type !== 'Company' || k.aliasOf) continue;
    const full = all.flat().find((x) => x.type === 'Company' && x.surface.length > name.length && x.surface.startsWith(name) && GLUED_KIND.test(x.surface.slice(name.length)));
    if (full) known.set(name, { name, type: 'Company', key: full.key, aliasOf: full.surface });
  }
}
