/**
 * What a table's remark column (비고, 특징, Notes) may say of its row's model: that it was built from scratch, that its
 * weights are open, which model it succeeds, or its scores (see table-columns.ts, which reads a row's cells).
 */

/** One remark of a note cell ("프롬 스크래치", "오픈소스(가중치 공개)"), its parenthesised gloss aside. */
export const SCRATCH_NOTE = /^(?:프롬\s?스크래치|from\s?scratch|처음부터\s?(?:자체\s?)?(?:개발|학습|구축))$/i;
export const OPEN_NOTE = /^(?:오픈\s?소스|오픈\s?웨이트|가중치\s?공개|open[-\s]?(?:source|weights?))$/i;

/** In a remark cell, a score right after a benchmark (a rating's word between: "Elo 1,182점"), closed by a unit, a gloss, a comma or the cell's end; not a count ("KMMLU 3종"). */
export const NOTE_SCORE_AFTER = /^\s?(?:Elo\s?|점수\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{1,4})?)(?:\s?(?:점|%)|(?=\s?(?:\(|,|·|\/|$)))/;

/** "X 1.5 후속 추론 모델", "전작: X 1.0": a remark naming the model the row's succeeds (its name, then the successor word; or after 전작). */
const NOTE_SUCCEEDS = /^(.+?)\s?(?:의\s)?(?:후속|후속작)(?:\s?(?:모델|버전))?(?:\s[가-힣]{1,6}){0,2}$|^(?:전작|이전\s?(?:모델|버전)|전\s?세대)\s?[:：]\s?(.+)$/;

/** The name of the model a remark says the row's model succeeds, if it says so. */
export function predecessorInNote(text: string): string | undefined {
  const n = NOTE_SUCCEEDS.exec(text);
  return n ? (n[1] ?? n[2])!.trim() : undefined;
}
