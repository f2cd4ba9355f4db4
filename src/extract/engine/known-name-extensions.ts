/**
 * A name the gazetteer knows, grown by what is glued to it: a short Latin prefix ("K-엑사원 2") or a product word and
 * a version after a family word ("바르코 NPC 1.0"). Run by findMentions before discovery's names are settled.
 */
import type { Mention } from '../types.js';
import { discoveredMention } from './discover.js';

/** A short Latin prefix and a hyphen right before a known model or benchmark ("K-엑사원 2", "Ko-Llama 3", "K-DocVQA"). */
const MODEL_PREFIX = /(?<![A-Za-z0-9가-힣.\-])([A-Z][A-Za-z]{0,2})-$/;

/**
 * "K-엑사원 2": a known model with a prefix glued to it names a model of its own, of the same family and developer;
 * "K-DocVQA", "Ko-HumanEval": a known benchmark with one names another benchmark (a Korean edition), no score on the original.
 */
export function prefixKnownNames(text: string, ms: Mention[]): void {
  for (const [i, m] of ms.entries()) {
    if ((m.type !== 'Model' && m.type !== 'Benchmark') || m.via === 'discovered') continue;
    const p = MODEL_PREFIX.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (!p || ms.some((x) => x !== m && x.end > m.start - p[0].length && x.start < m.start)) continue;
    const start = m.start - p[0].length;
    const mention = discoveredMention(m.type, text.slice(start, m.end), start, m.end);
    if (m.type === 'Model') mention.family = m.family ?? m.key;
    ms[i] = mention;
  }
}

/** What a family's product line adds after the family word: a capitalised Latin word and a version ("NPC 1.0", "Coder 2"). */
const PRODUCT_AFTER_FAMILY = /^[A-Z][A-Za-z]{1,9}\s\d{1,2}(?:\.\d{1,2})?$/;

/**
 * "바르코(VARCO) NPC 1.0", "바르코 NPC 1.0": a family word the gazetteer lists (maybe with its other spelling in
 * parentheses), then a product word and a version found as a model of their own, is one model of that family and
 * developer; the other spelling gives its alias ("VARCO NPC 1.0").
 */
export function joinFamilyProducts(text: string, ms: Mention[]): void {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model' || m.via === 'discovered' || m.family || /\d/.test(m.surface) || text[m.end] !== ' ') continue;
    const next = ms.find((x) => x.type === 'Model' && x.via === 'discovered' && x.start === m.end + 1 && PRODUCT_AFTER_FAMILY.test(x.surface));
    if (!next) continue;
    const joined = discoveredMention('Model', `${m.surface} ${next.surface}`, m.start, next.end, m.developer);
    joined.family = m.key;
    const gloss = /\(([A-Za-z][^()]{0,20})\)$/.exec(text.slice(m.start, m.end))?.[1];
    if (gloss) joined.aliases.push(`${gloss} ${next.surface}`);
    ms.splice(ms.indexOf(next), 1);
    ms[ms.indexOf(m)] = joined;
  }
}

/** A quantisation mark right after a model's name (" GGUF", "-AWQ", "-INT4"), before a particle or a break. */
const COPY_WORDS = 'GGUF|AWQ|GPTQ|EXL2|MLX|INT[48]';
const COPY_MARK = new RegExp(`^[\\s-](?:${COPY_WORDS})(?![A-Za-z0-9_])(?=(?:은|는|이|가|을|를|의|와|과|도|로|으로)?(?:[\\s,.)'"’”]|$))`);
/** Whether a text names any quantisation mark at all (the cheap test before looking after each model). */
const ANY_COPY_WORD = new RegExp(COPY_WORDS);
/** An unchecked task-list item ("- [ ] X GGUF 배포"): a thing still to do, so a copy it names does not exist yet. */
const UNCHECKED_TASK = /^\s*(?:[-*+]\s)?\[\s\]\s/;

/**
 * "X GGUF", "X-AWQ" after a model the article already knows as X: the mark names a quantised copy of X, a model of its
 * own (see quantised-copies.ts for its base), not X. The copy's maker may be anyone: it takes no family from X.
 */
export function markQuantisedCopies(text: string, ms: Mention[]): void {
  if (!ANY_COPY_WORD.test(text) || UNCHECKED_TASK.test(text)) return;
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Model' || m.via === 'blocked') continue;
    const mark = COPY_MARK.exec(text.slice(m.end, m.end + 12));
    if (!mark || ms.some((x) => x !== m && x.start < m.end + mark[0].length && x.end > m.end && x.via !== 'blocked')) continue;
    ms[i] = discoveredMention('Model', text.slice(m.start, m.end + mark[0].length), m.start, m.end + mark[0].length);
  }
}
