/**
 * Release glosses in brackets: "X(올해 4월 공개) 후속으로 Y를 공개한다", "X(2025년 7월 출시)에 이어 Y를 내놨다". The day
 * inside such a bracket dates the release the bracket itself states — X's — not a release verb outside it (Y's).
 */

/** A bracket that states a release of its own: a few words ending on a release word ("올해 4월 공개", "2025.7 출시"). */
const RELEASE_GLOSS = /\([^()]{0,30}?(?:공개|출시|발표|배포|릴리스)(?:됨|\s?완료)?\)/g;

/** The [start, end) spans of the sentence's release glosses. */
export function releaseGlosses(text: string): [number, number][] {
  if (!text.includes('(')) return [];
  return [...text.matchAll(RELEASE_GLOSS)].map((g) => [g.index, g.index + g[0].length]);
}

/** Whether the day at [start, end) lies in a release gloss that does not hold the verb at `verbAt`. */
export function isOtherGlossDay(glosses: [number, number][], start: number, end: number, verbAt: number): boolean {
  return glosses.some(([s, e]) => s <= start && end <= e && !(s <= verbAt && verbAt < e));
}
