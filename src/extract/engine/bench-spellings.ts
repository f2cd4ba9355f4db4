/**
 * A benchmark written in Hangul with its Latin name in parentheses after it ("해래(HAE-RAE) 벤치", "코베스트(KoBEST)"):
 * the Latin name is the known one; the Hangul before it spells the same sounds (their consonants agree), so the mention
 * takes in both spellings and a trailing 벤치/벤치마크, and the score that follows ("… 벤치에서 72.3점") stands right after it.
 */
import { consonantSkeleton, romanize } from '../transliterate.js';
import type { Mention } from '../types.js';

const HANGUL_BEFORE = /(?<![가-힣A-Za-z0-9])([가-힣]{2,6})$/;
const CLOSE_AND_BENCH = /^\)(?:\s?벤치(?:마크)?(?![가-힣A-Za-z0-9]))?/;

/** "코-IFEval(": a Hangul-spelt edition prefix, a hyphen and the Latin name of the benchmark, right before the parenthesis. */
const PREFIXED_BEFORE = /(?<![가-힣A-Za-z0-9])([가-힣]{1,3})-([A-Za-z][A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,10})?)$/;

/**
 * "코-IFEval(Ko-IFEval)": the Latin-prefixed edition in parentheses spelt before them with its prefix in Hangul (the Hangul
 * prefix sounds like the Latin one, the rest is the same): the mention takes in both spellings, and the base benchmark the
 * gazetteer found inside the Hangul-prefixed one ("IFEval") gives way.
 */
function foldPrefixedSpelling(text: string, m: Mention, ms: Mention[]): boolean {
  const before = PREFIXED_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start - 1));
  const latin = /^([A-Za-z]{1,3})-(.+)$/.exec(text.slice(m.start, m.end));
  if (!before || !latin || latin[2] !== before[2] || consonantSkeleton(romanize(before[1]!)) !== consonantSkeleton(latin[1]!)) return false;
  const start = m.start - 1 - before[0].length;
  for (let k = ms.length - 1; k >= 0; k--) if (ms[k] !== m && ms[k]!.type === 'Benchmark' && ms[k]!.start >= start && ms[k]!.end <= m.start - 1) ms.splice(k, 1);
  if (ms.some((x) => x !== m && x.end > start && x.start < m.start)) return false;
  m.aliases.push(before[0]);
  m.start = start;
  m.end += CLOSE_AND_BENCH.exec(text.slice(m.end))![0].length;
  return true;
}

/** Widens each parenthesised benchmark mention over the same name spelt in Hangul just before it. */
export function foldHangulBenchmarkSpellings(text: string, ms: Mention[]): void {
  if (!text.includes('(')) return;
  for (const m of [...ms]) {
    if (m.type !== 'Benchmark' || text[m.start - 1] !== '(' || text[m.end] !== ')') continue;
    const hangul = HANGUL_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start - 1))?.[1];
    if (!hangul) {
      if (text[m.start - 2] !== undefined && /[A-Za-z0-9]/.test(text[m.start - 2]!)) foldPrefixedSpelling(text, m, ms);
      continue;
    }
    const latin = consonantSkeleton(text.slice(m.start, m.end));
    if (latin.length < 2 || consonantSkeleton(romanize(hangul)) !== latin) continue;
    const start = m.start - 1 - hangul.length;
    if (ms.some((x) => x !== m && x.end > start && x.start < m.start)) continue;
    const tail = CLOSE_AND_BENCH.exec(text.slice(m.end))![0];
    m.aliases.push(hangul);
    m.start = start;
    m.end += tail.length;
  }
}
