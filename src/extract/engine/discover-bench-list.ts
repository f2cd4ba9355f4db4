/**
 * "한국어 지식(KMMLU), 한국어 복합 추론(한결-QA), 코딩(코드마루) 등 3개 벤치마크": a list whose items are each a described
 * test with its name in parentheses, closed by "등 N개 벤치마크" (or 평가), names a benchmark in every parenthesis.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, overlaps, type DiscoveryLexicon } from './discover-common.js';

/** The list's closing words: "등 3개 벤치마크", "등 세 가지 평가". */
const LIST_CLOSE = /\s?등\s?(?:\d{1,2}|두|세|네|다섯|여섯)\s?(?:개|가지)\s?(?:벤치마크|평가|시험|테스트)/;
/** One item: a few words of description, then the test's name in parentheses (no spaces beyond two words). */
const ITEM = /^(?:및\s)?[가-힣A-Za-z·\s]{1,24}\(([가-힣A-Za-z0-9][가-힣A-Za-z0-9\-]{1,15}(?:\s[가-힣A-Za-z0-9\-]{1,10})?)\)$/;

/** Benchmarks named in the parentheses of a list that a benchmark count closes; at least two items. */
export function discoverListedBenchmarks(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  // (cheap checks first: the list's 등 and a word for a test)
  if (!text.includes('등') || !text.includes('(') || !(text.includes('벤치마크') || text.includes('평가') || text.includes('시험') || text.includes('테스트'))) return out;
  const close = LIST_CLOSE.exec(text);
  if (!close) return out;
  // the list runs back from the closing words to the clause's start (a particle-marked subject or the sentence start)
  const head = text.slice(Math.max(0, close.index - 200), close.index);
  const items = head.split(/,\s?|\s?(?:와|과)\s(?=[^,]*\()/);
  const found: Array<[string, number]> = [];
  let cursor = close.index;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    const m = ITEM.exec(item.trim());
    if (!m) {
      // the first item keeps the clause's words before it ("…설명회를 열고 한국어 지식(KMMLU)"): read its last words only
      const last = /[가-힣A-Za-z·]{1,12}(?:\s[가-힣A-Za-z·]{1,12}){0,2}\(([가-힣A-Za-z0-9][가-힣A-Za-z0-9\-]{1,15})\)$/.exec(item.trim());
      if (last) found.push([last[1]!, text.lastIndexOf(`(${last[1]!})`, cursor) + 1]);
      break;
    }
    const at = text.lastIndexOf(`(${m[1]!})`, cursor) + 1;
    found.push([m[1]!, at]);
    cursor = at;
  }
  if (found.length < 2) return out;
  for (const [name, at] of found) {
    if (at <= 0 || lx.generic.has(normalizeName(name)) || overlaps([...ms, ...out], at, at + name.length)) continue;
    out.push(discoveredMention('Benchmark', name, at, at + name.length));
  }
  return out;
}

/** A line labelled as the benchmarks used ("검증 벤치마크: A(a), B(b)", "평가 벤치마크 : A, B", "Benchmarks: A, B"). */
const LABELLED_LINE = /^(?:[가-힣]{1,6}\s)?(?:벤치마크|Benchmarks?)\s?[:：]\s?(.{3,200})$/;
/** One item of such a line: a name of up to four words, maybe its gloss or acronym in parentheses. */
const LABELLED_ITEM = /^([가-힣A-Za-z][가-힣A-Za-z0-9\-.+]{0,20}(?:\s[가-힣A-Za-z0-9\-.+]{1,12}){0,3})(\s?\([^()]{1,24}\))?$/;

/** Benchmarks a line labelled as the benchmarks used names, one an item between commas (two items at least, none a sentence). */
export function discoverLabelledBenchmarks(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (!text.includes(':') && !text.includes('：')) return out;
  const line = LABELLED_LINE.exec(text.trim());
  if (!line) return out;
  const items = line[1]!.split(/,\s?/);
  const parsed = items.map((it) => LABELLED_ITEM.exec(it.trim()));
  if (items.length < 2 || parsed.some((p) => !p)) return out;
  let cursor = text.indexOf(line[1]!);
  for (const p of parsed) {
    const name = p![1]!;
    const at = text.indexOf(name, cursor);
    cursor = at + p![0].length;
    if (lx.generic.has(normalizeName(name)) || overlaps([...ms, ...out], at, at + name.length)) continue;
    out.push(discoveredMention('Benchmark', name, at, at + name.length));
  }
  return out;
}
