/**
 * Two ways a discovered model's name goes on past where the discoverers stop:
 * - "바람-Ko 3(Baram-Ko 3) 14B는": the other spelling of the line's name in parentheses, then the size. The size is the
 *   model's (the name is "바람-Ko 3 14B", its alias "Baram-Ko 3 14B"), as the gazetteer's tail reader already reads
 *   "엑사원 4.0(EXAONE 4.0) 32B".
 * - "누리-의료 7B-상담은": a Hangul variant word hyphened after the size names another model, built from the sized one
 *   ("누리-의료 7B-상담" beside "누리-의료 7B"), unless the word only describes it ("7B-기반", "7B-급", "7B-모델").
 */
import type { Mention } from '../types.js';
import { parseMagnitude } from '../korean.js';
import { discoveredMention } from './discover-common.js';

/** A size after the closing parenthesis of a gloss, then no more of a name (" 14B는", " 2.4B,"). */
const SIZE_AFTER_GLOSS = /^\s(\d{1,3}(?:\.\d{1,2})?[BM])(?![A-Za-z0-9.\-])/;
/** A size at a name's end ("7B", "2.4B"). */
const SIZE_END = /\d[BM]$/;
/** A size in a name or a gloss. */
const SIZED = /\d(?:\.\d+)?\s?[BM](?![A-Za-z])/;
/** A Hangul word hyphened after the size, then a particle or the end of the word ("-상담은", "-민원 변형"). */
const HANGUL_VARIANT_AFTER = /^-([가-힣]{2,4}?)(?=(?:은|는|이|가|의|을|를|와|과|도|로|으로|에서|에)?(?![가-힣A-Za-z0-9\-]))/;
/** Hangul words after a size that say what kind of model it is, never name a variant. */
const DESCRIPTIVE = /^(?:기반|모델|버전|수준|규모|계열|이상|이하|대비|정도|크기|짜리|사이즈|파라미터|매개변수|체급|라인업|시리즈)$/;

/** A copy of `m` under a longer name, its span to `end`, its aliases given the same tail. */
function lengthened(m: Mention, surface: string, tail: string, end: number, glossTail: boolean): Mention {
  const out = discoveredMention('Model', surface, m.start, end, m.developer);
  out.aliases = m.aliases.map((a) => (glossTail && !SIZED.test(a) ? `${a}${tail}` : a)).filter((a) => a !== surface);
  if (m.family) out.family = m.family;
  const size = /(\d+(?:\.\d+)?)([BM])/.exec(tail) ?? /(\d+(?:\.\d+)?)([BM])$/.exec(m.surface);
  if (size) out.properties = { ...m.properties, parameters: parseMagnitude(size[1]!, size[2]!) };
  return out;
}

/** Lengthens each discovered model mention by a size after its gloss, or by a Hangul variant word after its size (edits `ms` in place). */
export function joinGlossedSizes(text: string, ms: Mention[]): void {
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Model' || m.via !== 'discovered') continue;
    const after = text.slice(m.end, m.end + 12);
    const taken = (end: number) => ms.some((x) => x !== m && x.start < end && m.end < x.end);
    if (text[m.end - 1] === ')' && m.aliases.length && !SIZED.test(m.surface) && !SIZED.test(text.slice(m.start, m.end))) {
      const size = SIZE_AFTER_GLOSS.exec(after);
      if (size && !taken(m.end + size[0].length)) ms[i] = lengthened(m, `${m.surface} ${size[1]!}`, ` ${size[1]!}`, m.end + size[0].length, true);
      continue;
    }
    if (!SIZE_END.test(m.surface) || text[m.end - 1] === ')') continue;
    const variant = HANGUL_VARIANT_AFTER.exec(after);
    if (!variant || DESCRIPTIVE.test(variant[1]!) || taken(m.end + variant[0].length)) continue;
    ms[i] = lengthened(m, `${m.surface}-${variant[1]!}`, `-${variant[1]!}`, m.end + variant[0].length, false);
  }
}
