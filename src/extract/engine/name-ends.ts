/**
 * Where a gazetteer name ends: a clean word boundary (particles may follow a Korean name), footnote marks glued to it
 * ("KMMLU2)"), a gloss in parentheses by another of its own names, and a benchmark's edition after it ("AIME 2025").
 */
import { isParticleTail } from '../korean.js';
import type { GazetteerEntry, Mention } from '../types.js';
import { FOOTNOTE_START, isHangulCode, isLatinCode, isLatinDigitCode } from './char-gates.js';

const FOOTNOTE = /(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)/y;
/** An edition glued or hyphened to a benchmark's name ("AIME25", "리더보드-3"), or a year after a space ("AIME 2025"). */
const EDITION = /^(?:-?\d{1,4}(?![\d.)])|\s20\d\d(?![\d.점%]))/;
/** A board's word at the end of its name ("호랑이 리더보드", "Open Ko-LLM Leaderboard", "X 아레나"). */
const BOARD_WORD = /(?:리더보드|보드|아레나|Leaderboard|Board|Arena)$/i;
/**
 * " 4": a board's season after a space ("호랑이 리더보드 4의", "호랑이 리더보드 4(Horangi Leaderboard 4)"), one digit with a
 * particle, a space, a quote, a parenthesis or a list mark after it and no unit (not "리더보드 4위", "리더보드 3개 부문").
 */
const SPACED_EDITION = /^\s[1-9](?=(?:에서|의|은|는|이|가|을|를|로|으로|와|과|에)?(?:[\s'"’”,·()]|$))(?!\s?(?:점|위|등|개|%|명|차|회|번째|년|월|일))/;

/** True when a name may end at `end`: not inside a Latin word or number, not before Latin glued to Hangul, and only before a particle when Hangul follows. */
export function endsCleanly(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const last = text.charCodeAt(end - 1);
  const next = text.charCodeAt(end);
  if (isLatinDigitCode(last) && isLatinDigitCode(next)) return false;
  if (isHangulCode(last) && isLatinCode(next)) return false;
  if (isHangulCode(next)) return isParticleTail(text, end);
  return true;
}

/** The end after footnote marks glued to a name ("KMMLU2)", "GPT-4o¹"), or `end` when there are none. */
export function footnoteEnd(text: string, end: number): number {
  if (!FOOTNOTE_START.has(text.charCodeAt(end))) return end;
  FOOTNOTE.lastIndex = end;
  const f = FOOTNOTE.exec(text);
  if (!f) return end;
  const after = FOOTNOTE.lastIndex;
  return after >= text.length || !isLatinDigitCode(text.charCodeAt(after)) ? after : end;
}

/** The edition after a benchmark's name at `end`: its length in the text and its label ("AIME25": a year's last two digits are that year). */
export function readEdition(text: string, end: number): { length: number; edition?: string } {
  const v = EDITION.exec(text.slice(end, end + 6)) ?? (BOARD_WORD.test(text.slice(Math.max(0, end - 12), end)) ? SPACED_EDITION.exec(text.slice(end, end + 12)) : null);
  if (!v) return { length: 0 };
  return { length: v[0].length, edition: v[0].replace(/\D/g, '').replace(/^[23]\d$/, (y) => `20${y}`) };
}

/**
 * A benchmark named with its edition ("AIME 2025", "호랑이 리더보드3") is that edition: a key of its own, as a model's
 * version has (another year's problems, another season's board), and the bare name its short form (bareKey).
 */
export function keyEdition<T extends { mention?: Mention }>(found: T, edition: string | undefined): T {
  if (edition && found.mention) {
    found.mention.bareKey = found.mention.key;
    found.mention.key = `${found.mention.key}-${edition}`;
  }
  return found;
}

/** Whether another of the entry's names follows in parentheses ("파이(Phi)", "Phi(파이)"). */
export function glossedByOwnName(text: string, end: number, entry: GazetteerEntry): boolean {
  if (text[end] !== '(') return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > 24) return false;
  const inner = text.slice(end + 1, close).trim().toLowerCase();
  return entry.names.some((n) => n.toLowerCase() === inner);
}

/** "지푸AI의 GLM 모델과": a possessive right before the bare name, a model noun right after it. */
const OWNED_BEFORE = /[가-힣A-Za-z0-9)]의\s$/;
const MODEL_NOUN_AFTER = /^\s(?:모델|언어모델|LLM)(?:은|는|이|가|을|를|의|과|와|도|로|으로|에|\s)/;

/** Whether a bare family name (one read only with a version) is named as an owner's model: "X의 GLM 모델". */
export function ownedFamilyModel(text: string, start: number, end: number): boolean {
  return OWNED_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && MODEL_NOUN_AFTER.test(text.slice(end, end + 8));
}

/** "K-", "Ko-": a one- or two-letter Latin prefix glued by a hyphen, opening a word. */
const EDITION_PREFIX = /(?:^|[^A-Za-z0-9])[A-Z][a-z]?-$/;
/**
 * "K-휴먼이벨": a test set's name behind a Latin prefix glued by a hyphen names another test set (a local edition of it),
 * not the one listed or known.
 */
export function isEditionPrefixed(text: string, start: number): boolean {
  return text[start - 1] === '-' && EDITION_PREFIX.test(text.slice(Math.max(0, start - 4), start));
}
