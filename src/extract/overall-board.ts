/**
 * "종합 78.41점", "종합 점수 0.81": an overall score, on a leaderboard the article named, is the board's own, not the
 * sub-test (KMMLU) the sentence before or after names: "X는 종합 83.7점, KMMLU 79.6점으로" / "Y는 종합 78.4점으로 2위".
 */
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** "종합 78.41점", "종합 점수는 81.2점", "종합 0.812": the word for the overall result right before its number. */
const OVERALL_SCORE = /(?<![가-힣])종합\s?(?:점수\s?(?:는|은|가|이|로)?\s?)?(?=\d{1,3}(?:\.\d{1,3})?\s?점|0\.\d{2,4}(?![\d.]))/;

/**
 * Adds the last leaderboard named (`board`) as a reference at the overall-score word, where a model is named before it
 * and no benchmark is named between that model and the word.
 */
export function addOverallBoardReference(text: string, ms: Mention[], board: Mention | undefined): void {
  if (!board || !text.includes('종합')) return;
  const r = OVERALL_SCORE.exec(text);
  if (!r) return;
  const before = ms.filter((x) => x.end <= r.index);
  const lastModel = before.filter((x) => x.type === 'Model').at(-1);
  // (a benchmark between them with its own score is another result of the model: "Y로 KMMLU 79.3점, 종합 0.812를 기록했다")
  const unscored = (x: Mention) => !/\d/.test(text.slice(x.end, r.index));
  if (!lastModel || before.some((x) => x.type === 'Benchmark' && x.start >= lastModel.end && unscored(x))) return;
  if (ms.some((x) => x.start < r.index + 2 && r.index < x.end)) return;
  ms.push(referenceTo(board, r.index, r.index + 2));
  ms.sort((a, b) => a.start - b.start);
}
