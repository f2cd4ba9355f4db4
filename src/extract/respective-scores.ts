/**
 * Scores given "respectively" on a benchmark to models named before it ("KMMLU에서 A는 48.9, B는 65.3을 기록했고,
 * LogicKor에서는 각각 7.12와 8.94를 받았다", "A와 B는 … X에서 각각 70.1점, 68.4점을 받았다"), or named as the subjects of the
 * sentence before ("A는 …, B는 …였다. X에서는 각각 7.1점과 8.9점이었다"): the n scores after 각각 go to the n models in order,
 * only when the counts agree. Or a compared model's scores in parentheses after the benchmarks the sentence named
 * ("A는 X에서 61.2점, Y에서 57.8점을 기록해 B(각각 44.7점, 38.1점)를 앞섰다", "… above B (44.7 and 38.1, respectively)").
 */
import { addRelation, evidenceOf, hasRelation, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { isSpoken } from './quoted.js';
import type { Mention } from './types.js';

/** The benchmark just before 각각: "X에서는 각각", "X에선 각각", "X 점수는 각각". */
const BENCH_THEN_EACH = /^\s?(?:벤치마크|평가|리더보드|점수)?\s?(?:에서는|에선|에서|에서도|에서의 점수는|점수는|은|는)\s(?:[가-힣]{1,6}\s)?각각\s?$/;
/** The scores after 각각: two or more numbers joined by 와/과/, /및, the last followed by its particle (or by "에 그쳤다", "에 머물렀다": fell short at). */
const EACH_SCORES = /^\s?(\d{1,3}(?:\.\d{1,3})?)(?:\s?점)?(?:\s?(?:와|과|,|및)\s?(\d{1,3}(?:\.\d{1,3})?)(?:\s?점)?)(?:\s?(?:와|과|,|및)\s?(\d{1,3}(?:\.\d{1,3})?)(?:\s?점)?)?(?:\s?(?:와|과|,|및)\s?(\d{1,3}(?:\.\d{1,3})?)(?:\s?점)?)?(?=\s?(?:을|를|으로|로|이었|였|이다|입니다|씩|\(|에\s(?:그쳤|그친|그치|그쳐|머물|불과)))/;
/** After a model counted among the subjects: its topic particle or the list's joint. */
const LISTED = /^['"’”]?(?:\([^()]{0,30}\))?(?:은|는|이|가|와|과|,|및)(?:\s|$)/;

function listedModels(s: ParagraphSentence, end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (m.type !== 'Model' || m.via === 'blocked' || m.via === 'anonymous' || m.end > end) continue;
    if (!LISTED.test(s.text.slice(m.end, m.end + 8)) || out.some((o) => o.key === m.key)) continue;
    out.push(m);
  }
  return out;
}

/** Adds the scores given respectively to the models named before. */
export function addRespectiveScores(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const at = s.text.indexOf('각각');
    if (at < 0 || isSpoken(s)) continue;
    const bench = s.mentions.filter((m) => m.type === 'Benchmark' && m.end <= at).at(-1);
    if (!bench || !BENCH_THEN_EACH.test(s.text.slice(bench.end, at + 2))) continue;
    const scores = EACH_SCORES.exec(s.text.slice(at + 2))?.slice(1).filter((x): x is string => x !== undefined).map(Number);
    if (!scores || scores.length < 2) continue;
    let models = listedModels(s, bench.start);
    if (models.length === 0 && i > 0 && !s.mentions.some((m) => m.type === 'Model')) models = listedModels(sentences[i - 1]!, Infinity);
    if (models.length !== scores.length) continue;
    models.forEach((m, k) => {
      if (hasRelation(acc, 'SCORED', m.key, bench.key) || !acc.entities.has(m.key)) return;
      addRelation(acc, { relation: 'SCORED', source: m.key, target: bench.key, properties: { score: scores[k]! } }, evidenceOf(articleId, s, 'scored.respectively-models', 0.7));
    });
  }
  for (const s of sentences) if (!isSpoken(s) && (s.text.includes('각각') || s.text.includes('respectively'))) addParenthesisedScores(acc, articleId, s);
  addFollowingModelScores(acc, articleId, sentences);
}

/** After a benchmark of the sentence before: its score, close by ("KMMLU에서 73.4점", "KMMLU 73.4"). */
const SCORE_NEAR = /^[^.]{0,16}?\d{1,3}(?:\.\d{1,3})?\s?점/;

/** The distinct benchmarks a sentence gives scores on, in order; empty when one of them has no score near it. */
function scoredBenchmarks(s: ParagraphSentence): Mention[] {
  const out: Mention[] = [];
  for (const b of s.mentions) {
    if (b.type !== 'Benchmark' || out.some((x) => x.key === b.key)) continue;
    if (!SCORE_NEAR.test(s.text.slice(b.end, b.end + 24))) return [];
    out.push(b);
  }
  return out;
}

/**
 * A second model's scores given respectively in the sentence after another's, the benchmarks left unnamed
 * ("A는 KMMLU에서 73.4점, CLIcK에서 84.1점을 받았다. B는 (같은 평가에서) 각각 66.9점, 77.5점이다"): the n scores go to the n benchmarks
 * the sentence before scored, in order, only when the counts agree and the sentence names one model and no benchmark.
 */
function addFollowingModelScores(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const at = s.text.indexOf('각각');
    // (a reference to them is no benchmark of its own: "전작 Y는 같은 평가에서 각각 …")
    if (at < 0 || isSpoken(s) || s.mentions.some((m) => m.type === 'Benchmark' && m.via !== 'reference')) continue;
    const models = listedModels(s, at);
    if (models.length !== 1 || s.mentions.some((m) => m.type === 'Model' && m.key !== models[0]!.key)) continue;
    const scores = EACH_SCORES.exec(s.text.slice(at + 2))?.slice(1).filter((x): x is string => x !== undefined).map(Number);
    const benches = scoredBenchmarks(sentences[i - 1]!);
    if (!scores || scores.length < 2 || benches.length !== scores.length) continue;
    const m = models[0]!;
    if (!acc.entities.has(m.key)) continue;
    benches.forEach((b, k) => {
      if (hasRelation(acc, 'SCORED', m.key, b.key)) return;
      addRelation(acc, { relation: 'SCORED', source: m.key, target: b.key, properties: { score: scores[k]! } }, evidenceOf(articleId, s, 'scored.respectively-following', 0.65));
    });
  }
}

const SCORE = String.raw`(\d{1,3}(?:\.\d{1,3})?)(?:\s?점)?`;
const UNIT_SCORE = String.raw`(\d{1,3}(?:\.\d{1,3})?)\s?(?:점|%)`;
/**
 * Right after a model: its scores in parentheses, given respectively ("(각각 44.7점, 38.1점)", "(44.7 and 38.1, respectively)"),
 * or, in a sentence that has said 각각 already, as a bare list of scores with their units ("(44.7점, 38.1점)").
 */
const PAREN_EACH = new RegExp(String.raw`^['"’”]?\s?\((?:각각\s?${SCORE}(?:\s?(?:와|과|,|및)\s?${SCORE})(?:\s?(?:와|과|,|및)\s?${SCORE})?|${SCORE}(?:,\s${SCORE})?,?\s(?:and|&)\s${SCORE},\srespectively|${UNIT_SCORE},\s?${UNIT_SCORE}(?:,\s?${UNIT_SCORE})?)\)`);

/** A model whose respective scores follow it in parentheses: one score for each benchmark the sentence named before it, in order. */
function addParenthesisedScores(acc: Acc, articleId: string, s: ParagraphSentence): void {
  for (const m of s.mentions) {
    if (m.type !== 'Model' || m.via === 'blocked' || m.via === 'anonymous' || !acc.entities.has(m.key)) continue;
    const p = PAREN_EACH.exec(s.text.slice(m.end, m.end + 60));
    if (!p) continue;
    const scores = p.slice(1).filter((x): x is string => x !== undefined).map(Number);
    const benches: Mention[] = [];
    for (const b of s.mentions) if (b.type === 'Benchmark' && b.end <= m.start && !benches.some((x) => x.key === b.key)) benches.push(b);
    if (benches.length !== scores.length) continue;
    benches.forEach((b, k) => {
      if (hasRelation(acc, 'SCORED', m.key, b.key)) return;
      addRelation(acc, { relation: 'SCORED', source: m.key, target: b.key, properties: { score: scores[k]! } }, evidenceOf(articleId, s, 'scored.respectively-parenthesised', 0.65));
    });
  }
}
