/**
 * A paper's author list closing the line its title opens, as a proceedings' table of contents or a publication list
 * prints an entry ("TITLE 이름, 이름 (㈜회사), 이름 (대학교)", "TITLE 이름1, 이름1, 이름2 (1회사, 2대학교)"): the names
 * are persons, and each group of names before parentheses that hold one affiliation shares it ("A, B (X), C (Y)": A and
 * B at X, C at Y); numbered affiliations go to the authors marked with their number. Parentheses that hold a note on one
 * person ("(intern)", "(교신저자)", "(前 X, 現 Y)") affiliate nobody, and once a list has printed one, each later
 * affiliation belongs to the name right before it only (the list annotates person by person).
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken } from './discover-common.js';
import { isForeignGivenAndSurname, isKoreanName } from './person-names.js';
import { SCHOOL_WORD } from './company-words.js';

/**
 * One author: a foreign given name in Hangul and a surname with its mark glued on ("로라 한1"), a Korean name or a Latin
 * "First Last", then its marks (superscript or plain digits glued on) and a sign.
 */
const TAIL_AUTHOR = /([가-힣]{2,5} [가-힣](?=[1-9¹²³⁴⁵⁶⁷⁸⁹])|[가-힣]{3,4}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})((?:[1-9¹²³⁴⁵⁶⁷⁸⁹](?:,(?=[1-9¹²³⁴⁵⁶⁷⁸⁹]))?){0,5})[*∗†‡]?/y;
const NEXT_AUTHOR = /,\s?/y;
/** Parentheses after a name: what they hold, with no parentheses inside. */
const PARENS = /\s?\(([^()]{1,120})\)/y;
/** One affiliation item: its mark (maybe), then its name. */
const ITEM = /^\s?([1-9¹²³⁴⁵⁶⁷⁸⁹]?)\s?(\S(?:[^,]{0,38}\S)?)\s?$/;
/** A note on one person rather than an affiliation: a role in the paper, a status, a former and present post. */
const PERSON_NOTE = /^(?:[a-z]|(?:인턴|교신저자|교신|공동\s?제?1저자|제1저자|발표자|학생|석사과정|박사과정|前|전\s|現|현\s))/;
/** A legal-form mark opening a company's name. */
const LEGAL_FORM = /^(?:\(주\)\s?|㈜\s?)/;
/** A name a company may have in such parentheses: one word of Hangul or Latin letters and digits, maybe its legal form or a Latin word after it (not a title). */
const COMPANY_NAME = /^[가-힣A-Z][가-힣A-Za-z0-9&.-]{1,15}(?:\s(?:주식회사|[A-Z][A-Za-z0-9&.-]{0,12}))?$/;
/** An affiliation that is no company: a university, a school, a hospital, a public institute or body. */
const NOT_COMPANY = new RegExp(String.raw`(?:${SCHOOL_WORD}|연구원|진흥원|재단|협회|학회|센터|병원|[부청처]|Institute|University)$`);
/** The bar after an entry's author list, before its date: "(X) ｜ 2026.06", "(X) | 2025". */
const VENUE_BAR = /\)\s?[｜|]\s?(?:19|20)\d{2}/;
/** What the title before the list may not end with: a sentence's end (the line is prose, not an entry). */
const SENTENCE_END = /(?:[.!?。]|다|요)\s*$/;

export interface TailPlace {
  name: string;
  start: number;
  end: number;
}

export interface TailAuthor {
  name: string;
  start: number;
  end: number;
  /** The affiliations this author is listed with. */
  places: TailPlace[];
  /** The parentheses after this author that hold a note on them ("(intern)", "(前 X, 現 Y CTO)"), read by the patterns. */
  note?: TailPlace;
  /** Whether the places came by the author's marks from numbered affiliations ("NAME1 … (1X, 2Y)"). */
  numbered?: boolean;
}

/** The author list that closes a line after its title, each author with its affiliations; else undefined. */
/** Whether a line may close with an author list: it ends with parentheses, or they come before an entry's date bar. */
export function mayCloseWithAuthors(line: string): boolean {
  return line.endsWith(')') || ((line.includes('｜') || line.includes('|')) && VENUE_BAR.test(line));
}

export function readAuthorTail(line: string): TailAuthor[] | undefined {
  // (a publication list's entry: the authors, then the date and the venue after bars, "A, B (X) ｜ 2026.06 ｜ 학술대회 …")
  const bar = line.endsWith(')') ? -1 : line.search(VENUE_BAR);
  const text = bar > 0 ? line.slice(0, bar + 1) : line;
  if (!text.endsWith(')') || text.length > 400) return undefined;
  const from = Math.max(0, text.length - 260);
  for (let i = from; i < text.length; i++) {
    if (i > 0 && text[i - 1] !== ' ') continue;
    if (!/[가-힣]/.test(text[i]!)) continue;
    const read = readFrom(text, i);
    if (read) return read;
  }
  return undefined;
}

function readFrom(text: string, at: number): TailAuthor[] | undefined {
  const out: TailAuthor[] = [];
  const marked = new Map<TailAuthor, string[]>();
  let group: TailAuthor[] = [];
  let annotated = false;
  let numbered: TailPlace[] | undefined;
  let pos = at;
  for (;;) {
    TAIL_AUTHOR.lastIndex = pos;
    const a = TAIL_AUTHOR.exec(text);
    if (!a) return undefined;
    const name = a[1]!;
    if (/^[가-힣]/.test(name) ? !(isKoreanName(name) || (name.includes(' ') && isForeignGivenAndSurname(name))) : out.length === 0) return undefined;
    const author: TailAuthor = { name, start: pos, end: pos + name.length, places: [] };
    const marks = [...a[2]!.replace(/,/g, '')].map(toDigit);
    if (marks.length) marked.set(author, marks);
    out.push(author);
    group.push(author);
    pos = TAIL_AUTHOR.lastIndex;
    PARENS.lastIndex = pos;
    const p = PARENS.exec(text);
    if (p) {
      const innerStart = pos + p[0].indexOf('(') + 1;
      const items = splitItems(p[1]!, innerStart);
      if (!items) return undefined;
      if (items.every((x) => x.mark !== '') && marked.size) numbered = items.map((x) => ({ ...x.place, mark: x.mark }) as TailPlace & { mark: string });
      else if (items.length === 1 && items[0]!.mark === '' && !PERSON_NOTE.test(items[0]!.place.name)) {
        for (const g of annotated ? [author] : group) g.places.push(items[0]!.place);
      } else {
        annotated = true;
        author.note = { name: p[1]!, start: innerStart, end: innerStart + p[1]!.length };
      }
      group = [];
      pos = PARENS.lastIndex;
      if (pos === text.length) break;
    } else if (pos === text.length) return undefined;
    NEXT_AUTHOR.lastIndex = pos;
    if (!NEXT_AUTHOR.exec(text) || out.length >= 12) return undefined;
    pos = NEXT_AUTHOR.lastIndex;
  }
  if (numbered) {
    const places = numbered as (TailPlace & { mark: string })[];
    for (const [author, marks] of marked) {
      author.places.push(...places.filter((x) => marks.includes(x.mark)).map(({ mark: _m, ...x }) => x));
      author.numbered = true;
    }
  }
  // (the title before the list is no sentence; a single author needs the title before it and marks or one affiliation)
  const before = text.slice(0, at);
  if (SENTENCE_END.test(before) || !out.some((x) => /^[가-힣]/.test(x.name))) return undefined;
  // (or the line is the one author alone with a company's legal form in the parentheses: "NAME (㈜X)", a programme's author line)
  // (or the one author alone, marked with the number of the one affiliation: "NAME1 (1X)", a poster's author line)
  const alone = !before.trim() && out.length === 1 && pos === text.length && out[0]!.places.length === 1 && (LEGAL_FORM.test(out[0]!.places[0]!.name) || (numbered?.length === 1 && marked.size === 1));
  if (out.length < 2 && !alone && (!before.trim() || !out[0]!.places.length)) return undefined;
  return out;
}

function splitItems(inner: string, innerStart: number): { mark: string; place: TailPlace }[] | undefined {
  const items: { mark: string; place: TailPlace }[] = [];
  let from = 0;
  for (const part of inner.split(',')) {
    const m = ITEM.exec(part);
    if (!m) return undefined;
    const start = innerStart + from + part.indexOf(m[2]!);
    items.push({ mark: toDigit(m[1]!), place: { name: m[2]!, start, end: start + m[2]!.length } });
    from += part.length + 1;
  }
  return items;
}

const SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹';

function toDigit(mark: string): string {
  const i = mark ? SUPERSCRIPTS.indexOf(mark) : -1;
  return i >= 0 ? String(i + 1) : mark;
}

/** The company an affiliation names (its span without the legal-form mark), or undefined. */
export function tailCompany(place: TailPlace): TailPlace | undefined {
  const form = LEGAL_FORM.exec(place.name);
  // (the legal form after the name, "X 주식회사", is left out of it)
  const name = (form ? place.name.slice(form[0].length) : place.name).replace(/\s주식회사$/, '');
  if (!COMPANY_NAME.test(name) || NOT_COMPANY.test(name)) return undefined;
  const start = place.start + (form ? form[0].length : 0);
  return { name, start, end: start + name.length };
}

/** A company's name by its shape: a legal-form mark, or a word a company's name ends in. */
const CORPORATE_SHAPE = /(?:AI|에이아이|랩스|랩|소프트|테크|데이터|시스템즈?|솔루션즈?|로보틱스|인텔리전스|전자|바이오|모빌리티|네트웍스|소프트웨어|컴퍼니|코리아|Labs?|Soft|Tech|Inc\.?|Corp\.?)$/;
/** Where a single author's list may not follow: a title or role word, a label ("의장: NAME (X)", "TF장 NAME(X)"). */
const NOT_TITLE_BEFORE = /(?:[:：]|[가-힣]{0,10}(?:장|원|사|관|자|위원|이사|전무|상무|부사장|대표|교수)|[▲△■□●○◆◇▶·•])\s?$/;

/** A company mention naming the whole affiliation (its legal-form mark aside), not a reference word ("당사") in it. */
export function placeCompany(place: TailPlace, ms: readonly Mention[]): Mention | undefined {
  const span = tailSpan(place);
  return ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.start <= span.start && m.end >= span.end && m.start >= place.start && m.end <= place.end);
}

function tailSpan(place: TailPlace): TailPlace {
  const form = LEGAL_FORM.exec(place.name);
  const name = (form ? place.name.slice(form[0].length) : place.name).replace(/\s주식회사$/, '');
  const start = place.start + (form ? form[0].length : 0);
  return { name, start, end: start + name.length };
}

/**
 * The persons of an author list closing a line, and the companies its affiliations name that no mention covers yet (by
 * their shape: a legal-form mark or a company's word). A list that names no company is left alone ("조교수 (자연어처리)");
 * so is one author whose parentheses name no company known already, or who follows a title or a label.
 */
export function discoverAuthorTail(text: string, ms: Mention[]): Mention[] {
  const authors = readAuthorTail(text);
  if (!authors) return [];
  const known = (p: TailPlace) => placeCompany(p, ms) !== undefined;
  const shaped = (p: TailPlace) => {
    const c = tailCompany(p);
    return c !== undefined && (LEGAL_FORM.test(p.name) || /\s주식회사$/.test(p.name) || CORPORATE_SHAPE.test(c.name));
  };
  const places = authors.flatMap((a) => a.places);
  // (numbered affiliations, every author marked: a company's name by its form alone, not a school's or a body's, "(1X, 2Y대학교)")
  const numbered = authors.every((a) => a.numbered);
  const company = (p: TailPlace) => shaped(p) || (numbered && tailCompany(p) !== undefined);
  // (or a note that names a company known already: "NAME (前 X, 現 Y CTO)")
  const noted = authors.some((a) => a.note && ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.start >= a.note!.start && m.end <= a.note!.end));
  if (!places.some((p) => known(p) || company(p)) && !(noted && authors.length > 1)) return [];
  // (one author alone on the line with a company's legal form in the parentheses: "NAME (㈜X)", a programme's author line)
  const alone = authors.length === 1 && authors[0]!.start === 0 && places.length === 1 && (LEGAL_FORM.test(places[0]!.name) || numbered);
  if (authors.length === 1 && !alone && (!places.some(known) || NOT_TITLE_BEFORE.test(text.slice(0, authors[0]!.start)) || authors[0]!.start < 10)) return [];
  const out: Mention[] = [];
  for (const a of authors) if (!isTaken(ms, out, a.start, a.end)) out.push(discoveredMention('Person', a.name, a.start, a.end));
  for (const p of places) {
    const c = company(p) ? tailCompany(p) : undefined;
    if (c && !isTaken(ms, out, c.start, c.end)) out.push(discoveredMention('Company', c.name, c.start, c.end));
  }
  return out;
}

/** "문서윤2": an author's name with its affiliation number glued on is no model's name — drops such discovered models in place. */
export function dropMarkedAuthorModels(text: string, ms: Mention[]): void {
  const authors = readAuthorTail(text);
  if (!authors) return;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type === 'Model' && m.via === 'discovered' && authors.some((a) => a.start === m.start && /^[1-9¹²³⁴⁵⁶⁷⁸⁹,*∗†‡]+$/.test(text.slice(a.end, m.end)))) ms.splice(i, 1);
  }
}
