/**
 * Rosters laid out as rows: a conference timetable's or an author table's people under a header line
 * "발표자 | 소속 | 직함" (the parse stage writes each person of such a table as a text-table line of
 * their own: parse/roster-tables.ts), and a people page's appointment list of lines of three short
 * parts "회사 — 직위 — 이름" with no header, or of a paper's marks "▲회사 △직위 이름" (two such lines or more). Each row names one person, the
 * company they work for and their post: a WORKS_FOR with the post as its title, where the affiliation
 * is a company (no university, ministry, agency or association) of the field (known, tied to a fact,
 * or a row, list heading or headline saying AI). The person is a node even where the affiliation is not
 * a company.
 */
import type { Sentence } from '../parse/types.js';
import { AFFILIATION_COLUMN, AFFILIATION_POST_COLUMN, PERSON_COLUMN, POST_COLUMN } from '../parse/roster-tables.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { companyIn } from './engine/consortium-table.js';
import { ASSOCIATION_NAME, NOT_COMPANY_MEMBER } from './engine/company-words.js';
import { findMentions } from './engine/mentions.js';
import { discoveredMention } from './engine/discover-common.js';
import { addForeignPerson, addPerson, isForeignGivenAndSurname } from './engine/person-names.js';
import { AI_WORD, POST_BEFORE } from './section-roster.js';
import type { Mention, RuleSet } from './types.js';

/** Between a headerless row's parts: a dash between spaces ("X — 상무 — NAME"). */
const DASH_PARTS = /\s[—–]\s/;
/** "김민조 (좌장)", "클레르 뒤부아 (Claire Dubois)", "NAME (前 X 연구원)": a name and a note or its Latin spelling. */
const NAME_NOTE = /^([가-힣]{2,5}(?:\s[가-힣]{1,5}){0,2})(?:\s?\(([^()]{1,30})\))?$/;
/** A compound surname, a space, and a given name of one or two syllables ("선우 진", "남궁 민"). */
const SPACED_COMPOUND = /^(?:남궁|황보|제갈|선우|독고|사공|서문|동방)\s[가-힣]{1,2}$/;
/** Three or four syllables each set apart by a space ("하 윤 서"). */
const LETTER_SPACED_NAME = /^[가-힣](?:\s[가-힣]){2,3}$/;
const LATIN_NAME = /^[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]{1,15}(?:\s[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]{1,15}){1,2}$/;
/**
 * Affiliations that are no company though shaped like one: associations, councils, graduate schools, ministries, public agencies
 * (or an agency's head, its title glued on: "X진흥원장"), cities ("대전시", "세종특별자치시").
 */
const NOT_EMPLOYER = /(?:협의회|대학원|[가-힣]{2}부|[가-힣]처|[가-힣]청|진흥원장?|위원회)$|^[가-힣]{1,4}(?:특별자치|특별|광역)?시$/;
/** A part that ends a sentence: prose, not a row. */
const PROSE_END = /(?:다|요)[.!?]?["'”’)]?$/;

interface RosterRow {
  person: Mention;
  company?: Mention;
  post: string;
  sentence: Sentence;
}

/** The person a row's name cell names: a known person, a Korean name, a foreign name in Hangul glossed in Latin or ending in a Korean surname, or a Latin name. */
export function personIn(cell: string, s: Sentence, rules: RuleSet): Mention | undefined {
  // ("하 윤 서": a name printed letter-spaced, as an official table's name column does, is the name)
  const p = NAME_NOTE.exec(LETTER_SPACED_NAME.test(cell.trim()) ? cell.trim().replace(/\s/g, '') : cell.trim());
  // ("Maria Lindqvist": a name written in Latin letters alone in the name cell)
  if (!p && LATIN_NAME.test(cell.trim())) return { ...discoveredMention('Person', cell.trim(), 0, cell.trim().length), start: s.start, end: s.start };
  if (!p) return undefined;
  const name = p[1]!;
  const known = findMentions(name, rules).find((m) => m.type === 'Person' && m.start === 0 && m.end === name.length);
  // ("선우 진": a compound surname set apart from a one-syllable given name, as a name column may print it)
  if (!known && SPACED_COMPOUND.test(name)) return { ...discoveredMention('Person', name, 0, name.length), start: s.start, end: s.start };
  const latin = p[2] && LATIN_NAME.test(p[2]) ? p[2] : undefined;
  const out: Mention[] = [];
  if (!known) {
    if (!name.includes(' ')) addPerson(name, [], out, name, 0);
    // (a foreign given name and a Korean surname need no Latin gloss in a name column: "엘리나 조")
    else if (latin || isForeignGivenAndSurname(name)) addForeignPerson(name, [], out, name, 0, latin !== undefined);
  }
  const person = known ?? out[0];
  if (!person) return undefined;
  return { ...person, start: s.start, end: s.start, aliases: latin ? [...person.aliases, latin] : person.aliases };
}

/** The company an affiliation names, unless it is a public body, a school or an association. */
function employerIn(cell: string, s: Sentence, rules: RuleSet): Mention | undefined {
  const m = companyIn(cell, s, rules);
  if (!m || (m.via === 'discovered' && (NOT_EMPLOYER.test(m.surface) || NOT_COMPANY_MEMBER.test(m.surface) || ASSOCIATION_NAME.test(m.surface)))) return undefined;
  return m;
}

/** A legal form before a company's name ("(주)", "㈜", "주식회사 "). */
const LEGAL_PREFIX = /^(?:\(주\)|㈜|주식회사)\s?/;

/** A cell's first word that is a unit of a company or a post, no company ("…팀", "…실장(상무)", "대표이사", "(전)"). */
const UNIT_OR_POST = /(?:팀|실|본부|부문|사업부|파트|장|이사|수석|책임|선임|교수|위원)(?:\([^()]{1,10}\))?$|^\(/;
/** An affiliation cell telling where the person is yet to go ("X 입사 예정", "X 합류 예정"). */
const PROSPECTIVE = /(?:입사|합류|이직|부임|취임)\s?(?:예정|할\s예정)/;

/** "(주)X AI연구소 선임연구원", "주식회사 X 최고기술책임자(CTO)": an affiliation cell with the post after it — the company (a known one, or its first word) and the post (after a "/" too: "X / 연구위원"). */
function splitAffiliation(cell: string, s: Sentence, rules: RuleSet): { company?: Mention; post: string } {
  const t = cell.trim();
  // ("(X 입사 예정, 2027.1)": where the person will go, no affiliation yet)
  if (PROSPECTIVE.test(t)) return { post: '' };
  const bare = t.replace(LEGAL_PREFIX, '');
  const known = findMentions(bare, rules).find((m) => m.type === 'Company' && m.start === 0);
  const head = t.length - bare.length + (known ? known.end : bare.search(/\s|$/));
  // ("파운데이션모델팀 팀장(이사)", "전략기획실장(상무)": a unit or a post alone, the company left to the page)
  if (!known && UNIT_OR_POST.test(t.slice(t.length - bare.length, head))) return { post: t };
  return { company: employerIn(t.slice(0, head), s, rules), post: t.slice(head).replace(/^\s?[/,·]\s?/, '').trim() };
}

/** "KT 기술혁신부문 AI연구소 상무": an affiliation cell opening on a company the gazetteer knows, its unit and post after it. */
function knownAtStart(cell: string, s: Sentence, rules: RuleSet): Mention | undefined {
  const t = cell.trim().replace(LEGAL_PREFIX, '');
  const known = findMentions(t, rules).find((m) => m.type === 'Company' && m.start === 0 && m.via !== 'discovered' && m.via !== 'blocked' && m.via !== 'reference');
  return known && /^\s/.test(t.slice(known.end)) ? employerIn(t.slice(0, known.end), s, rules) : undefined;
}

/** Cells of a text-table line. */
function cellsOf(text: string): string[] {
  return text.split(/\s?\|\s?/).map((c) => c.trim()).filter((c, k, all) => c !== '' || (k > 0 && k < all.length - 1));
}

/** The rows under each "발표자 | 소속 | 직함" header line: one person per line of as many cells. */
function headedRows(sentences: Sentence[], rules: RuleSet): RosterRow[] {
  const out: RosterRow[] = [];
  let columns: { person: number; affiliation: number; post: number; combined: boolean; width: number } | undefined;
  for (const s of sentences) {
    if (!s.text.includes('|')) continue;
    const cells = cellsOf(s.text);
    const person = cells.findIndex((c) => PERSON_COLUMN.test(c));
    const affiliation = cells.findIndex((c) => AFFILIATION_COLUMN.test(c));
    const combined = cells.findIndex((c) => AFFILIATION_POST_COLUMN.test(c));
    if (person >= 0 && (affiliation >= 0 || combined >= 0)) {
      columns = { person, affiliation: affiliation >= 0 ? affiliation : combined, post: affiliation >= 0 ? cells.findIndex((c) => POST_COLUMN.test(c)) : -1, combined: affiliation < 0, width: cells.length };
      continue;
    }
    if (!columns || cells.length !== columns.width) {
      columns = undefined;
      continue;
    }
    const p = personIn(cells[columns.person]!, s, rules);
    if (!p) continue;
    const aff = cells[columns.affiliation]!;
    const { company, post } = columns.combined ? splitAffiliation(aff, s, rules) : { company: employerIn(aff, s, rules) ?? knownAtStart(aff, s, rules), post: columns.post >= 0 ? cells[columns.post]! : '' };
    out.push({ person: p, ...(company ? { company } : {}), post, sentence: s });
  }
  return out;
}

/** "X — AI 퓨처랩장(상무) — NAME": a line of a company, a post and a name in any order, each told by its form. */
function dashRow(s: Sentence, rules: RuleSet): RosterRow | undefined {
  const parts = s.text.split(DASH_PARTS).map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === '' || p.length > 40 || PROSE_END.test(p))) return undefined;
  const people = parts.map((p) => personIn(p, s, rules));
  const posts = parts.map((p, k) => !people[k] && POST_BEFORE(rules).test(p));
  const who = people.findIndex(Boolean);
  const what = posts.findIndex(Boolean);
  if (people.filter(Boolean).length !== 1 || posts.filter(Boolean).length !== 1) return undefined;
  const where = [0, 1, 2].find((k) => k !== who && k !== what)!;
  const company = employerIn(parts[where]!, s, rules);
  return { person: people[who]!, ...(company ? { company } : {}), post: parts[what]!, sentence: s };
}

/** "▲카카오 △최고AI책임자(CAIO·부사장) 한동진 △상무 NAME": a paper's appointment line, the company after ▲, each post and name after △. */
const MARKED_LINE = /^\s?▲\s?([^▲△]{1,30}?)\s?((?:△[^▲△]{3,50}){1,6})$/;
/** A △ item: its post, then the name (maybe with a note in parentheses: "전무 NAME(AI기술그룹장)"). */
const MARKED_ITEM = /^(.{1,40}?)\s([가-힣]{2,4}(?:\s?\([^()]{1,30}\))?)$/;

function markedRows(s: Sentence, rules: RuleSet): RosterRow[] {
  const line = MARKED_LINE.exec(s.text);
  if (!line) return [];
  const company = employerIn(line[1]!, s, rules);
  const out: RosterRow[] = [];
  for (const item of line[2]!.split('△').map((x) => x.trim()).filter(Boolean)) {
    const parts = MARKED_ITEM.exec(item);
    const person = parts && POST_BEFORE(rules).test(parts[1]!) ? personIn(parts[2]!, s, rules) : undefined;
    if (person) out.push({ person, ...(company ? { company } : {}), post: parts![1]!, sentence: s });
  }
  return out;
}

/** The rows of the article's roster tables and appointment lists (dashed or marked lines only where there are two or more). */
function readRosterRows(sentences: Sentence[], rules: RuleSet): RosterRow[] {
  // (a plain text's short lines read as headings may be the list's rows)
  const listed = sentences.filter((s) => s.block === 'body' || s.block === 'heading');
  const dashed = listed.filter((s) => DASH_PARTS.test(s.text)).map((s) => dashRow(s, rules)).filter((r): r is RosterRow => r !== undefined);
  const marked = listed.filter((s) => s.text.includes('△')).flatMap((s) => markedRows(s, rules));
  return [...headedRows(sentences, rules), ...(dashed.length >= 2 ? dashed : []), ...(marked.length >= 2 ? marked : [])];
}

/** Whether a row, its list's heading (the last heading before it that is no row) or the headline speaks of the field. */
function inField(row: RosterRow, rows: RosterRow[], sentences: Sentence[], title: string): boolean {
  const heading = sentences.filter((h) => h.block === 'heading' && h.end <= row.sentence.start && !rows.some((r) => r.sentence === h)).at(-1)?.text ?? '';
  return AI_WORD.test(row.sentence.text) || AI_WORD.test(heading) || AI_WORD.test(title);
}

/** The companies no gazetteer knows that roster rows of the field name: names the article's sentences may use again ("코드노바가 … 개발한"). */
export function rosterCompanyNames(sentences: Sentence[], rules: RuleSet, title: string): string[] {
  if (!sentences.some((s) => s.text.includes('|') || s.text.includes('△') || DASH_PARTS.test(s.text))) return [];
  const rows = readRosterRows(sentences, rules);
  return [...new Set(rows.filter((r) => r.company?.via === 'discovered' && inField(r, rows, sentences, title)).map((r) => r.company!.surface))];
}

/** Adds the people of the article's roster tables and appointment lists, and where they work. */
export function addRosterRows(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], title: string): void {
  const rows = readRosterRows(sentences, rules);
  if (rows.length === 0) return;
  const tied = new Set<string>();
  for (const r of acc.relations.values()) if (r.type !== 'WORKS_FOR') tied.add(r.source).add(r.target);
  for (const row of rows) {
    const ev = evidenceOf(articleId, row.sentence, 'works-for.roster-row', 0.7);
    addEntity(acc, row.person, rules, ev);
    const c = row.company;
    if (!c || !(c.via !== 'discovered' || tied.has(c.key) || inField(row, rows, sentences, title))) continue;
    addEntity(acc, c, rules, ev);
    addRelation(acc, { relation: 'WORKS_FOR', source: row.person.key, target: c.key, properties: row.post ? { title: row.post } : {} }, ev);
  }
}
