/**
 * "한국어 추론 평가 코아규(KoArgue) 점수 비교": a Hangul name a test-set noun introduces, glossed with its Latin spelling in
 * parentheses, in a sentence about scores, names a benchmark (its Latin spelling an alias), whatever its words.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, overlaps, SCORE_SENTENCE, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** The noun, the Hangul name (one word), its Latin gloss (one word, maybe hyphened), then a particle, a space or the end. */
const NOUN_GLOSSED = /((?:벤치마크|평가셋|평가 세트|테스트셋|평가)\s)([가-힣]{2,8})\s?\(([A-Z][A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{1,10})?)\)(?=(?:에서|에선|에서는|에서도|의|은|는|을|를|로|으로|와|과)?(?:[\s,.]|$))/g;
/** A word for the test's parts, its makers or its results, not a name: "평가 기준(Criteria)", "평가 위원회(Committee)". */
const NOT_NAME = /^(?:결과|기준|방식|방법|항목|지표|체계|기관|위원|위원회|위원장|모델|점수|성능|성적|순위|대상|과제|결과표|데이터|데이터셋|문항|영역|분야|부문|절차|도구|플랫폼|센터|사업|프로그램)$/;
/** The sentence speaks of scores: a score, or a word for them ("점수 비교", "성적표"). */
const SCORE_WORDS = /점수|성적|정답률|정확도|순위/;

/** Benchmarks named by a test-set noun and glossed in Latin letters (`ms`, `out`: the mentions so far, not to overlap). */
export function discoverNounGlossedBenchmarks(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!text.includes('(') || !(SCORE_SENTENCE.test(text) || SCORE_WORDS.test(text))) return [];
  const found: Mention[] = [];
  for (const m of matchesIn(NOUN_GLOSSED, text)) {
    const name = m[2]!;
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    if (NOT_NAME.test(name) || lx.generic.has(normalizeName(name)) || overlaps([...ms, ...out, ...found], start, end)) continue;
    const men = discoveredMention('Benchmark', name, start, end);
    men.aliases.push(m[3]!);
    found.push(men);
  }
  return found;
}
