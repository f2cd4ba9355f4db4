/**
 * Programme tables. A report or a press release lists public programmes one per row with the
 * companies selected for each: "사업명 | 소관 | 선정 기업 | 기간" / "X 프로젝트 | 부처 | A, B(추가 공모) | …".
 * Each company of a row's selection column takes part in the programme its name column names.
 * Text-table lines only (a row is a line of its own cells, so a row cannot run into the next).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import { companyIn } from './consortium-table.js';
import { discoveredMention } from './discover-common.js';

/** A programme's name column. */
const PROGRAMME_COLUMN = /^(?:사업명?|과제명?|프로그램(?:명)?|정책명?|Program(?:me)?)$/i;
/** The column of the companies selected for (or taking part in) the programme: "선정 기업", "선정(주관) 기업", "참여 기업", "주관/참여 기업". */
const SELECTED_COLUMN = /^(?:(?:주관|선정|참여|수행|지원)\s?[/·]\s?)?(?:선정|참여|수행|지원|주관)\s?(?:\([^()]{1,6}\)\s?)?(?:기업|업체|사|팀)(?:\s?(?:명|목록))?$|^(?:선정|참여|수행|지원)\s?(?:\([^()]{1,6}\)\s?)?기관(?:\s?(?:명|목록))?$/;
/**
 * The columns of the two sides of a voucher's or a matching programme's record ("수요기업", "공급기업", "도입 기업", "수혜기관"):
 * both take part, the one that buys and the one that supplies.
 */
const PARTY_COLUMN = /^(?:수요|공급|도입|수혜|협력)\s?(?:기업|기관|업체|사)(?:\s?명)?$/;
/** A row's note or status column ("비고", "상태", "진행 상태"), and a note that says the row's selection fell through. */
const NOTE_COLUMN = /^(?:비고|상태|진행\s?상태|선정\s?상태|특이\s?사항)$/;
const WITHDRAWN = /(?:선정|협약|지원)\s?(?:취소|철회|해지|포기)|(?:사업|참여)\s?(?:포기|철회)|중도\s?(?:포기|하차|탈락)|탈락/;
/** Between the companies of one cell: "A, B", "A·B", "A/B". */
const JOIN = /\s?[,·/、]\s?/;
/** A note after a company's name ("(의료)", "(1차 단계까지)", "(추가 공모)"), or "외"/"등" closing a short list ("A 외"): no part of it. */
const NOTE = /\s?\([^()]{1,16}\)$|\s(?:외|등)$/;

export interface ProgrammeRow {
  programme: Mention;
  companies: Mention[];
  sentence: Sentence;
}

function cellsOfLine(text: string): string[] {
  return text.split(/\s?\|\s?/).map((c) => c.trim());
}

/** A stage after a programme's name in its cell ("K-클라우드 2단계", "X 사업 3차"): the staged programme is the row's own. */
const STAGE_TAIL = /^\s?\d{1,2}\s?(?:단계|차)$/;

/** The row's programme: the mention, or the whole cell when the cell is the mention and a stage. */
function stagedProgramme(m: Mention, cell: string): Mention {
  if (m.start !== 0 || !STAGE_TAIL.test(cell.slice(m.end))) return m;
  return discoveredMention('Policy', cell, m.start, cell.length);
}

/** Reads the rows of every programme table in the article's text-table lines. */
export function readProgrammeTables(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): ProgrammeRow[] {
  const out: ProgrammeRow[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const titles = sentences[i]!.text.includes('|') ? cellsOfLine(sentences[i]!.text) : [];
    const name = titles.findIndex((t) => PROGRAMME_COLUMN.test(t));
    const chosen = titles.flatMap((t, k) => (SELECTED_COLUMN.test(t) || PARTY_COLUMN.test(t) ? [k] : []));
    const note = titles.findIndex((t) => NOTE_COLUMN.test(t));
    if (name < 0 || !chosen.length) continue;
    for (let j = i + 1; j < sentences.length && sentences[j]!.text.includes('|'); j++) {
      const s = sentences[j]!;
      const cells = cellsOfLine(s.text);
      const programmes = findMentions(cells[name] ?? '', rules, known).filter((m) => m.type === 'Policy');
      if (programmes.length !== 1) continue;
      programmes[0] = stagedProgramme(programmes[0]!, cells[name] ?? '');
      // (a row whose note says its selection was cancelled or given up: no one of it takes part)
      if (note >= 0 && WITHDRAWN.test(cells[note] ?? '')) continue;
      const companies = chosen
        .flatMap((k) => (cells[k] ?? '').split(JOIN))
        .map((part) => part.replace(NOTE, '').trim())
        .filter((part) => part !== '' && !/\d/.test(part))
        .map((part) => companyIn(part, s, rules))
        .filter((m): m is Mention => m !== undefined);
      if (companies.length) out.push({ programme: programmes[0]!, companies, sentence: s });
      i = j;
    }
  }
  return out;
}
