/**
 * Leaderboard references: a bare "리더보드" for the board the article named, and a headline's one benchmark for a body
 * sentence that states a score and names none (see references.ts for the other benchmark, model and programme references).
 */
import { referenceAt, referenceTo, SCORE_STATEMENT } from './references.js';
import type { Mention } from './types.js';

/** A bare "리더보드" (no name of its own before it): the leaderboard the article named, not a sub-test named since. */
const OPENING_BOARD_SCORE = /^(?:이\s|해당\s|이번\s)?리더보드\s(?:종합|전체|평균|최종)\s?점수(?:는|가)\s\d/;
const BARE_BOARD = /(?<![가-힣A-Za-z0-9])리더보드(?=에|에서|에선|의|\s)/;

/**
 * "처음으로 리더보드에 이름을 올린 X는 68.9점으로": a score stated with a bare "리더보드" is on the last
 * benchmark named as a leaderboard, even when a sub-test ("수학 평가 'X'") was named after it.
 */
export function addBoardReference(text: string, ms: Mention[], board: Mention | undefined): void {
  if (!board || !text.includes('리더보드') || ms.some((x) => x.type === 'Benchmark')) return;
  // ("리더보드 종합 점수는 0.774였다": a sentence opening on the board's overall score is about the model in focus)
  if (!OPENING_BOARD_SCORE.test(text) && (!ms.some((x) => x.type === 'Model') || !SCORE_STATEMENT.test(text))) return;
  const r = BARE_BOARD.exec(text);
  if (!r || ms.some((x) => x.start < r.index + r[0].length && r.index < x.end)) return;
  ms.push(referenceAt(board, r));
  ms.sort((a, b) => a.start - b.start);
}

/**
 * A leaderboard article: the headline names one benchmark ("'K-벤치' 리더보드 첫 공개") and a body
 * sentence states a model's score without naming any ("X는 82.4점을 받아 1위에 올랐다") while the body
 * has named no other benchmark so far: the score is on the headline's benchmark.
 */
export function addHeadlineBenchmark(text: string, ms: Mention[], headline: Mention | undefined): void {
  if (!headline || !SCORE_STATEMENT.test(text) || ms.some((x) => x.type === 'Benchmark') || !ms.some((x) => x.type === 'Model')) return;
  ms.unshift(referenceTo(headline, 0, 0));
}
