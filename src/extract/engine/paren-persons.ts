/**
 * A credits line's person in parentheses with their employer and post ("@handle (NAME, X랩스 ML 리드)", "기여자(NAME,
 * X테크 연구소장)"): the name opens the parentheses, a comma, then an organisation and a post ending them.
 */
import type { Mention } from '../types.js';
import { addPerson, isKoreanName } from './person-names.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { FULL_NAME } from './full-name.js';

/** "(NAME, ORG POST)": the post a word a company's staff hold, at the end before the closing parenthesis. */
const PAREN_NAME_POST = /\(\s?([가-힣]{3,4}),\s?[가-힣A-Za-z][^(),]{1,30}?(?:장|리드|대표|대표이사|이사|전무|상무|CTO|CEO|CFO|COO|CSO|CPO|엔지니어|연구원|매니저|디렉터|사이언티스트|책임|총괄|PM)\s?\)/g;

/** A signed line, a blurb's or a review's: "- NAME (AI 스타트업 X 대표)", the name before its organisation and post in parentheses. */
const SIGNED_NAME_POST = new RegExp(String.raw`^[-–—―]\s?(${FULL_NAME})\s?\([^()]{2,40}?(?:장|리드|대표|대표이사|이사|CTO|CEO|엔지니어|연구원|매니저|디렉터|교수|총괄)\)$`);

/**
 * A label line naming a company's head, as a filing's officer box, a contract notice's or an IPO summary's label table
 * prints it: "대표이사: NAME", "대표자 : NAME", "대표: NAME (前 …)" — the post as the label, the name its whole value.
 */
const HEAD_LABEL_LINE = /^(?:대표이사|대표자|공동대표|대표)\s?[:：]\s?([가-힣]{2,4})(?:\s?\([^()]{1,40}\))?$/;

/** Adds each "(NAME, ORG POST)" person to `out`, the name of a signed line, and the name a head's label line gives. */
export function addParenNamePosts(text: string, ms: Mention[], out: Mention[]): void {
  const signed = SIGNED_NAME_POST.exec(text.trim());
  if (signed && isKoreanName(signed[1]!)) addPerson(text, ms, out, signed[1]!, text.indexOf(signed[1]!));
  const head = text.length <= 60 ? HEAD_LABEL_LINE.exec(text.trim()) : null;
  if (head && isKoreanName(head[1]!)) addPerson(text, ms, out, head[1]!, text.indexOf(head[1]!));
  if (!text.includes(', ')) return;
  for (const m of text.matchAll(PAREN_NAME_POST)) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(m[1]!));
}

/**
 * An affiliation list ("NAME(ORG), NAME(ORG)"), as an awards board's or a programme's "발표자(소속)" cell prints it: a line of
 * nothing but Korean names, each with its organisation in brackets (a company's people, a university's, an agency's).
 */
const AFFILIATION_LIST = /^[가-힣]{2,4}\s?\([^()\n,]{2,24}\)(?:\s?[,·]\s?[가-힣]{2,4}\s?\([^()\n,]{2,24}\))*$/;
const AFFILIATED_NAME = /(?:^|[,·]\s?)([가-힣]{2,4})\s?\(/g;

/** Adds each person of an affiliation list line to `out`: each bracket must hold an organisation found ("구축형(온프레미스)", a table's "기업명(코드)" are no one's). */
export function addAffiliationList(text: string, ms: Mention[], out: Mention[]): void {
  if (!AFFILIATION_LIST.test(text)) return;
  const items = [...text.matchAll(AFFILIATED_NAME)];
  const organised = (open: number): boolean => ms.some((x) => (x.via === 'blocked' ? x.key === 'none:org' : x.type === 'Company') && x.start === open + 1 && text[x.end] === ')');
  if (!items.every((m) => organised(m.index + m[0].length - 1))) return;
  for (const m of items) if (isKoreanName(m[1]!)) addPerson(text, ms, out, m[1]!, m.index + m[0].indexOf(m[1]!));
}

/**
 * A speaker's Latin name with the company and post in brackets after it ("Daniel Oh (X ML 리드)", "Jane Park (X CTO)"), as a
 * timetable's or a programme's speaker cell prints it: the brackets must open on a company the sentence names.
 */
const LATIN_PAREN_POST = /(?<![A-Za-z])([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,2})\s?\((?=[^()]{2,40}?(?:장|리드|대표|대표이사|이사|전무|상무|CTO|CEO|CFO|COO|CSO|CPO|엔지니어|연구원|매니저|디렉터|사이언티스트|책임|총괄|PM)\s?\))/g;

/** Adds each "LATIN NAME (COMPANY POST)" person to `out`. */
export function addLatinParenPosts(text: string, ms: Mention[], out: Mention[]): void {
  for (const m of text.matchAll(LATIN_PAREN_POST)) {
    const open = m.index + m[0].length;
    const start = m.index;
    if (!ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && x.start === open) || isTaken(ms, out, start, start + m[1]!.length)) continue;
    out.push(discoveredMention('Person', m[1]!, start, start + m[1]!.length));
  }
}
