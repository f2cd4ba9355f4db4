/**
 * A paper's authors in one table cell or line, their affiliations in the parentheses closing it: "NAME¹, NAME¹, NAME²
 * (¹COMPANY, ²UNIVERSITY)" (superscript marks pair each author with an affiliation) or "NAME, NAME (COMPANY)" (one
 * affiliation for all), as an award notice's or a programme's table of papers prints them. The names are persons; an
 * affiliation that is no university, hospital or public body is a company (its authors' employer, see affiliations.ts).
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { isKoreanName } from './person-names.js';
import { SCHOOL_WORD } from './company-words.js';
import { discoverAuthorTail } from './author-tails.js';

/** One author: a Korean name or a Latin "First Last", then maybe its superscript marks (and a corresponding-author sign). */
const CELL_AUTHOR = /([가-힣]{3,4}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})((?:[¹²³⁴⁵⁶⁷⁸⁹]|,(?=[¹²³⁴⁵⁶⁷⁸⁹])){0,5})[*∗†]?/y;
/** Between two authors, and before the parentheses. */
const AUTHOR_GAP = /,\s?/y;
const AFFILIATIONS = /\s?\(([^()]{2,120})\)\s*$/y;
/** One affiliation item: its superscript mark, then its name. */
const AFFILIATION_ITEM = /^\s?([¹²³⁴⁵⁶⁷⁸⁹]?)\s?(\S(?:[^,]{0,38}\S)?)\s?$/;
/** An affiliation that is no company: a university, a school, a hospital, a public institute or body. */
const NOT_COMPANY = new RegExp(String.raw`(?:${SCHOOL_WORD}|연구원|진흥원|재단|협회|학회|센터|[부청처]|Institute)$`);
/** A name a company may have in such parentheses: Hangul or Latin letters and digits, at most two words. */
const COMPANY_NAME = /^(?:\(주\)\s?)?[가-힣A-Za-z][가-힣A-Za-z0-9&.-]{1,15}(?:\s[가-힣A-Za-z0-9&.-]{1,12})?$/;

export interface CellAuthor {
  name: string;
  start: number;
  end: number;
  /** The superscript marks after the name ("¹²", "¹,²" → ["¹", "²"]). */
  marks: string[];
}

export interface CellAffiliation {
  mark: string;
  name: string;
  start: number;
  end: number;
}

export interface AuthorCell {
  authors: CellAuthor[];
  affiliations: CellAffiliation[];
}

/** The authors and affiliations of a line that is an author cell and nothing else, else undefined. */
export function readAuthorCell(text: string): AuthorCell | undefined {
  if (!text.endsWith(')') || text.length > 300) return undefined;
  const authors: CellAuthor[] = [];
  let at = /^\s*/.exec(text)![0].length;
  for (;;) {
    CELL_AUTHOR.lastIndex = at;
    const a = CELL_AUTHOR.exec(text);
    if (!a) return undefined;
    authors.push({ name: a[1]!, start: at, end: at + a[1]!.length, marks: [...a[2]!.replace(/,/g, '')] });
    at = CELL_AUTHOR.lastIndex;
    AUTHOR_GAP.lastIndex = at;
    const gap = AUTHOR_GAP.exec(text);
    if (!gap || authors.length >= 12) break;
    at = AUTHOR_GAP.lastIndex;
  }
  AFFILIATIONS.lastIndex = at;
  const p = AFFILIATIONS.exec(text);
  if (!p) return undefined;
  const inner = p[1]!;
  const innerStart = at + p[0].indexOf('(') + 1;
  const affiliations: CellAffiliation[] = [];
  let from = 0;
  for (const part of inner.split(',')) {
    const m = AFFILIATION_ITEM.exec(part);
    if (!m) return undefined;
    const start = innerStart + from + part.indexOf(m[2]!);
    affiliations.push({ mark: m[1]!, name: m[2]!, start, end: start + m[2]!.length });
    from += part.length + 1;
  }
  const marked = authors.some((x) => x.marks.length > 0);
  // (several authors or marks: a single "NAME (X)" is left to the other readings; marks on one side need them on the other)
  if (authors.length < 2 && !marked) return undefined;
  if (marked !== affiliations.every((x) => x.mark !== '')) return undefined;
  if (!marked && affiliations.length !== 1) return undefined;
  // (a Korean name among them: a list of Latin words alone is too loose to be people)
  if (!authors.some((x) => /^[가-힣]/.test(x.name)) || authors.some((x) => /^[가-힣]/.test(x.name) && !isKoreanName(x.name))) return undefined;
  return { authors, affiliations };
}

/** The affiliations of a cell that name a company. */
export function companyAffiliations(cell: AuthorCell): CellAffiliation[] {
  return cell.affiliations.filter((x) => COMPANY_NAME.test(x.name) && !NOT_COMPANY.test(x.name));
}

/** The persons of an author cell, and the companies its parentheses name that no mention covers yet. */
export function discoverAuthorCells(text: string, ms: Mention[]): Mention[] {
  const cell = readAuthorCell(text);
  // (no cell alone on its line: maybe the author list closing a paper's entry after its title)
  if (!cell) return discoverAuthorTail(text, ms);
  const out: Mention[] = [];
  for (const a of cell.authors) if (!isTaken(ms, out, a.start, a.end)) out.push(discoveredMention('Person', a.name, a.start, a.end));
  for (const c of companyAffiliations(cell)) if (!isTaken(ms, out, c.start, c.end)) out.push(discoveredMention('Company', c.name, c.start, c.end));
  return out;
}
