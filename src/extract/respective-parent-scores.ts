/**
 * "A와 (공개 모델) B를 … 병합한 모델이다. … KMMLU 45.9로 두 부모 모델(각각 43.1, 42.7)을 넘었다": the scores given to a
 * counted group of models in brackets after "각각" are, in order, those of the pair the sentences before joined into one
 * model (merged, combined or mixed), on the benchmark the sentence scores the new model on.
 */
import type { Mention } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';

/** A benchmark's score, then two models counted and their scores in brackets, each in turn ("45.9로 두 부모 모델(각각 43.1, 42.7)"). */
const PAIR_SCORES = /^\s?\d{1,3}(?:\.\d{1,2})?\s?(?:점|%)?(?:으로|로|을\s기록해|를\s기록해|을\s기록하며|를\s기록하며)\s(?:[가-힣]{1,6}\s)?두\s(?:[가-힣]{1,6}\s)?모델(?:들)?\s?\(각각\s(\d{1,3}(?:\.\d{1,2})?)\s?(?:점|%)?,\s?(\d{1,3}(?:\.\d{1,2})?)\s?(?:점|%)?\)/;
/** Between the pair and a merge verb: "A와 (공개 모델) B를 (TIES 방식으로) 병합한", "A와 B를 합쳐". */
const JOINED_PAIR = /^['"’”]?(?:와|과)\s(?:[^\s.,'"‘“]{1,10}\s){0,2}['"‘“]?$/;
const MERGED_AFTER = /^['"’”]?(?:을|를)\s(?:[^.,]{0,30}?\s)?(?:병합|머지|합친|합쳐|합쳤|섞은|섞어|섞었|결합)/;

export interface PairScore {
  model: Mention;
  benchmark: Mention;
  score: number;
}

/** The two parents' scores a sentence gives "각각" in brackets, paired with the merged pair the sentences before (or it) name. */
export function respectiveParentScores(text: string, mentions: readonly Mention[], recent: readonly ParagraphSentence[]): PairScore[] {
  if (!text.includes('각각')) return [];
  for (const bench of mentions) {
    if (bench.type !== 'Benchmark') continue;
    const scores = PAIR_SCORES.exec(text.slice(bench.end, bench.end + 60));
    if (!scores) continue;
    const pair = mergedPair([{ text, mentions: [...mentions] } as ParagraphSentence, ...[...recent].reverse()]);
    return pair ? [{ model: pair[0], benchmark: bench, score: Number(scores[1]) }, { model: pair[1], benchmark: bench, score: Number(scores[2]) }] : [];
  }
  return [];
}

/** The first pair of models joined by 와/과 and merged into one, in the sentences from the latest back. */
function mergedPair(sentences: readonly ParagraphSentence[]): [Mention, Mention] | undefined {
  for (const s of sentences) {
    const models = s.mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'reference');
    for (let k = 0; k + 1 < models.length; k++) {
      const [a, b] = [models[k]!, models[k + 1]!];
      if (a.key !== b.key && JOINED_PAIR.test(s.text.slice(a.end, b.start)) && MERGED_AFTER.test(s.text.slice(b.end, b.end + 50))) return [a, b];
    }
  }
  return undefined;
}
