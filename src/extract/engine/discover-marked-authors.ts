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

/**
 * One author: a Korean name, a foreign name in Hangul with its Latin form, or a Latin name ("Ji-hoon Lee", as an
 * abstract page prints it), then its marks ("1", "1,3", "1,∗", "2†").
 */
const MARKED_AUTHOR =
  /([가-힣]{2,4}|[가-힣]{1,6} [가-힣]{1,6}\([A-Z][A-Za-z .-]{1,30}\)|[A-Z][a-z]{1,15}(?:-[a-z]{2,10})?(?: [A-Z][a-z]{1,15}(?:-[A-Z]?[a-z]{2,10})?){1,2})((?:[1-9](?:,[1-9])*)(?:,?[∗*†‡])?)(?:,\s|\s[·・]\s|\s|$)/y;
/** The label an abstract page's author line opens on ("Authors:"). */
const AUTHORS_LABEL = /^Authors?\s?[:：]\s?/;
/**
 * How a numbered author line opens: a Korean name and its mark, the label, or two Latin names each with its marks (a paper's
 * title page as text: "Jane Park1∗ Min Oh2 …").
 */
export const MARKED_AUTHORS_OPENING =
  /^(?:[가-힣]{2,4}[1-9]|Authors?\s?[:：]\s?[A-Z][a-z]+[ -]|[A-Z][a-z]+(?:-[a-z]+)? [A-Z][a-z]+[1-9](?:,[1-9])*[∗*†‡]?,?\s[A-Z][a-z]+(?:-[a-z]+)? [A-Z][a-z]+[1-9])/;
/** How a numbered affiliation line of its own opens: "1" glued to a name ("1Dalbit AI, Seoul 2…") or a space before it ("1 Dalbit AI"). */
export const AFFILIATIONS_OPENING = /^1\s?(?=[^\s\d,.%])/;
/** One affiliation: its number (glued to its text or a space before it), up to the next number, a corresponding-author mark or the end. */
const AFFILIATION = /([1-9])\s?(?=[^\s\d,])(.+?)(?=\s[1-9]\s?(?=[^\s\d,])|\s?[∗*†‡]|$)/y;

/** A dash between an author list and its numbered affiliations. */
const AFFILIATIONS_DASH = /^\s?[—–-]\s(?=1)/;

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
  const authors = readAuthorList(text);
  if (!authors) return undefined;
  // (a conference list sets the affiliations apart with a dash: "이름1, 이름2 — 1회사, 2대학교")
  const at = authors.at(-1)!.listEnd;
  const affiliations = readAffiliations(text, at + (AFFILIATIONS_DASH.exec(text.slice(at))?.[0].length ?? 0));
  if (!affiliations.length || !authors.some((a) => a.marks.some((n) => n <= affiliations.length))) return undefined;
  return { authors, affiliations };
}

/**
 * The marked authors of a line that holds nothing else (an abstract page's "Authors:" line, its affiliations printed
 * on the next line), or nothing.
 */
export function readAuthorLine(text: string, alone = false): MarkedAuthor[] | undefined {
  // (one author alone is a line only where it is marked as the corresponding one: "진하솔1*", a one-author poster, or where
  // the caller has seen the one affiliation it cites on the next line: `alone`)
  const authors = readAuthorList(text, 1);
  if (!authors || (authors.length === 1 && !authors[0]!.starred && !alone)) return undefined;
  const rest = text.slice(authors.at(-1)!.listEnd).trimEnd();
  // (a journal page prints the names romanised after them: "김도윤1, 이하린2 (Doyun Kim, Harin Lee)")
  return !rest || ROMANISED_NAMES.test(rest) ? authors : undefined;
}

/** The authors' names romanised in parentheses after a Korean author line: "(Doyun Kim, Harin Lee)". */
const ROMANISED_NAMES = /^\s?\((?:[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}(?:,\s?|\)$))+$/;

/** The numbered affiliations of a line of their own ("1Dalbit AI, Seoul 2KAIST, Daejeon"), or of a line that opens on affiliation `first` ("2LegalBridge AI Lab", one a line). */
export function readAffiliationLine(text: string, first = 1): Affiliation[] {
  return text[0] === String(first) && /^[1-9]\s?[^\s\d,.%]/.test(text) ? readAffiliations(text, 0, first) : [];
}

function readAuthorList(text: string, least = 2): (MarkedAuthor & { listEnd: number; starred: boolean })[] | undefined {
  const authors: (MarkedAuthor & { listEnd: number; starred: boolean })[] = [];
  const label = AUTHORS_LABEL.exec(text);
  MARKED_AUTHOR.lastIndex = label ? label[0].length : 0;
  for (let m = MARKED_AUTHOR.exec(text); m; m = MARKED_AUTHOR.exec(text)) {
    const name = m[1]!.replace(/\(.*$/, '');
    authors.push({ name, start: m.index, end: m.index + name.length, marks: [...m[2]!.matchAll(/[1-9]/g)].map((d) => Number(d[0])), listEnd: MARKED_AUTHOR.lastIndex, starred: /[∗*]/.test(m[2]!) });
  }
  return authors.length >= least ? authors : undefined;
}

function readAffiliations(text: string, at: number, first = 1): Affiliation[] {
  const affiliations: Affiliation[] = [];
  AFFILIATION.lastIndex = at;
  for (let m = AFFILIATION.exec(text); m; m = AFFILIATION.exec(text)) {
    // numbered in order from 1
    if (Number(m[1]) !== affiliations.length + first) break;
    affiliations.push({ n: Number(m[1]), start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length });
    AFFILIATION.lastIndex = m.index + m[0].length + (text[m.index + m[0].length] === ' ' ? 1 : 0);
  }
  return affiliations;
}

/** Drops the models discovered from a numbered block's author names and their marks ("이름3" read as a model of version 3). */
export function dropNumberedAuthorModels(text: string, ms: Mention[]): void {
  const authors = readMarkedAuthors(text)?.authors;
  if (!authors) return;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type === 'Model' && m.via === 'discovered' && authors.some((a) => a.start === m.start && /^[1-9,*∗†‡]+$/.test(text.slice(a.end, m.end)))) ms.splice(i, 1);
  }
}

export function discoverMarkedAuthors(text: string, ms: Mention[]): Mention[] {
  // (a line of Latin names alone: its affiliations are on the next line, as after the label)
  // (and a line of Korean names alone, its affiliations on the lines after it, one a line)
  const authors = readMarkedAuthors(text)?.authors ?? (AUTHORS_LABEL.test(text) || /^[A-Z가-힣]/.test(text) ? readAuthorLine(text) : undefined);
  if (!authors) return [];
  const out: Mention[] = [];
  for (const a of authors) {
    if (!a.name.includes(' ') && !isKoreanName(a.name)) continue;
    if (!isTaken(ms, out, a.start, a.end)) out.push(discoveredMention('Person', a.name, a.start, a.end));
  }
  return out;
}
