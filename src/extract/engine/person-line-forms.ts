/**
 * The line forms person discovery reads names from (discover-persons.ts): rosters, alumni lists, dash lines, sign-offs and
 * names written in two scripts.
 */
import { FULL_NAME } from './full-name.js';

/** A full name and a space, ending the text. */
export const NAME_SPACE_END = new RegExp(String.raw`(${FULL_NAME})\s$`);

/** A line that is only a post and a name: "데이터전략실장 홍길동". */
/** (the post before the name a compound, ending in Hangul: not a box's label, "CEO 한마디") */
export const ROSTER_LINE = /^(?:[가-힣A-Za-z()]{1,15}\s){0,2}[가-힣A-Za-z]{1,12}[가-힣]{2}\s[가-힣]{3,4}$/;
/** The same line labelled with the side it is for ("- 갑: 연구소장 홍길동", "• X: 사업본부장 홍길동"), as a contract or a plan lists its contacts. */
export const LABELLED_ROSTER_LINE = /^(?:[-–•·*○◦▪]\s?)?[가-힣A-Za-z0-9()㈜]{1,20}\s?[:：]\s?[가-힣A-Za-z]{1,14}[가-힣]{2}\s[가-힣]{3,4}$/;
/** A line labelled with a head's post, its value a bare name and maybe a note ("○ 연구본부장 : 홍길동 (2026년 7월 선임)"). */
export const POST_LABELLED_NAME = /^(?:[-–•·*○◦▪]\s?)?[가-힣A-Za-z]{1,14}(?:장|총괄|책임자)\s?[:：]\s?([가-힣]{3})(?:\s?\([^()]{1,40}\))?\s*$/;
/** An alumni list's line: a name, the degree and year in parentheses, a dash and the career ("NAME (박사 2021) — …"). */
export const ALUMNUS_LINE = /^([가-힣]{3})\s\((?:학사|석사|박사|석박사|졸업)\s?(?:\d{4}|'\d{2})\)\s?[—–-]\s/;
/** A note in parentheses closing a line. */
export const TRAILING_NOTE = /\s?\([^()]{1,160}\)\s*$/;

/** A name in Latin letters with its Hangul in parentheses, or the other way round ("Minji Kim(김민지)", "김민지(Minji Kim)"). */
export const BILINGUAL_NAME = /(?<![A-Za-z])(?:([A-Z][a-z]{1,12} [A-Z][a-z]{1,12}(?:-[a-z]{2,8})?)\s?\(([가-힣]{3,4})\)|([가-힣]{2,4})\s?\(([A-Z][a-z]{1,12} [A-Z][a-z]{1,12}(?:-[a-z]{2,8})?)\))/g;
/** A line that is a name, a spaced long dash and an affiliation ("김하준 — X"), closed by nothing or a researcher's post. */
export const DASH_LINE_NAME = /^([가-힣]{3,4})\s[—–]\s/;
export const DASH_LINE_END = /^(?:\s(?:연구원|책임연구원|선임연구원|수석연구원))?\s*$/;
/** A sign-off line opening on a name and a comma, the company right after ("— 윤하진, ", "- 김도윤, "). */
export const SIGN_OFF = /^(?:[—–―-]{1,2}\s?)?([가-힣]{3,4}),\s$/;
