/**
 * Consortium tables. A programme announcement lists its teams as a <table> that pages flatten into
 * one short block per cell: "구분 | 주관기관 | 참여기관 | 개발 모델 | 1 | A | B, C | M | 2 | …".
 * A header with a lead column (주관기관) and a member column (참여기관) gives, per row, the lead,
 * its member companies (universities, hospitals and public institutes are skipped) and the model
 * the team builds. Member names no gazetteer knows are companies because of their column.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions } from './mentions.js';
import { addPerson } from './person-names.js';
import type { KnownName } from './known-names.js';
import { rowSentence } from './tables.js';
import { modelIn, NOTE_COLUMN, readCellNotes, readModelCell, readRowNotes } from './consortium-cells.js';
import { companyIn } from './consortium-companies.js';
import { OPEN_CELL, parameterCount } from './table-columns.js';
import { ADVISER_NOTE } from './role-rosters.js';

export { companyIn, modelIn };

export interface ConsortiumRow {
  lead: Mention;
  members: Mention[];
  /** The model the team builds, or (with `uses`) the model it takes as it is. */
  model?: Mention;
  /** "M (X 기반)": the base the cell names for the model. */
  base?: Mention;
  /** "※ X(Maker) 기반": the maker a note line names for the base. */
  baseOwner?: Mention;
  /** "M 활용 (Owner)": the team uses M; Owner, named in parentheses, develops it. */
  uses?: boolean;
  owner?: Mention;
  /** "M(X 후속)": the model the cell's note says M follows. */
  predecessor?: Mention;
  /** "파라미터 | 140억", "공개형태 | 오픈소스": the size and the open release a row's own columns give its model. */
  parameters?: number;
  openSource?: boolean;
  /** The row's status or note says the company did not apply ("해당없음", "미신청"): listed, it took no part. */
  outside?: boolean;
  /** The person a 책임자 column names for the team ("총괄책임자": "NAME (대표이사)"), who works for the lead, and the post with them. */
  head?: Mention;
  post?: string;
  sentence: Sentence;
}

/** A consortium table: its rows and the line just above its header (its title, "선정 컨소시엄 현황"), if any. */
export interface ConsortiumTable {
  rows: ConsortiumRow[];
  title?: Sentence;
}

/** 'applied': a column of the model each team puts to work ("적용 AI 모델(개발사)"), its maker in the cell's note. */
type Column = 'lead' | 'member' | 'model' | 'applied' | 'org' | 'head' | 'post' | 'size' | 'open' | 'other';

/** A procurement result names the lead "업체명(대표사)": a company-name column whose note says it is the lead ("대표사(주관)" too). */
const LEAD_COLUMN = /^(?:(?:업체|기업|회사|입찰자)명?\s?\(컨소시엄\)|주관\s?(?:기관|기업|사|업체)|대표\s?(?:기관|기업)|주관|컨소시엄\s?(?:주관|대표)|정예팀|Lead|수행\s?(?:기관|기업|업체|사)\s?\(대표\)|(?:(?:업체|기업|회사)명?\s?)?\(?대표\s?(?:사|업체|기업)\)?(?:\s?\(주관(?:사|기관)?\))?)$/i;
const MEMBER_COLUMN = /^(?:(?:공동\s?)?참여\s?(?:기관|기업|사|업체)(?:명)?(?:\s?[·/,]\s?(?:기관|기업|대학|업체))?|협력\s?(?:기관|기업|사)|공동\s?(?:수행|연구)\s?(?:기관|기업)?|컨소시엄\s?(?:구성|참여)(?:\s?(?:기관|기업|사))?|구성\s?(?:기관|기업)|(?:공동\s?수급\s?)?구성\s?원(?:사)?|공동\s?수급(?:\s?(?:체|사|업체|기관|기업))?|Members?|Partners?)$/i;
/** A column of every team's organisations, one a row, beside a role column that says which leads ("구분 | 기관명": "주관 | A", "참여 | B"). */
const ORG_COLUMN = /^(?:기관|기업|업체|회사|참여\s?기관|수행\s?기관)명$/;
/** A role cell of such a table: the lead's row, or a member's ("공동개발기관", "데이터 참여기관": a member with its share of the work; a joint bid's "대표사" and "구성원"). */
/** (a data-building project's "수행기관(주관)" and "수행기관(참여)": the performing organisations' role in parentheses) */
const LEAD_ROLE = /^(?:주관|주관\s?(?:기관|기업|사)|대표|대표\s?(?:기관|기업|사)|(?:수행|사업|과제)\s?(?:기관|기업)\s?\(주관\))$/;
const MEMBER_ROLE = /^(?:참여|참여\s?(?:기관|기업|사)|공동|협력|공동\s?(?:수행|연구)|구성\s?(?:원|사|기관|기업)|(?:수행|사업|과제)\s?(?:기관|기업)\s?\(참여\))$|^(?:[가-힣]{1,4}\s)?(?:참여|협력|공동\s?(?:수행|연구|개발))\s?(?:기관|기업|사)$/;
const MODEL_COLUMN = /^(?:(?:개발|목표|대상|주력|주요|대표|고도화\s?대상)(?:\s?\((?:활용|적용|고도화|개선)\))?\s?)?모델(?:명)?(?:\s?\(.{0,10}\))?$|^(?:\d\s?(?:단계|차)\s?|(?:개발|주요)\s?)?(?:결과물|성과물)$|^Model$/i;
/** A column of the model a team applies rather than builds ("적용 AI 모델(개발사)", "활용 모델"). */
const APPLIED_COLUMN = /^(?:적용|활용|사용|도입|이용|실증|탑재)\s?(?:AI\s?|인공지능\s?)?모델(?:명)?(?:\s?\(.{0,10}\))?$/i;
const OTHER_COLUMN = /^(?:구분|(?:참여\s?|출자\s?)?지분\s?(?:율|률|비율)?|분담\s?(?:내용|업무|비율|율|률)|연번|순번|번호|No\.?|#|순위|(?:모델\s?)?비\s*고|(?:선정|평가)\s?(?:결과|여부|상태)|파라미터|매개\s?변수(?:\s?규모)?|공개\s?(?:형태|여부|방식)|(?:기술|가격|종합|정량|정성|제안서?)\s?(?:평가|점수)|(?:평가|심사|최종)\s?(?:점수|등급)|종합|총점|합계|(?:[가-힣]{1,4}\s?)?분야|(?:사업\s?)?(?:지역|권역)|(?:(?:선정|세부|신규|연구|단위|실증|수행)\s?)?과제(?:명|\s?번호)?|(?:접수|관리)\s?번호|(?:(?:공동\s?)?(?:연구|개발|협력)\s?)?주제|(?:책임|지도|참여|담당)\s?교수|특징|(?:주요\s?)?(?:개발|사업|연구|수행|과제)?\s?(?:내용|목표|계획)|평가\s?결과|결과|(?:주요\s?|담당\s?)?역할|(?:투찰|입찰)\s?(?:금액|가격|률|율)|(?:지원\s?|계약\s?|협약\s?|사업\s?)?(?:예산|금액|규모|기간)|(?:협약|계약|선정|체결|착수)\s?(?:일|일자|일시)|(?:정부\s?|국고\s?|민간\s?)?(?:지원|배정|출연|투자|부담)\s?(?:액|금)|(?:총\s?)?사업비|국비|(?:활용|사용|적용|기존)?\s?(?:기반|베이스|기초)\s?모델|(?:현|현재|진행)\s?(?:단계|상황)|진행\s?현황|(?:(?:활용|사용|적용|탑재|실증)\s?)?(?:AI\s?)?(?:반도체|칩|NPU|GPU|인프라)|(?:(?:실증|적용|도입|시범|수요)\s?)?(?:현장|대상|사례|공정))$/i;
/** A column of each team's model's size ("파라미터", "매개변수 규모") and one of how it is released ("공개형태"): what the row's model is. */
const SIZE_COLUMN = /^(?:파라미터|매개\s?변수)(?:\s?(?:규모|수|크기))?$/;
const OPEN_COLUMN = /^(?:공개\s?(?:형태|여부|방식)|가중치\s?공개(?:\s?여부)?|오픈\s?소스\s?여부)$/;
/** A column of the person in charge of each team's project ("총괄책임자", "연구책임자"). */
const HEAD_COLUMN = /^(?:총괄\s?|연구\s?|과제\s?|사업\s?)?책임자(?:\s?\((?:직위|직책|직급)\))?$/;
/** A bid result's column of each bidder's representative ("대표자"): the person heads the company, with that post. */
const REPRESENTATIVE_COLUMN = /^대표자(?:명)?$/;
/** The post of that person, a column of its own or the title's wrapped note ("(직위)"). */
const POST_COLUMN = /^\(?(?:대표자\s?)?(?:직위|직책|직급)\)?$/;
const MAX_CELL = 80;
/** "A (공동: B, C)": a lead cell naming the companies that perform the task with it. */
const JOINT_NOTE = /^(.+?)\s?[(（](?:공동|공동\s?(?:수행|수급|참여)|참여)\s?[:：]\s?([^()（）]{2,40})[)）]$/;
/** A first column that numbers the rows. */
const SERIAL_COLUMN = /^(?:연번|순번|번호|No\.?|#)$/i;

/** A header cell's trailing note of unit or period ("정부출연금 (1차년도, 백만원)", "지원액(억원)"): no part of the column's name. */
const UNIT_NOTE = /\s?[(（][^()（）]{1,24}[)）]$/;

/** A year before a column's title ("'25 지원액", "2026년도 사업비"). */
const YEAR_PREFIX = /^(?:['’]\d{2}|\d{4})(?:년도?)?\s?/;
/** A column naming each team ("정예팀", "팀명"): beside a lead column, the team's name, not its lead. */
const TEAM_NAME_COLUMN = /^(?:정예\s?팀|팀\s?명|컨소시엄\s?명)$/;

/** A header word printed letter-spaced, as official tables do ("분 야", "비 고"): its syllables one word again. */
const LETTER_SPACED = /^[가-힣](?:\s[가-힣]){1,3}$/;
/** A cell that only repeats the row above ("-", "〃"): a row of them adds a note to the row above, no team. */
const REPEAT_CELL = /^(?:[-–—〃″]|)$/;

/** A header cell's column, or undefined when the cell is no column title a team table uses. */
export function columnOf(text: string): Column | undefined {
  const t = LETTER_SPACED.test(text.trim()) ? text.replace(/\s/g, '') : text.trim();
  if (LEAD_COLUMN.test(t)) return 'lead';
  // (a member column may carry a note: "컨소시엄 참여사(일부)")
  if (MEMBER_COLUMN.test(t) || MEMBER_COLUMN.test(t.replace(UNIT_NOTE, ''))) return 'member';
  if (MODEL_COLUMN.test(t)) return 'model';
  if (ORG_COLUMN.test(t)) return 'org';
  if (APPLIED_COLUMN.test(t)) return 'applied';
  if (HEAD_COLUMN.test(t) || REPRESENTATIVE_COLUMN.test(t)) return 'head';
  if (POST_COLUMN.test(t)) return 'post';
  if (SIZE_COLUMN.test(t)) return 'size';
  if (OPEN_COLUMN.test(t)) return 'open';
  // (a year before an amount's title, "'25 지원액", "2026년 사업비", is its period)
  const bare = t.replace(UNIT_NOTE, '').replace(YEAR_PREFIX, '');
  if (OTHER_COLUMN.test(t) || OTHER_COLUMN.test(bare)) return 'other';
  return undefined;
}

/** "NAME", "NAME (대표이사)": a head cell's person and the post its note or the post column gives. */
const HEAD_CELL = /^([가-힣]{2,4})(?:\s?[(（]([^()（）]{1,20})[)）])?$/;

function readHeadCell(text: string, postText: string | undefined, s: Sentence): Pick<ConsortiumRow, 'head' | 'post'> {
  const cell = HEAD_CELL.exec(text.trim());
  if (!cell) return {};
  const found: Mention[] = [];
  addPerson(cell[1]!, [], found, cell[1]!, 0);
  if (!found[0]) return {};
  const post = (cell[2] ?? postText ?? '').trim().replace(/^[(（]|[)）]$/g, '');
  return { head: { ...found[0], start: s.start, end: s.start }, ...(post ? { post } : {}) };
}

/** Reads the header at i: its columns, or undefined when there is no lead and member column. */
function readHeader(cells: Sentence[], i: number): Column[] | undefined {
  const cols: Column[] = [];
  for (let j = i; j < cells.length && cols.length < 10; j++) {
    const c = columnOf(cells[j]!.text);
    // (a header ends where the rows start: after an organisation column, the first row's "주관기관" is a role, no column)
    if (!c || cells[j]!.block !== cells[i]!.block || (cols.includes('org') && LEAD_ROLE.test(cells[j]!.text.trim()))) break;
    cols.push(c);
  }
  // (a team's name beside its lead's column: "정예팀 | 주관기업 | 참여기업", the first column names the team)
  if (cols.filter((c) => c === 'lead').length > 1) cols.forEach((c, k) => TEAM_NAME_COLUMN.test(cells[i + k]!.text.trim()) && (cols[k] = 'other'));
  // (a bid result: each bidder, a team's lead or alone, and its representative, with no member column)
  // (an organisation column needs a role column beside it: "기업명" alone over "대표 | …" is another table's header, its next cell no role)
  return (cols.includes('lead') && (cols.includes('member') || cols.includes('head'))) || (cols.includes('org') && cols.length >= 2) ? cols : undefined;
}

/**
 * Teams of a table that lists one organisation a row under a role column ("분야 | 구분 | 기관명": "제조 | 주관 | A",
 * "제조 | 참여 | B", …, row-spanned cells repeated): a lead's row opens a team, the member rows after it join it.
 * The role column is the one whose first row's cell says 주관.
 */
function readRoleRows(cells: Sentence[], from: number, cols: Column[], rules: RuleSet): { rows: ConsortiumRow[]; next: number } {
  const width = cols.length;
  const org = cols.indexOf('org');
  // (a representative's post, "대표", is no role)
  const role = cells.slice(from, from + width).findIndex((c, k) => LEAD_ROLE.test(c.text.trim()) && cols[k] !== 'post' && cols[k] !== 'head');
  const rows: ConsortiumRow[] = [];
  let j = from;
  for (; role >= 0 && j + width <= cells.length; j += width) {
    const row = cells.slice(j, j + width);
    if (row.some((c) => c.text.length > MAX_CELL || c.block !== cells[from]!.block)) break;
    const said = row[role]!.text.trim();
    const company = companyIn(row[org]!.text, row[org]!, rules);
    if (LEAD_ROLE.test(said)) {
      if (!company) break;
      rows.push({ lead: company, members: [], sentence: rowSentence(row.map((c) => ({ sentence: c, text: c.text }))) });
    } else if (MEMBER_ROLE.test(said) && rows.length) {
      if (company && company.key !== rows.at(-1)!.lead.key) rows.at(-1)!.members.push(company);
    } else break;
  }
  return { rows, next: j };
}

/** Before a company in a note under a one-team table: the member role it held ("1차년도 공동개발기관이었던 ", "참여사였던 "). */
const FORMER_ROLE = /(?:참여|공동\s?(?:개발|연구|수행)|협력)\s?(?:기관|기업|사)(?:이었던|였던)\s$/;

/** "※ 1차년도 공동개발기관이었던 X는 … 제외되며": a note right under the table on a member that has left; it took part in the team. */
function formerMemberIn(note: Sentence | undefined, rules: RuleSet): Mention | undefined {
  if (!note || !/^※/.test(note.text.trim()) || !/었던|였던/.test(note.text)) return undefined;
  return findMentions(note.text, rules).find((m) => m.type === 'Company' && m.via !== 'blocked' && FORMER_ROLE.test(note.text.slice(Math.max(0, m.start - 30), m.start)));
}

/** What a row's size and release columns say of its model ("140억", "9B"; "오픈웨이트", "오픈소스"; "비공개" says nothing). */
function modelColumns(row: Sentence[], cols: Column[]): Pick<ConsortiumRow, 'parameters' | 'openSource'> {
  const size = cols.includes('size') ? parameterCount(row[cols.indexOf('size')]!.text.trim()) : undefined;
  const open = cols.includes('open') && OPEN_CELL.test(row[cols.indexOf('open')]!.text.trim());
  return { ...(size ? { parameters: size } : {}), ...(open ? { openSource: true } : {}) };
}

/** "→ X": a cell's replacement for what it struck through (the struck text is dropped), a mark before the name. */
const REPLACED = /^[→⇒➔➜]\s?/;
/** "※ …": a note on a line of its own under a cell's name (a <br> inside the cell), no cell of its own. */
const CELL_NOTE = /^※\s?/;

/**
 * The row at j: `width` cells, each with a replacement arrow taken off, and the notes on their own lines inside a cell
 * ("M(X)<br>※ Y 기반 추가학습") kept apart under that cell's column, the next cell after them. A note after the row's
 * last cell belongs to no cell (a note under the table).
 */
function takeRow(sentences: Sentence[], j: number, width: number): { row: Sentence[]; notes: Map<number, Sentence[]>; next: number } {
  const row: Sentence[] = [];
  const notes = new Map<number, Sentence[]>();
  let k = j;
  for (; k < sentences.length && row.length < width; k++) {
    const s = sentences[k]!;
    if (row.length > 0 && CELL_NOTE.test(s.text.trim()) && s.text.length <= MAX_CELL) {
      notes.set(row.length - 1, [...(notes.get(row.length - 1) ?? []), s]);
      continue;
    }
    row.push(REPLACED.test(s.text.trim()) ? { ...s, text: s.text.trim().replace(REPLACED, '') } : s);
  }
  return { row: row.length === width ? row : sentences.slice(j, j + width), notes: row.length === width ? notes : new Map(), next: row.length === width ? k : j + width };
}

/** Consortium rows from tables in the article's sentences. */
export function readConsortiumTables(all: Sentence[], rules: RuleSet, known: KnownName[] = []): ConsortiumTable[] {
  const tables: ConsortiumTable[] = [];
  // plain text writes a row as "A | B, C | M": one cell per part
  const sentences = all.flatMap((s) => (s.text.length <= 200 && /[|\t]/.test(s.text) ? s.text.split(/\s*[|\t]\s*/).filter((t) => t !== '').map((text) => ({ ...s, text })) : [s]));
  if (!sentences.some((s) => LEAD_COLUMN.test(s.text.trim()) || ORG_COLUMN.test(s.text.trim()))) return tables;
  for (let i = 0; i < sentences.length; i++) {
    const cols = readHeader(sentences, i);
    if (!cols) continue;
    const width = cols.length;
    // (an organisation column with no role column beside a model column: one team a row, its lead in that column)
    const byRole = cols.includes('lead') ? undefined : readRoleRows(sentences, i + width, cols, rules);
    const leadCol = cols.includes('lead') ? 'lead' : 'org';
    if (byRole && !byRole.rows.length && cols.some((c) => c === 'model' || c === 'applied')) byRole.next = -1;
    const rows: ConsortiumRow[] = byRole?.rows ?? [];
    const byRows = !byRole || byRole.next < 0;
    let j = byRole && !byRows ? byRole.next : i + width;
    // ("연번 | … ": a table numbering its rows ends at the first row without a number)
    const numbered = SERIAL_COLUMN.test(sentences[i]!.text.trim());
    for (let next = j; byRows && j + width <= sentences.length; j = next) {
      const taken = takeRow(sentences, j, width);
      const row = taken.row;
      next = taken.next;
      if (row.some((c) => c.text.length > MAX_CELL || c.block !== sentences[i]!.block)) break;
      // (a reserve's row is numbered as one: "예비1")
      if (numbered && !/^(?:예비\s?)?\d{1,3}\.?$/.test(row[0]!.text.trim())) break;
      const leadCell = row[cols.indexOf(leadCol)]!;
      // ("- | - | (X 기반)": a line that continues the row above)
      if (REPEAT_CELL.test(leadCell.text.trim()) && rows.length) continue;
      // ("A (공동: B)": the lead with the company that performs the task with it)
      const joint = JOINT_NOTE.exec(leadCell.text.trim());
      const lead = companyIn((joint ? joint[1]! : leadCell.text).replace(/\s?컨소시엄$/, ''), leadCell, rules);
      if (!lead) break;
      const memberCell = joint ? { ...leadCell, text: joint[2]! } : row[cols.indexOf('member')];
      const members = (memberCell?.text ?? '')
        .split(/\s*[,，·、/]\s*/)
        // (a member the cell's note calls an adviser, "법무법인 X(자문)", is no member)
        .map((n) => (n && !ADVISER_NOTE.test(n) ? companyIn(n, memberCell!, rules) : undefined))
        .filter((m): m is Mention => m !== undefined && m.key !== lead.key);
      const modelCol = cols.includes('model') ? 'model' : cols.includes('applied') ? 'applied' : undefined;
      const modelCell = modelCol ? row[cols.indexOf(modelCol)] : undefined;
      const headCell = row[cols.indexOf('head')];
      // (a representative's column gives the post the column names: "대표자")
      const representative = cols.includes('head') && REPRESENTATIVE_COLUMN.test(sentences[i + cols.indexOf('head')]!.text.trim()) ? '대표자' : undefined;
      const head = headCell ? readHeadCell(headCell.text, row[cols.indexOf('post')]?.text ?? representative, headCell) : {};
      const read: ConsortiumRow = { lead, members, ...(modelCell ? readModelCell(modelCell.text, modelCell, rules, modelCol === 'applied', known) : {}), ...head, ...modelColumns(row, cols), sentence: rowSentence(row.map((c) => ({ sentence: c, text: c.text }))) };
      readRowNotes(read, row.filter((_, k) => NOTE_COLUMN.test(sentences[i + k]!.text.trim())), rules);
      if (modelCell) readCellNotes(read, taken.notes.get(cols.indexOf(modelCol!)) ?? [], rules);
      rows.push(read);
    }
    // (the note may follow a last row no role reads: "실증 의료기관 | 병원")
    const former = rows.length === 1 ? formerMemberIn(sentences.slice(j, j + width + 1).find((c) => /^※/.test(c.text.trim())), rules) : undefined;
    if (former && former.key !== rows[0]!.lead.key && !rows[0]!.members.some((m) => m.key === former.key)) rows[0]!.members.push(former);
    const above = sentences[i - 1];
    // (a title is a heading, not a sentence: "…에 참여한 경험이 있다." just above the header names no programme of the table)
    if (rows.length) tables.push({ rows, ...(above && above.start !== sentences[i]!.start && above.text.length <= 80 && !/[다요]\.?$/.test(above.text.trim()) ? { title: above } : {}) });
    i = Math.max(i, j - 1);
  }
  return tables;
}
