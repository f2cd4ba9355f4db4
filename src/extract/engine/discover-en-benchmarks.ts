/**
 * English benchmark names no gazetteer lists, told by what the sentence calls them: a name and a benchmark word
 * after a space ("K-Foundation Eval"), a name in apposition to a benchmark or a test ("On X, a reasoning benchmark …",
 * "… added a long-context test, X."), and a capitalised name before "Leaderboard" or "Arena" ("the X Leaderboard").
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, overlaps, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** A name in a benchmark's shape: a capitalised word with up to three hyphened parts ("KoMath-500", "Tidal-Reason"). */
const NAME = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,3}`;

/** A name in a benchmark's shape: at least three letters, two capitals, no model size at its end, not a bare acronym of a trade. */
export function isBenchmarkLike(name: string): boolean {
  const caps = name.replace(/[^A-Z]/g, '').length;
  return name.length >= 3 && caps >= 2 && !/\d+(?:\.\d+)?[BM]$/.test(name) && !/^(?:AI|GPU|NPU|CPU|API|LLM|SLM|CEO|CTO|MOU|IT|ICT|KT|LG|SK|MS|AWS|IBM|USA|UAE|EU|UN)$/.test(name);
}

/** "K-Foundation Eval", "KOFM Bench": a hyphenated or capitalised name and a benchmark word after a space, in English. */
const SPACED_BENCH = /(?<![A-Za-z0-9\-])((?:[A-Z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9\-]*|[A-Z]{2,}[A-Za-z0-9\-]*)\s(?:Eval|Bench))(?![A-Za-z0-9\-])/g;

/** "On Tidal-Reason, a reasoning benchmark built by …": an English name (in a benchmark's shape) that an apposition calls a benchmark or test set. */
const APPOSITIVE_BENCH = new RegExp(String.raw`(?<![A-Za-z0-9\-])(${NAME}),\s(?:an?|the)\s(?:(?:new|in-house|[A-Za-z][a-z]{1,15}(?:-[a-z]{1,15})?)\s){0,3}(?:benchmark|test set)(?![A-Za-z\-])`, 'g');

/**
 * "On X, an in-house test of questions drawn from …, M recorded n", "On X QA, a Korean translation of a popular
 * mathematics test, M scored n": a sentence that opens on a name its apposition calls a test (the noun within seven words
 * of the article, the apposition closed by a comma) names a benchmark; the name may carry a second word ("X QA").
 */
const OPENING_TEST = new RegExp(String.raw`^['"‘“]?(?:On|In)\s(?:the\s)?(${NAME}(?:\s(?:QA|Bench|Eval|${NAME}))?),\s(?:an?|the)\s(?:[A-Za-z][a-z\-]{0,20}\s){0,7}?(?:benchmark|test|test set|exam|evaluation)(?![A-Za-z\-])[^,;.]{0,120},\s`);

/**
 * "… also added a separate long-context test, X.": a test or benchmark named by an apposition after it, the name closing
 * the clause (not "in the test, SKT said").
 */
const TRAILING_NAME = new RegExp(String.raw`\b(?:an?|the|its)\s(?:[A-Za-z][a-z\-]{0,20}\s){0,4}(?:benchmark|test|test set|exam),\s(${NAME})(?=[.;]|,\s(?!said|says|told)|\s\(|$)`, 'g');

/**
 * "published a score of 48.2 on its own X, which holds …": a name a score is given on, after "a score of N on"
 * (the name closing the clause or glossed after a comma), is a benchmark's.
 */
const SCORE_OF_ON = new RegExp(String.raw`\ba\s(?:top\s|best\s|record\s)?score\sof\s\d{1,4}(?:\.\d{1,2})?%?\s(?:points?\s)?(?:on|in)\s(?:the\s|its\s|their\s)?(?:(?:newly|recently|own|new|in-house|internal|released|built|published)\s){0,3}(${NAME})(?=[.;,]|\s\(|$)`, 'g');

/** "the Hanbit Leaderboard", "the Nuri Chatbot Arena": one to three capitalised words before a board's word, after "the". */
const NAMED_BOARD = /(?<=\bthe\s)((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s){1,3}(?:Leaderboard|Arena))(?![A-Za-z0-9\-])/g;
/** Words that describe a board rather than name it ("the Korean Leaderboard", "the Overall Leaderboard"). */
const BOARD_DESCRIPTOR = /^(?:Korean|English|Global|Open|New|Overall|Official|Public|Final|Full|Main|Latest|Current|Season|Weekly|Monthly|LLM|AI)\s/;

/**
 * "KoTalk-Guard 안전성 점수 92.5점", "X 점수 71점": a Latin name in a benchmark's shape, then (maybe) the quality it measures
 * in one Hangul word, the word 점수 and a score in points, is the test the score is on.
 */
const NAME_SCORE_POINTS = new RegExp(String.raw`(?<![A-Za-z0-9\-])(${NAME})\s(?:[가-힣]{1,6}\s)?점수\s\d{1,3}(?:\.\d{1,2})?\s?점(?!대|수)`, 'g');

function addFound(name: string, start: number, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  const end = start + name.length;
  if (lx.generic.has(normalizeName(name)) || overlaps([...ms, ...out], start, end)) return;
  out.push(discoveredMention('Benchmark', name, start, end));
}

/** English benchmark names a sentence calls benchmarks, tests or boards, or gives points on (appended to `out`). */
export function discoverEnglishBenchmarks(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  if (text.includes(' Eval') || text.includes(' Bench')) {
    for (const m of matchesIn(SPACED_BENCH, text)) if (isBenchmarkLike(m[1]!.split(' ')[0]!)) addFound(m[1]!, m.index, ms, out, lx);
  }
  if (text.includes(' benchmark') || text.includes(' test set')) {
    for (const m of matchesIn(APPOSITIVE_BENCH, text)) if (isBenchmarkLike(m[1]!)) addFound(m[1]!, m.index, ms, out, lx);
  }
  if (/\b(?:benchmark|test|exam|evaluation)\b/.test(text)) {
    const opening = OPENING_TEST.exec(text);
    if (opening && isBenchmarkLike(opening[1]!)) addFound(opening[1]!, opening.index + opening[0].indexOf(opening[1]!), ms, out, lx);
    for (const m of matchesIn(TRAILING_NAME, text)) if (isBenchmarkLike(m[1]!)) addFound(m[1]!, m.index + m[0].length - m[1]!.length, ms, out, lx);
  }
  if (text.includes('score of ')) {
    for (const m of matchesIn(SCORE_OF_ON, text)) if (isBenchmarkLike(m[1]!)) addFound(m[1]!, m.index + m[0].length - m[1]!.length, ms, out, lx);
  }
  if (text.includes('점수 ')) {
    // (a bare acronym scored in points is a rating more often than a test: "ESG 점수 71점", "NPS 점수")
    for (const m of matchesIn(NAME_SCORE_POINTS, text)) if (isBenchmarkLike(m[1]!) && !/^[A-Z]{2,5}$/.test(m[1]!)) addFound(m[1]!, m.index, ms, out, lx);
  }
  if (text.includes('Leaderboard') || text.includes('Arena')) {
    for (const m of matchesIn(NAMED_BOARD, text)) if (!BOARD_DESCRIPTOR.test(m[1]!)) addFound(m[1]!, m.index, ms, out, lx);
  }
}
