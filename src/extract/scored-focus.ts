/**
 * The model a sentence that states a score is about: the topic after a benchmark's locative, or the subject it opens on
 * as the one scoring (focus.ts).
 */
import type { Mention } from './types.js';
import { isApposedRival } from './rival-comparison.js';

/** After the benchmark: the model's own score there, with the verb of getting it ("에서 64.7점을 얻어", or the figure right after the name: " 64.7점을 받았다"). */
const SCORED_THERE = /^['"’”]?(?:(?:에서|에선|에서는)\s(?:[^\s,]{1,6}\s)?|\s)\d+(?:\.\d+)?\s?점(?:을|를)\s(?:얻|받|기록하|기록해|기록했|냈|내며|내)/;

/**
 * "…가 공개한 Y가 KMMLU에서 64.7점을 얻어, … Z(62.6점)를 앞섰다": the model a sentence opens on as its subject and scores
 * (a benchmark and a figure after it) is what the next subject-less sentences are about, a rival named later no matter.
 */
export function scoredSubject(text: string, mentions: Mention[]): Mention | undefined {
  const m = mentions.find((x) => x.type === 'Model');
  if (!m || m.via === 'anonymous' || m.via === 'blocked' || m.via === 'reference' || !/^['"’”]?(?:은|는|이|가)\s/.test(text.slice(m.end, m.end + 4))) return undefined;
  if (mentions.some((x) => x.type === 'Model' && x.start < m.start)) return undefined;
  const bench = mentions.find((b) => b.type === 'Benchmark' && b.start > m.end);
  // ("‘Y’는 7.02점이었다", "Y는 재측정에서 7.91점을 받아": a score right after the topic, its benchmark the one the story follows)
  // (not a model measured alongside for comparison: "같은 조건에서 측정한 Z는 61.2점이었다", "비교 모델인 Z는")
  if (!bench) return mentions.filter((x) => x.type === 'Model').length === 1 && !COMPARED_BEFORE.test(text.slice(0, m.start)) && SCORE_AFTER_TOPIC.test(text.slice(m.end, m.end + 40)) ? m : undefined;
  if (bench.via === 'reference') return undefined;
  return SCORED_THERE.test(text.slice(bench.end, bench.end + 30)) ? m : undefined;
}

/** Words before a model that make it one measured for comparison. */
const COMPARED_BEFORE = /같은|동일한|비교|대비|반면|참고|경쟁/;
/** A topic's particle, at most two words, then a score ("는 7.02점이었다", "는 재측정에서 7.91점을"). */
const SCORE_AFTER_TOPIC = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|이|가)\s(?:[^\s\d,.]{1,10}\s){0,2}\d{1,3}(?:\.\d{1,2})?\s?(?:점|%)(?:이었|였|을|를|으로|로|에|\s)/;

/** A score stated in the sentence: a rival's figures do not move what the article is about. */
export const SCORE_FIGURE = /\d(?:\.\d+)?\s?(?:점|%)/;

/** A model named as the topic right after a benchmark's locative ("KMMLU-Pro에서 M은 68.4점을 받았다"), the sentence's only model. */
export function scoredTopic(text: string, mentions: Mention[]): Mention | undefined {
  // (a rival named in apposition is no topic: "KMMLU에서 X는 68.4점을 받아 비교 대상인 Z를 앞섰다")
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && !isApposedRival(text, m));
  const m = models[0];
  if (!m || models.some((x) => x.key !== m.key)) return undefined;
  const locative = mentions.some((b) => b.type === 'Benchmark' && b.end <= m.start && /^['"’”]?(?:에서|에선|에서는)\s['"‘“]?$/.test(text.slice(b.end, m.start)));
  return locative && /^['"’”]?(?:은|는)\s/.test(text.slice(m.end, m.end + 4)) && SCORE_FIGURE.test(text.slice(m.end)) ? m : undefined;
}
