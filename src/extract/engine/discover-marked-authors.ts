/**
 * A paper's author block with numbered affiliations, as LaTeX and journal pages print it:
 * "이서준1, 김하늘1,∗, Jane Park(제인 박)2 1(주)가온랩스, 서울 2KAIST 전산학부, 대전 ∗교신저자: …".
 * Each author carries the numbers of its affiliations; each affiliation opens on its number.
 * The names are persons (discovered here); where an affiliation names a company, each author
 * marked with its number works there (read in affiliations.ts).
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { isKoreanName } from './person-names.js';

/** One author: a Korean name, or a foreign name in Hangul with its Latin form, then its marks ("1", "1,3", "1,∗", "2†"). */
const MARKED_AUTHOR = /([가-힣]{2,4}|[가-힣]{1,6} [가-힣]{1,6}\([A-Z][A-Za-z .-]{1,30}\))((?:[1-9](?:,[1-9])*)(?:,?[∗*†‡])?)(?:,\s|\s|$)/y;
/** One affiliation: its number glued to its text, up to the next number, a corresponding-author mark or the end. */
const AFFILIATION = /([1-9])(?=[^\s\d,])(.+?)(?=\s[1-9](?=[^\s\d,])|\s?[∗*†‡]|$)/y;

export interface MarkedAuthor {
  name: string;
  start: number;
  end: number;
  /** Affiliation numbers. */
  marks: number[];
}

export interface Affiliation {
  n: number;
  start: number;
  end: number;
}

/** The authors and affiliations of a numbered author block opening the text, or nothing (two authors and one affiliation they cite at least). */
export function readMarkedAuthors(text: string): { authors: MarkedAuthor[]; affiliations: Affiliation[] } | undefined {
  const authors: MarkedAuthor[] = [];
  let at = 0;
  MARKED_AUTHOR.lastIndex = 0;
  for (let m = MARKED_AUTHOR.exec(text); m; m = MARKED_AUTHOR.exec(text)) {
    const name = m[1]!.replace(/\(.*$/, '');
    authors.push({ name, start: m.index, end: m.index + name.length, marks: [...m[2]!.matchAll(/[1-9]/g)].map((d) => Number(d[0])) });
    at = MARKED_AUTHOR.lastIndex;
  }
  if (authors.length < 2) return undefined;
  const affiliations: Affiliation[] = [];
  AFFILIATION.lastIndex = at;
  for (let m = AFFILIATION.exec(text); m; m = AFFILIATION.exec(text)) {
    // numbered in order from 1
    if (Number(m[1]) !== affiliations.length + 1) break;
    affiliations.push({ n: Number(m[1]), start: m.index + 1, end: m.index + m[0].length });
    AFFILIATION.lastIndex = m.index + m[0].length + (text[m.index + m[0].length] === ' ' ? 1 : 0);
  }
  if (!affiliations.length || !authors.some((a) => a.marks.some((n) => n <= affiliations.length))) return undefined;
  return { authors, affiliations };
}

export function discoverMarkedAuthors(text: string, ms: Mention[]): Mention[] {
  const block = readMarkedAuthors(text);
  if (!block) return [];
  const out: Mention[] = [];
  for (const a of block.authors) {
    if (!a.name.includes(' ') && !isKoreanName(a.name)) continue;
    if (!isTaken(ms, out, a.start, a.end)) out.push(discoveredMention('Person', a.name, a.start, a.end));
  }
  return out;
}
