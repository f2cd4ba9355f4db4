/**
 * "소담챗 4.1(SodamChat-4.1-9B)은": a Hangul brand and version the text gives no model of its own, right before a Latin model
 * name in parentheses with the same version, is that model's Korean name. The Latin model's mention takes the Hangul name as an
 * alias and its span from the Hangul name to the closing parenthesis, so the particle after it makes it the sentence's topic.
 */
import type { Mention } from '../types.js';

/** "소담챗 4.1(", "누리-봇 2(": a Hangul word (maybe hyphened) and a version, right before an opening parenthesis. */
const HANGUL_VERSION_BEFORE = /(?<![가-힣A-Za-z0-9\-·])([가-힣]{2,8}(?:-[가-힣A-Za-z]{1,8})?)\s(v?\d{1,2}(?:\.\d{1,2})?)\($/;
/** Words before a version that are no name ("버전 3.2", "모델 2.0"). */
const NOT_A_NAME = /^(?:버전|모델|신규|최신|기존|이전|직전|차기|후속|전작|신형|구형|시즌|단계|제품|사양)$/;
/** A size, maybe then a checkpoint word, ending a Latin name ("-12B", " 7B-Instruct"). */
const SIZE_TAIL = /[\s-]\d{1,3}(?:\.\d{1,2})?[BM](?:[\s-][A-Za-z]{1,10})?$/;

/** Folds each such Hangul name into the Latin model mention in the parentheses after it (edits `ms` in place). */
export function foldHangulGlosses(text: string, ms: Mention[]): void {
  if (!/[가-힣]\s\d[\d.]*\(/.test(text)) return;
  for (const m of ms) {
    if (m.type !== 'Model' || text[m.start - 1] !== '(' || text[m.end] !== ')' || /[가-힣]/.test(m.surface)) continue;
    const before = HANGUL_VERSION_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!before || NOT_A_NAME.test(before[1]!)) continue;
    const version = before[2]!.replace(/^v/, '');
    const own = m.surface.replace(SIZE_TAIL, '');
    if (!new RegExp(`[\\s-]v?${version.replace('.', '\\.')}$`).test(own) || !/[A-Za-z]{2}/.test(own)) continue;
    const start = m.start - 1 - before[0].length + 1;
    if (ms.some((x) => x !== m && x.start < m.start - 1 && start < x.end)) continue;
    m.aliases.push(`${before[1]!} ${before[2]!}`);
    m.start = start;
    m.end += 1;
  }
}
