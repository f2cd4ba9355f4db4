/**
 * Benchmarks named by what follows a known name: a benchmark's edition ("HumanEval+", "SWE-bench Verified", "HAE-RAE Bench
 * 1.1은"), a data split still the benchmark's ("BIRD dev에서"), a programme's own test ("K-AI 벤치", "X-Bench 2.0").
 */
import { normalizeName } from '../../graph/index.js';
import { isParticleTail } from '../korean.js';
import type { Mention } from '../types.js';
import { discoveredMention } from './discover-common.js';

/**
 * What follows a benchmark's name to name a harder or checked edition of it: "X+", "X v6", "X Verified", "X-Hard";
 * or a capitalised word glued on by a hyphen, a subset of it by domain ("X-Finance", "X-Law").
 */
const BENCH_EDITION = /^(?:\+(?![A-Za-z0-9+])|[\s-](?:v\d{1,2}(?:\.\d)?|Verified|Lite|Diamond|Hard|Plus|Multilingual)(?![A-Za-z0-9])|-[A-Z][a-z]{2,14}(?![A-Za-z0-9\-]))/;

/** "HumanEval+", "SWE-bench Verified": a known benchmark with an edition mark glued on is that edition, a benchmark of its own name. */
export function extendBenchmarkEditions(text: string, ms: Mention[]): void {
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Benchmark' || m.via === 'discovered') continue;
    const e = BENCH_EDITION.exec(text.slice(m.end, m.end + 14));
    if (!e || ms.some((x) => x !== m && x.start < m.end + e[0].length && x.end > m.end)) continue;
    // (an edition of a listed benchmark, as a version of a listed family is: its parentheses are read as the listed name's are)
    ms[i] = { ...discoveredMention('Benchmark', text.slice(m.start, m.end + e[0].length), m.start, m.end + e[0].length), via: 'version' };
  }
}

/** " 벤치", "-Bench": a test-set word right after a programme's name. */
/** (a leaderboard is read elsewhere: "X 리더보드" names the board, the programme stays apart) */
const BENCH_HEAD = /^(?:\s?벤치(?!마크)|[\s-]Bench)(?![A-Za-z0-9])/;

/** " 2.0", " 3": the test set's edition after its word ("K-AI 벤치 2.0에서"), not a score (one digit before the point, a particle or a space after, no 점/% unit). */
const BENCH_HEAD_EDITION = /^\s[1-9](?:\.\d)?(?![\d.,%])(?=(?:에서|에선|에서는|에서도|의|은|는|이|가|을|를|로|으로|와|과|기준)?(?:\s|['"’”)]|$))(?!\s?(?:점|위|등|%))/;

/** "K-AI 벤치", "X-Bench": a programme's name with a test-set word after it names a benchmark (the programme's own test). */
export function nameProgrammeBenchmarks(text: string, ms: Mention[]): void {
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Policy') continue;
    const h = BENCH_HEAD.exec(text.slice(m.end, m.end + 14));
    // (a particle may follow, "X 벤치에서"; more of a word may not, "X 벤치치")
    if (!h || (/[가-힣]/.test(text[m.end + h[0].length] ?? '') && !isParticleTail(text, m.end + h[0].length)) || ms.some((x) => x !== m && x.start < m.end + h[0].length && x.end > m.end)) continue;
    const end = m.end + h[0].length + (BENCH_HEAD_EDITION.exec(text.slice(m.end + h[0].length, m.end + h[0].length + 12))?.[0].length ?? 0);
    ms[i] = discoveredMention('Benchmark', text.slice(m.start, end), m.start, end);
  }
}

/** A benchmark's data split, written in lower case after its name: " dev", " test-clean", " eval-clean", " validation". */
const DATA_SPLIT = /^\s(?:dev|test|val|validation|eval)(?:[-_](?:clean|other|set|split))?(?![A-Za-z0-9\-])/;
/** An edition right before a particle: one digit, a point, one digit (a score has a particle after it rarely, and more digits). */
const NUMBERED_EDITION = /^\s[1-9]\.\d(?=(?:은|는|의|에서|과|와|을|를)(?![가-힣]))/;

/** "-Ko", "-KO": a Korean edition's suffix glued to a benchmark's name ("GSM8K-Ko", "MT-Bench-Ko"), a test set of its own. */
const KOREAN_EDITION = /^-(?:Ko|KO|ko|Kor|KOR)(?![A-Za-z0-9\-])/;

/** " v2", "-v1.1": an edition marked with v after a benchmark the article's own words name ("XBench v2"; a listed one's is read by extendBenchmarkEditions). */
const LETTERED_EDITION = /^[\s-]v\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9]|\.\d)/;

/** "(한국 법률 벤치마크)": a Hangul gloss of what the benchmark tests, ending in a test word, in parentheses right after its name. */
const HANGUL_GLOSS = /^\s?\([가-힣][가-힣\s·]{0,18}(?:벤치마크|벤치|평가|시험|테스트)\)/;

/** Extends a benchmark mention over its Hangul gloss or a data split after it, or makes it the edition (a numbered or a Korean one) named after it. */
export function extendBenchmark(text: string, m: Mention): void {
  const gloss = HANGUL_GLOSS.exec(text.slice(m.end, m.end + 30));
  if (gloss) {
    m.end += gloss[0].length; // (its Hangul gloss goes with it: the score after reads as the benchmark's)
    return;
  }
  const tail = text.slice(m.end, m.end + 14);
  const split = DATA_SPLIT.exec(tail);
  if (split) {
    m.end += split[0].length;
    return;
  }
  const lettered = m.via === 'discovered' ? LETTERED_EDITION.exec(tail) : null;
  const edition = NUMBERED_EDITION.exec(tail) ?? KOREAN_EDITION.exec(tail) ?? lettered;
  if (!edition) return;
  const surface = text.slice(m.start, m.end + edition[0].length);
  // (a lettered edition keeps its bare name as its short form: the article's one edition is what a bare "XBench" means)
  Object.assign(m, { key: `benchmark:~${normalizeName(surface)}`, surface, aliases: [], end: m.end + edition[0].length, via: 'discovered', ...(edition === lettered ? { bareKey: m.key } : {}) });
}
