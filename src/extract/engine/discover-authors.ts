/**
 * Author lines of a paper or report: "저자: 홍길동(가온랩스, 교신저자), Jane Park(가온랩스), 김하늘(KAIST)".
 * Each name before parentheses that hold an affiliation (and maybe a role) is a person; the
 * affiliation is read by the patterns (works-for.author-affiliation), a university by none.
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { isKoreanName } from './person-names.js';
import { FULL_NAME } from './full-name.js';

/** The label an author list follows. */
export const AUTHOR_LABEL = /(?:^|\s)(?:저자|공저자|연구진|참여 연구진|Authors?)\s?[:：]\s?/;
/** One item: a Korean or Latin name, then its affiliation in parentheses. */
const AUTHOR_ITEM = /(?:^|,\s?)([가-힣]{3,4}|[A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{1,15}){1,2})\s?\([^()]{2,40}\)/g;

export function discoverAuthors(text: string, ms: Mention[]): Mention[] {
  const label = AUTHOR_LABEL.exec(text);
  if (!label) return [];
  const from = label.index + label[0].length;
  const out: Mention[] = [];
  AUTHOR_ITEM.lastIndex = 0;
  const list = text.slice(from);
  let expected = 0;
  for (let m = AUTHOR_ITEM.exec(list); m; m = AUTHOR_ITEM.exec(list)) {
    // the items follow one another from the label on: a gap ends the list
    if (m.index !== expected) break;
    expected = m.index + m[0].length;
    const name = m[1]!;
    const start = from + m.index + m[0].indexOf(name);
    if (/^[가-힣]/.test(name) && !isKoreanName(name)) continue;
    if (!isTaken(ms, out, start, start + name.length)) out.push(discoveredMention('Person', name, start, start + name.length));
  }
  return out;
}

/** A letter's signature opening its line: "우현석 드림", "홍길동 올림" (then maybe the company and the title: "우현석 드림 X 대표"). */
const SIGNATURE = new RegExp(String.raw`^\s*(${FULL_NAME})\s?(?:드림|올림)(?=\s|$)`);

export function discoverSignatures(text: string, ms: Mention[]): Mention[] {
  const m = SIGNATURE.exec(text);
  if (!m) return [];
  const name = m[1]!;
  const start = m[0].indexOf(name);
  const end = m[0].length;
  // the line is the signature alone, or a company follows it ("선물을 드림" is no signature: an object particle ends the word)
  const alone = text.slice(end).trim() === '';
  const signed = alone || ms.some((c) => c.type === 'Company' && c.start >= end && c.start <= end + 3);
  if (!signed || /[을를]$/.test(name) || !isKoreanName(name) || isTaken(ms, [], start, start + name.length)) return [];
  return [discoveredMention('Person', name, start, start + name.length)];
}
