/**
 * Selection tables. A programme's results list the companies it selected under a title that names the programme and
 * the selection ("2026 X 지원사업 주요 선정 기업"), a row per field or region: "분야 | 기업" / "제조 | A, B" / "의료 | C".
 * Pages flatten the table one block per cell; plain text writes a row as "제조 | A, B". Each company of the company
 * column takes part in the programme the title names, or, under a column that says they were selected ("주관 기업 | 과제명 |
 * 배정 규모"), in the article's programme (both resolved by the caller).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { columnOf, companyIn } from './consortium-table.js';
import { modelIn, readModelCell } from './consortium-cells.js';
import { findMentions, type KnownName } from './mentions.js';
import { rowSentence } from './tables.js';

/** The column of the selected companies: "기업", "선정 기업", "주관 기업", "참여 업체명" (group 1: the word that says they were selected). */
const COMPANY_COLUMN = /^(?:(선정|참여|수행|주관|지원\s?대상)\s?)?(?:기업|업체|회사)(?:명)?$/;
/**
 * The two sides of a voucher's matched pair ("수요기업 | 공급기업 | 적용 AI 모델(개발사)"): both take part in the programme, the
 * firm that buys and the one that supplies; beside them a model column is the row's note, no other table's header.
 */
const PARTY_COLUMN = /^(?:수요|공급|도입|수혜)\s?(?:기업|기관|업체|사|처)(?:명)?$/;
/**
 * A column of what each was allotted ("배정 규모", "지원 물량", "지원 GPU(장)"), beside those a team table knows; and one of
 * each company's size or kind ("기업 규모": 대기업, 중소기업), which a ministry's selection list prints beside the name.
 */
const ALLOTTED_COLUMN = /^(?:(?:배정|지원|할당)\s?(?:규모|물량|량|수량|자원|GPU|NPU|장비)|(?:기업|회사)\s?(?:규모|유형|형태))(?:\s?[(（][^()（）]{1,8}[)）])?$/;
/** A column of each company's head ("대표", "대표자", "대표이사", "CEO"): the person in the row's cell heads that company. */
export const HEAD_COLUMN = /^(?:대표|대표자|대표자명|대표이사|CEO)$/i;
/** A column of what each company offers, models and services mixed ("주력 모델·서비스", "주요 제품/서비스"): a row's note, read by no one. */
const OFFER_COLUMN = /^(?:(?:주력|주요|대표)\s?)?(?:모델|제품|서비스|솔루션)(?:\s?[·/]\s?(?:모델|제품|서비스|솔루션))+$|^(?:주력|주요|대표)\s?(?:제품|서비스|솔루션)$/;
/** A title that says the table lists a selection ("… 선정 기업", "… 참여 기업 현황", "… 지원 대상"). */
const SELECTION_TITLE = /(?:선정|참여|수행|지원\s?대상)\s?(?:기업|업체|기관|결과|현황|명단)|지원\s?대상/;
/** A column of each row's result or remark ("비고", "결과", "선정 여부"). */
const RESULT_COLUMN = /^(?:비고|결과|(?:선정|심사|평가)\s?(?:결과|여부))$/;
/** A result cell that says the row's company was selected. */
const SELECTED_CELL = /^(?:최종\s?)?(?:선정|승인)$/;
/** A title printed letter-spaced, as official tables do ("기 업 명", "비 고"). */
const LETTER_SPACED = /^[가-힣](?:\s[가-힣]){1,3}$/;
/** Between the companies of one cell. */
const JOIN = /\s*[,，·、/]\s*/;
const MAX_CELL = 80;

export interface SelectionRow {
  /** The line above the header, which names the programme; none when the company column says the companies were selected (the article's programme). */
  title?: Sentence;
  companies: Mention[];
  /** The head column's cell of the row and that column's title ("한지수", "대표"), when the table has one. */
  head?: { cell: string; post: string };
  sentence: Sentence;
  /** Read from a matched pair's two party columns (수요기업 | 공급기업): the article's programme where the title names none. */
  pair?: boolean;
  /** A pair table's model cell ("M (X)", "M (X) ※B 기반 파인튜닝"): the model, its maker in the note, a base the ※ note names; `built` where the row's remark says the company built it. */
  model?: { model: Mention; owner?: Mention; base?: Mention; built?: boolean };
}

/** A remark cell saying the row's company built its model: on a base ("B 기반 추가 학습"), by itself ("자체 개발(프롬 스크래치)"). */
const BUILT_REMARK = /^(?:(.{2,40}?)\s?(?:을|를)?\s?(?:기반|바탕)(?:으로)?(?:\s?(?:파인튜닝|미세\s?조정|추가\s?학습|학습|개발))?|(?:자체|독자)\s?(?:개발|구축|학습)(?:\s?\([^()]{1,20}\))?|프롬\s?스크래치)$/;

/** The base a remark names, its maker maybe before it ("메타 Llama 3.1 8B"): the remark's last model, closing it. */
function remarkBase(text: string, rules: RuleSet, known: KnownName[]): Mention | undefined {
  const t = text.trim();
  const last = findMentions(t, rules, known).filter((m) => m.type === 'Model' && m.via !== 'anonymous').at(-1);
  return last && last.end >= t.length - 1 ? last : undefined;
}

/** A cell's trailing ※ note that names the model's base ("※B 기반 파인튜닝"). */
const BASE_REMARK = /^\s?※\s?(.{2,40}?)\s?(?:을|를)?\s?(?:기반|바탕)(?:으로)?(?:\s?(?:파인튜닝|미세\s?조정|추가\s?학습|학습|개발))?$/;

/** Reads a pair table's model cell. */
function pairModel(text: string, cell: Sentence, rules: RuleSet, known: KnownName[]): SelectionRow['model'] {
  // (the cell's ※ remark is no part of the model's name, whatever it says)
  const cut = text.search(/\s?※/);
  const remark = cut >= 0 ? BASE_REMARK.exec(text.slice(cut)) : null;
  const read = readModelCell(cut >= 0 ? text.slice(0, cut) : text, cell, rules, true, known);
  if (!read.model) return undefined;
  const base = remark ? modelIn(remark[1]!, rules, cell) : read.base;
  return { model: read.model, ...(read.owner ? { owner: read.owner } : {}), ...(base && base.key !== read.model.key ? { base } : {}) };
}

/** The header at i: its width and the company column's place, when every cell is a column title and one is the companies'. */
function readHeader(cells: Sentence[], i: number): { width: number; company: number; parties: number[]; model: number; selected: boolean; head: number; result: number } | undefined {
  let company = -1;
  let head = -1;
  let result = -1;
  let selected = false;
  const parties: number[] = [];
  let model = -1;
  let j = i;
  for (; j < cells.length && j - i < 7; j++) {
    // (a title printed letter-spaced, "기 업 명", is the word)
    const t = LETTER_SPACED.test(cells[j]!.text.trim()) ? cells[j]!.text.replace(/\s/g, '') : cells[j]!.text.trim();
    if (RESULT_COLUMN.test(t)) result = j - i;
    const column = company < 0 ? COMPANY_COLUMN.exec(t) : null;
    if (column) [company, selected] = [j - i, Boolean(column[1])];
    else if ((company < 0 || parties.length) && PARTY_COLUMN.test(t)) [company, selected] = [company < 0 ? j - i : company, parties.push(j - i) > 0];
    // (a pair's model column; or the model each selected company puts to work: "선정 기업 | 수행 과제 | 활용 모델 | 비고")
    else if ((parties.length || (company >= 0 && selected)) && (columnOf(t) === 'model' || columnOf(t) === 'applied')) model = model < 0 ? j - i : model;
    // (a head column and an offer column only beside the company column, which opens the header)
    else if (company === 0 && head < 0 && HEAD_COLUMN.test(t)) head = j - i;
    else if (company === 0 && OFFER_COLUMN.test(t)) continue;
    else if (columnOf(t) !== 'other' && !ALLOTTED_COLUMN.test(t)) break;
  }
  // (a header goes on into a column of another table's kind, a team's members or model: no selection table, nor part of one)
  const whole = !isColumnTitle(cells[i - 1]?.text ?? '') && !(j < cells.length && columnOf(cells[j]!.text) !== undefined);
  // (a pair's two sides stand together: one party column alone is some other table's)
  if (parties.length === 1) return undefined;
  return whole && company >= 0 && j - i >= 2 ? { width: j - i, company, parties, model, selected, head, result } : undefined;
}

/** Whether a cell is a column title either reader knows. */
function isColumnTitle(text: string): boolean {
  return COMPANY_COLUMN.test(text.trim()) || ALLOTTED_COLUMN.test(text.trim()) || columnOf(text) !== undefined;
}

/** Reads the rows of every selection table in the article's sentences. */
export function readSelectionTables(all: Sentence[], rules: RuleSet, known: KnownName[] = []): SelectionRow[] {
  const out: SelectionRow[] = [];
  const cells = all.flatMap((s) => (s.text.length <= 200 && s.text.includes('|') ? s.text.split(/\s*\|\s*/).filter((t) => t !== '').map((text) => ({ ...s, text })) : [s]));
  for (let i = 1; i < cells.length; i++) {
    const above = cells[i - 1]!;
    const title = above.text.length <= 80 && SELECTION_TITLE.test(above.text) && !/[다요]\.?$/.test(above.text.trim()) ? above : undefined;
    const header = readHeader(cells, i);
    // (a result column whose first row says the company was selected, "연번 | 기업명 | 과제명 | 비고" over "1 | A | … | 선정", says what the table lists)
    const resulted = header && header.result >= 0 && SELECTED_CELL.test(cells[i + header.width + header.result]?.text.trim() ?? '');
    if (!header || (!title && !header.selected && !resulted)) continue;
    let j = i + header.width;
    for (; j + header.width <= cells.length; j += header.width) {
      const row = cells.slice(j, j + header.width);
      if (row.some((c) => c.text.length > MAX_CELL || c.block !== cells[i]!.block)) break;
      const companyCells = header.parties.length ? header.parties.map((k) => row[k]!) : [row[header.company]!];
      const companies = companyCells.flatMap((cell) => cell.text.split(JOIN).map((n) => (n ? companyIn(n, cell, rules) : undefined)));
      if (!companies.length || companies.some((m) => !m)) break;
      const head = header.head >= 0 && companies.length === 1 ? { head: { cell: row[header.head]!.text, post: cells[i + header.head]!.text.trim() } } : {};
      const model = header.model >= 0 ? pairModel(row[header.model]!.text, row[header.model]!, rules, known) : undefined;
      // (a selected company's model with no maker beside it, whose remark says it was built: the company's own, on the base the remark names)
      const built = model && !model.owner && !header.parties.length && header.result >= 0 ? BUILT_REMARK.exec(row[header.result]!.text.trim()) : null;
      if (model && built) [model.built, model.base] = [true, model.base ?? (built[1] ? remarkBase(built[1], rules, known) : undefined)];
      out.push({ ...(title ? { title } : {}), ...(header.parties.length ? { pair: true } : {}), ...(model ? { model } : {}), companies: companies as Mention[], ...head, sentence: rowSentence(row.map((c) => ({ sentence: c, text: c.text }))) });
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
