/**
 * Leaderboards named by a one-word name and a round ("반딧불 리더보드3", "반딧불 리더보드 v2"), the round's short name without the
 * board's noun ("반딧불 v2"), and a subset a board scores apart under the round's short name ("추론 서브셋 반딧불 v2-Math").
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/**
 * "반딧불 리더보드3에서", "누리 아레나 12주차 순위": a one-word name before 리더보드 (or an arena) and a round number (not a bound noun or
 * determiner: "좁혀진 만큼 리더보드 순위"); a release tag for the round ("반딧불 리더보드 v2에서"); glossed by the board's English name
 * ("반딧불 리더보드 v2(Banditbul Leaderboard v2)"), which names it with no score or ranking near.
 */
export const HANGUL_LEADERBOARD = /(?<![가-힣A-Za-z0-9])(?!(?:만큼|대로|뿐|때문에|등|및|또는|혹은|이번|해당|각|여러|전체|같은|다른|모든|이|그|저)\s)([가-힣]{1,5} (?:리더보드|아레나)(?:\d{1,2}|\s[vV]\d{1,2}(?:\.\d)?(?![\dA-Za-z.]))?)(?=에서|에선|에서는|에서도|\s?평가|\s기준|\s?결과|(?:\s\d{1,2}(?:주차|월))?\s?순위|\s리더보드|\([A-Z][A-Za-z]{1,15}(?:\s[A-Z][A-Za-z]{1,15})?\s(?:Leaderboard|Arena)(?:\s[vV]?\d{1,2}(?:\.\d)?)?\))/g;

/** "(Banditbul Leaderboard v2)": a board's English name in parentheses. */
export const GLOSSED_BOARD = /\((?:[A-Z][A-Za-z]{1,15}\s){1,2}(?:Leaderboard|Arena)\b/;

/** "반딧불 리더보드 v2": a board's name with a release-tagged round; its name and round alone ("반딧불 v2") name it too. */
const TAGGED_ROUND = /^([가-힣]{1,5}) (?:리더보드|아레나) ([vV]\d{1,2}(?:\.\d)?)$/;

/** Adds the round's short name ("반딧불 v2") to a board's mention named with a tagged round. */
export function withRoundAlias(m: Mention): Mention {
  const r = TAGGED_ROUND.exec(m.surface);
  if (r) m.aliases.push(`${r[1]} ${r[2]}`);
  return m;
}

/**
 * "추론 서브셋 반딧불 v2-Math를 따로 집계", "세부 벤치마크 누리 v3-Code": a subset noun, then a round's short name with a hyphenated
 * Latin subset word: a benchmark of its own; its round and subset word alone ("v2-Math", a results table's column) name it too.
 */
const SUBSET_BENCH = /(?:서브셋|하위\s?셋|하위\s?벤치마크|세부\s?벤치마크|세부\s?항목|subset)\s(?:<[^>]{1,3}>)?([가-힣]{1,5}\s([vV]\d{1,2}(?:\.\d)?-[A-Z][A-Za-z]{2,14}))(?![A-Za-z0-9\-])/g;

/** Subsets a board scores apart, named after its round ("서브셋 반딧불 v2-Math"). */
export function discoverSubsetBenchmarks(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (!/서브셋|하위|세부|subset/.test(text)) return out;
  for (const m of matchesIn(SUBSET_BENCH, text)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const end = start + m[1]!.length;
    if (lx.generic.has(normalizeName(m[1]!)) || isTaken(ms, out, start, end)) continue;
    const men = discoveredMention('Benchmark', m[1]!, start, end);
    men.aliases.push(m[2]!);
    out.push(men);
  }
  return out;
}
