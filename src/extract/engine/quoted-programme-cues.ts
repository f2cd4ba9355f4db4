/** Words around a quoted contest's name that make it a public programme rather than a company's event. */

/** A contest's last word: "… 챌린지", "… 경진대회", "… 공모전", "… 해커톤". */
const CONTEST_NAME = /\S\s?(?:챌린지|경진대회|공모전|해커톤)$/;
/**
 * "과학기술정보통신부 AI정책실장이 'X'", "행정안전부는 'X'": a ministry, the government, a commission or an agency (or one of its
 * officials by title) as the subject of the clause right before the quote.
 */
const GOVERNMENT_SUBJECT_BEFORE = /(?:[가-힣]{2,10}부|정부|[가-힣]{2,8}(?:위원회|청|처))(?:\s[가-힣A-Za-z·]{1,14}(?:장관|차관|실장|국장|과장|청장|처장|위원장|원장|단장))?(?:가|이|는|은|에서)\s$/;
/** "'X' 추진 계획을 발표", "'X'를 개최한다": the subject runs, holds or announces the contest. */
const RUN_AFTER = /^(?:을|를|의|에)?\s?(?:추진|개최|주최|주관|운영|공고|신설|출범|시행)/;

/** True where a quoted contest's name (`name`) is one a government body runs: the body as subject before it, running it after. */
export function isPublicContest(name: string, before: string, after: string): boolean {
  return CONTEST_NAME.test(name) && GOVERNMENT_SUBJECT_BEFORE.test(before) && RUN_AFTER.test(after);
}
