/**
 * "X 대표 NAME입니다.", "X의 NAME 대표입니다.": a guest introduced by name, post and company in a broadcast script or an
 * interview (by the host or in the guest's own first words). From there on the interview's "저희" and its answers'
 * omitted subjects are that company, not the first company the script named (a story the host read out before).
 */
import type { Mention } from './types.js';

/** What follows the company: maybe 의, up to two words of a post, the name, maybe the post, and the polite copula closing the sentence. */
const INTRODUCTION_AFTER = /^(?:의)?\s(?:[가-힣A-Za-z]{1,10}\s){0,2}[가-힣]{2,4}(?:\s[가-힣A-Za-z]{1,10}){0,2}(?:입니다|이에요|예요)[.!]?$/;
/**
 * What may open a poster's line before the company: a thread's header of the poster's name and the time glued on where a
 * page saved as text runs them into the comment ("NAME 2026년 11월 23일 오전 8:21 "), a word of thanks ("정리 감사합니다 ㅎㅎ "),
 * a greeting or a yes ("네, ", "안녕하세요. ").
 */
export const POSTER_LEAD = String.raw`(?:[가-힣]{2,4}\s{1,2}(?:\d{4}년\s\d{1,2}월\s\d{1,2}일\s|\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s)?(?:(?:오전|오후)\s)?\d{1,2}:\d{2}\s)?(?:[^.?!]{0,24}?(?:감사합니다|감사해요|고맙습니다|반갑습니다)(?:\s?[ㅎㅋ^]{1,6})?[.!~]?\s)?(?:(?:네|예|안녕하세요|반갑습니다)[,.!~]?\s)?`;
const LEAD = new RegExp(`^${POSTER_LEAD}$`);
/**
 * Where the company is ("대구에 있는 X 대표 NAME입니다", "성수동에 본사를 둔 X"): a place's relative clause right before the
 * company makes the line the speaker's own introduction, whatever small talk opens it ("비가 오네요 ☔ 대구에 있는 …").
 */
const PLACE_LEAD = /(?:^|\s)[가-힣]{1,10}(?:에|에서)\s(?:있는|자리한|자리\s잡은|본사를\s둔)\s$/;

/** The company a sentence introduces a named person of, as the speaker's company (undefined where it introduces none). */
export function introducedCompany(text: string, mentions: Mention[]): Mention | undefined {
  if (!/(?:입니다|이에요|예요)[.!]?$/.test(text)) return undefined;
  const company = mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && (LEAD.test(text.slice(0, m.start)) || PLACE_LEAD.test(text.slice(0, m.start))));
  if (!company || !INTRODUCTION_AFTER.test(text.slice(company.end))) return undefined;
  return mentions.some((m) => m.type === 'Person' && m.start > company.end) ? company : undefined;
}
