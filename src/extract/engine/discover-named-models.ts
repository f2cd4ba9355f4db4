/**
 * Model names a sentence gives by form rather than by version: a name a model noun is called by ("X라는 모델",
 * "a model named X"), a Latin word ending in LM, and a Hangul name glossed in Latin letters that sound the same.
 */
import { normalizeName } from '../../graph/index.js';
import { isParticleTail } from '../korean.js';
import type { Mention } from '../types.js';
import { BASE_AFTER, discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { consonantSkeleton, romanize } from '../transliterate.js';
import { closedAt } from '../hangul.js';
import { matchesIn } from './text-scans.js';
import { NOT_NUMBERED_NAME, PARTICLE_WORD_BEFORE_NUMBER, SIZE_WORD } from './discover-models.js';

/** "The model, named Orbis-Q, will …", "a legal LLM called Lexa 2": a capitalised name given to a model noun in English. */
const NAMED_EN_MODEL = /\b(?:model|LLM|language model)s?,?\s(?:named|called|dubbed)\s([A-Z][A-Za-z0-9]{1,15}(?:[-\s](?:[A-Z0-9][A-Za-z0-9.]{0,10}))?)(?=[,.;]|\s(?:will|is|was|has|and|for|that|which)\b|$)/g;
export function namedEnglishModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(NAMED_EN_MODEL, text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (isTaken(ms, out, start, start + name.length) || lx.generic.has(normalizeName(name)) || /^(?:The|This|That|It|Its|After|From)$/.test(name)) continue;
    out.push(discoveredMention('Model', name, start, start + name.length));
  }
  return out;
}

/** "X라는 모델을 냈다", "X이라는 의료 특화 LLM": an unquoted Hangul name given to a model noun (the quotative fitting the name's last sound). */
const NAMED_MODEL = /(?<![가-힣A-Za-z0-9·\-'"‘“’”])([가-힣][가-힣A-Za-z0-9]{1,9}?)(이)?라는\s(?:이름의\s)?(?:[가-힣A-Za-z]{1,8}\s){0,2}?(?:모델|언어모델|LLM|sLM)(?:을|를|은|는|이|가|도|로|으로|의|이에요|입니다|이다)?(?![가-힣A-Za-z])/g;
export function namedHangulModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(NAMED_MODEL, text)) {
    const name = m[1]!;
    const end = m.index + name.length;
    if (/[A-Za-z0-9]$/.test(name) || closedAt(name, name.length - 1) !== (m[2] !== undefined)) continue;
    // "좋다라는 모델", "새로운 것이라는 모델": a predicate or a common noun quoted is no name
    if (/(?:다|요|고|지|것|게|한|된|는|은|을|를|의|에|도)$/.test(name) || NOT_NUMBERED_NAME.test(name) || SIZE_WORD.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (isTaken(ms, out, m.index, end)) continue;
    out.push(discoveredMention('Model', name, m.index, end));
  }
  return out;
}

/**
 * "PolicyLM", "다올 PolicyLM은", "MedLLM": a Latin word in mixed case that ends in LM or LLM names a language model
 * (the bare abbreviations LLM, sLM, VLM have no lowercase letter before the ending; a code identifier such as
 * "AutoModelForCausalLM" has more than two words before it); a Hangul word before it that
 * is no company named there, no particle-ended word and no measuring word is the brand that leads the name.
 */
const LM_NAME = /(?<![가-힣A-Za-z0-9\-])(?:([가-힣]{2,4})\s)?([A-Z][a-z]{1,10}(?:[A-Z][a-z]{1,10})?L?LM)(?![A-Za-z0-9\-])/g;
export function languageModelNames(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(LM_NAME, text)) {
    const latinStart = m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length;
    const brand = m[1] && !isTaken(ms, out, m.index, m.index + m[1].length) && !PARTICLE_WORD_BEFORE_NUMBER.test(`${m[1]} `) && !/(?:이|가|고|며|서|면|한|된|던)$/.test(m[1]) && !NOT_NUMBERED_NAME.test(m[1]) && !SIZE_WORD.test(m[1]) && !lx.generic.has(normalizeName(m[1]));
    const start = brand ? m.index : latinStart;
    if (isTaken(ms, out, start, end) || lx.generic.has(normalizeName(m[2]!))) continue;
    if (/[가-힣]/.test(text[end] ?? '') && !isParticleTail(text, end) && !/^(?:이다|다|입니다)/.test(text.slice(end))) continue;
    out.push(discoveredMention('Model', text.slice(start, end), start, end));
  }
  return out;
}

/**
 * "법률 특화 모델 LexNova를", "요약 LLM DocuMira는": a coined Latin name in camel case (a capital inside the word) right after a
 * model noun is the name of that model, with no version needed (a plain word, "모델 Pro", is a variant, not a name).
 */
const NOUN_LED_CAMEL = /(?:모델|LLM|sLM)\s([A-Z][a-z]{1,10}[A-Z][A-Za-z]{1,12})(?=(?:은|는|이|가|을|를|의|와|과|도|로|으로|에서|에)?(?:[\s,.)'"’”]|$))/g;
export function nounLedCamelModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(NOUN_LED_CAMEL, text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (isTaken(ms, out, start, start + name.length) || lx.generic.has(normalizeName(name))) continue;
    out.push(discoveredMention('Model', name, start, start + name.length));
  }
  return out;
}

/** " 미니", " Lite": a variant word after a company's name (its model's title when the company closes the line as its developer). */
const BRAND_VARIANT_TITLE = /^\s(?:미니|라이트|프로|맥스|플러스|Mini|Lite|Pro|Max|Plus)(?=\s)/;

/** "4위 누리온 미니 누리온": a company's name and a variant word, then the same company as the line's closing developer, names the company's model. */
export function brandVariantTitle(text: string, c: Mention): Mention | undefined {
  const titled = BRAND_VARIANT_TITLE.exec(text.slice(c.end, c.end + 12));
  if (!titled || text.slice(c.end + titled[0].length).trim() !== c.surface) return undefined;
  return discoveredMention('Model', `${c.surface}${titled[0]}`, c.start, c.end + titled[0].length, c.key);
}

/** "루멘 미니(Lumen Mini)", "하늘결-K(Haneulgyeol-K)", "누리(영어: Nuri)": a Hangul name and the same name in Latin letters in parentheses. */
const BILINGUAL = /(?<![가-힣A-Za-z0-9])([가-힣]{2,6}(?:[\s\-][가-힣A-Za-z0-9]{1,6}){0,2})\s?\((?:영어\s?:\s?)?([A-Z][A-Za-z]{1,15}(?:[\s\-][A-Za-z0-9]{1,12}){0,2})\)/g;
/** "X(Y)은 … 언어모델 계열을 가리킨다", "X(영어: Y)은 … 개발한 대형 언어 모델(LLM) 계열이다": an encyclopedia's definition calls the name a model (or a family of models). */
const DEFINED_AS_MODEL = /^(?:은|는)\s[^.]{0,100}?(?:모델|LLM|sLM)(?:\s?\([A-Za-z]{2,5}\))?(?:\s?(?:계열|시리즈|제품군|패밀리))?(?:(?:을|를)\s(?:가리킨다|말한다|이른다|일컫는다)|이다)(?:\.?$|\.\s)/;

/**
 * A name written twice, in Hangul and then in Latin letters that sound the same (their consonants agree), is a proper
 * name; it is a model's where a release or model cue stands before it, or a base or release wording after it.
 */
export function bilingualModels(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(BILINGUAL, text)) {
    const latin = m[2]!;
    const close = m.index + m[0].length;
    const skeleton = consonantSkeleton(latin);
    if (skeleton.length < 3) continue;
    // the Hangul name is the last one, two or three words before the parenthesis ("공개한 루멘 미니(Lumen Mini)")
    let hangul = m[1]!;
    let start = m.index;
    while (consonantSkeleton(romanize(hangul)) !== skeleton) {
      const cut = hangul.search(/[\s\-]/);
      if (cut < 0) break;
      start += cut + 1;
      hangul = hangul.slice(cut + 1);
    }
    if (!/^[가-힣]/.test(hangul) || consonantSkeleton(romanize(hangul)) !== skeleton) continue;
    if (isTaken(ms, out, start, close) || lx.generic.has(normalizeName(hangul)) || lx.generic.has(normalizeName(latin))) continue;
    const before = text.slice(Math.max(0, start - 14), start);
    const after = text.slice(close, close + 12);
    if (!(lx.releaseBefore.test(before) || lx.modelBefore.test(before) || lx.modelAfter.test(after) || BASE_AFTER.test(text.slice(close, close + 60)) || (start === 0 && DEFINED_AS_MODEL.test(text.slice(close)))) || lx.notModelAfter.test(after)) continue;
    if (/[가-힣]/.test(text[close] ?? '') && !isParticleTail(text, close) && !/^(?:이다|다|입니다)/.test(text.slice(close))) continue;
    const mention = discoveredMention('Model', hangul, start, close);
    mention.aliases.push(latin);
    out.push(mention);
  }
  return out;
}
