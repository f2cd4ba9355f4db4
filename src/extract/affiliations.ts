/** A paper's numbered affiliations: each author marked with a company's number works there (the block is read in engine/discover-marked-authors.ts). */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { AFFILIATIONS_OPENING, MARKED_AUTHORS_OPENING, readAffiliationLine, readAuthorLine, readMarkedAuthors, type Affiliation, type MarkedAuthor } from './engine/discover-marked-authors.js';
import { readAuthorCell, type AuthorCell } from './engine/discover-author-cells.js';
import { mayCloseWithAuthors, placeCompany, readAuthorTail, type TailAuthor } from './engine/author-tails.js';
import { addPaperTitleDevelopers } from './paper-titles.js';
import type { Mention } from './types.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';

/**
 * The author block in one sentence ("NAME1, NAME1,2 1(주)가온랩스 2KAIST"), or an author line and the affiliation line
 * right after it (an abstract page: "Authors:Jane Park1, Min Oh1,2" then "1Gaon Labs, Seoul 2KAIST, Daejeon").
 */
export function addMarkedAffiliations(
  acc: Acc,
  articleId: string,
  s: Sentence,
  mentions: Mention[],
  before?: { sentence: Sentence; mentions: Mention[] },
  find?: (text: string) => Mention[],
  add?: (m: Mention) => void,
): void {
  const cell = s.text.endsWith(')') ? readAuthorCell(s.text) : undefined;
  if (cell) return linkCellAuthors(acc, articleId, s, cell, mentions);
  const tail = mayCloseWithAuthors(s.text) ? readAuthorTail(s.text) : undefined;
  if (tail) {
    addPaperTitleDevelopers(acc, articleId, s, tail, mentions);
    return linkTailAuthors(acc, articleId, s, tail, mentions);
  }
  const block = MARKED_AUTHORS_OPENING.test(s.text) ? readMarkedAuthors(s.text) : undefined;
  if (block) return linkAuthors(acc, articleId, s, block.authors, mentions, block.affiliations, find ? [...mentions, ...find(blankedNumbers(s.text))] : mentions, add);
  const open = before && pendingLines.get(acc);
  // (the affiliations one a line: "1한양대학교 …" then "2(주)리걸브릿지 AI연구소": each line goes on from the last)
  const authorLine = open && open.last === before.sentence ? open : before && AFFILIATIONS_OPENING.test(s.text) && MARKED_AUTHORS_OPENING.test(before.sentence.text) ? { author: before, next: 1 } : undefined;
  // ("한지오1" then "1(주)누리온정보": one author alone, marked with the one affiliation the next line gives, is an author line too)
  const soleAffiliation = authorLine?.next === 1 && readAffiliationLine(s.text).length === 1;
  const authors = authorLine && readAuthorLine(authorLine.author.sentence.text, soleAffiliation);
  const affiliations = authors ? readAffiliationLine(s.text, authorLine.next) : [];
  if (!authors || !affiliations.length) return void pendingLines.delete(acc);
  if (authors.length === 1 && add && !authorLine.author.mentions.some((m) => m.type === 'Person' && m.start === authors[0]!.start) && isKoreanName(authors[0]!.name)) {
    const person = discoveredMention('Person', authors[0]!.name, authors[0]!.start, authors[0]!.end);
    authorLine.author.mentions.push(person);
    add(person);
  }
  pendingLines.set(acc, { author: authorLine.author, last: s, next: affiliations.at(-1)!.n + 1 });
  // (the numbers glued to the names hide them from the matcher: read the line again with each number blanked)
  const companies = find ? find(blankedNumbers(s.text)) : mentions;
  linkAuthors(acc, articleId, authorLine.author.sentence, authors, authorLine.author.mentions, affiliations, companies, add);
}

/** The text with each affiliation's number glued to its name blanked (the same length), so the matcher sees the name. */
function blankedNumbers(text: string): string {
  return text.replace(/(^|\s)[1-9](?=\s?[^\s\d,])/g, '$1 ');
}

/** "NAME¹, NAME² (¹X, ²Y)", "NAME, NAME (X)": each author works at the company its mark (or the one affiliation) names. */
function linkCellAuthors(acc: Acc, articleId: string, s: Sentence, cell: AuthorCell, mentions: Mention[]): void {
  for (const a of cell.authors) {
    const person = mentions.find((m) => m.type === 'Person' && m.start === a.start);
    if (!person) continue;
    const places = a.marks.length ? cell.affiliations.filter((x) => a.marks.includes(x.mark)) : cell.affiliations;
    for (const aff of places) {
      const company = mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= aff.start && m.end <= aff.end);
      if (company) addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: {} }, evidenceOf(articleId, s, 'works-for.author-cell', 0.75));
    }
  }
}

/** "TITLE NAME, NAME (X), NAME (Y)": each author of an entry's closing list works at the company its affiliation names. */
function linkTailAuthors(acc: Acc, articleId: string, s: Sentence, authors: TailAuthor[], mentions: Mention[]): void {
  for (const a of authors) {
    const person = mentions.find((m) => m.type === 'Person' && m.start === a.start);
    if (!person) continue;
    for (const place of a.places) {
      const company = placeCompany(place, mentions);
      if (company) addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: {} }, evidenceOf(articleId, s, 'works-for.author-tail', 0.7));
    }
  }
}

/** An author line whose affiliations are being read a line at a time: the last affiliation line read, the number next. */
const pendingLines = new WeakMap<Acc, { author: { sentence: Sentence; mentions: Mention[] }; last: Sentence; next: number }>();

function linkAuthors(acc: Acc, articleId: string, s: Sentence, authors: MarkedAuthor[], persons: Mention[], affiliations: Affiliation[], companies: Mention[], add?: (m: Mention) => void): void {
  for (const a of authors) {
    const person = persons.find((m) => m.type === 'Person' && m.start === a.start);
    if (!person) continue;
    for (const n of a.marks) {
      const aff = affiliations.find((x) => x.n === n);
      // the company the affiliation names first ("(주)가온랩스, 서울"; not a department of a university)
      const company = aff && companies.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= aff.start && m.end <= aff.end);
      // (a company only the blanked reading found, "2KT", is an entity of the article from here on)
      if (company && !acc.entities.has(company.key)) add?.(company);
      if (company) addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: {} }, evidenceOf(articleId, s, 'works-for.numbered-affiliation', 0.75));
    }
  }
}

/** "왼쪽부터", "(사진 오른쪽부터)": a photo caption listing the people in it, left to right. */
const ROSTER_CAPTION = /^(?:\(?사진\s?)?\(?(?:왼쪽|오른쪽|좌측|우측)(?:부터|에서부터)\)?\s/;

/**
 * "하람AI 파운데이션모델팀. 왼쪽부터 NAME 매니저, NAME 팀장(상무), …": a photo caption listing people by name and title,
 * under the one company the caption names before the list, works for that company (an item that names a company of
 * its own is left to the title rules).
 */
export function addCaptionRoster(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], before: { sentence: Sentence; mentions: Mention[] } | undefined): void {
  if (s.block !== 'caption' || !ROSTER_CAPTION.test(s.text)) return;
  const lead = before && before.sentence.block === 'caption' && before.sentence.end + 2 >= s.start ? before.mentions : [];
  const companies = new Set(lead.filter((m) => m.type === 'Company' && m.via !== 'blocked').map((m) => m.key));
  if (companies.size !== 1 || mentions.some((m) => m.type === 'Company' && m.via !== 'blocked')) return;
  const [company] = companies;
  for (const p of mentions.filter((m) => m.type === 'Person' && m.via !== 'reference'))
    addRelation(acc, { relation: 'WORKS_FOR', source: p.key, target: company!, properties: {} }, evidenceOf(articleId, s, 'works-for.caption-roster', 0.7));
}
