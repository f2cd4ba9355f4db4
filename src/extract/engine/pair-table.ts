/**
 * Pair tables. A story's summary table pairs two companies a row ("기업 | 상대 | 내용 | 성격": "A | B | 공동 마케팅 |
 * 파트너"), flattened into one cell a block. A header with a company column and a counterpart column gives, per row,
 * the two companies; the row's nature column (or, without one, the rest of the row) says whether they are partners
 * ("파트너", "전략적 제휴") or only buy, sell or invest ("공급 계약", "재무적 투자", "기술 협력 없음").
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import { cellsOf, rowSentence } from './table-cells.js';
import { cellText, type Cell } from './table-columns.js';
import { companyIn } from './consortium-companies.js';

export interface PairRow {
  a: Mention;
  b: Mention;
  sentence: Sentence;
  /** "양사가 공동 개발해 공개한 … 'M'": the models a tied row's cells say the two made together (each develops them). */
  joint: Mention[];
}

/** "양사가 공동 개발한 ", "두 회사가 함께 만든 … 모델 ": the pair as the joint makers of the model the cell names next. */
const JOINTLY_MADE = /(?:양사|두\s?(?:회사|기업))(?:가|는|이)\s(?:공동(?:으로)?\s?(?:개발|제작)|함께\s(?:개발|만들|제작))(?:한|해|하여|해서|했던)\s[^.]{0,50}$/;

const JOINT_WORDS = /(?:양사|두\s?(?:회사|기업))(?:가|는|이)\s(?:공동|함께)/;

/** The models the row's cells name right after saying the two made them together. */
function jointModelsOf(row: Cell[], rules: RuleSet, known: KnownName[]): Mention[] {
  const out: Mention[] = [];
  for (const c of row) {
    const text = c.sentence.text;
    if (c.kind !== 'other' || !JOINT_WORDS.test(text)) continue;
    for (const m of findMentions(text, rules, known)) {
      if (m.type !== 'Model' || m.start < 0 || m.end > text.length) continue;
      if (JOINTLY_MADE.test(text.slice(Math.max(0, m.start - 60), m.start)) && !out.some((o) => o.key === m.key)) out.push(m);
    }
  }
  return out;
}

/** (or the home side of a deals board's table: "한국측", "국내 기업", "참가기업") */
const COMPANY_COLUMN = /^(?:기업|회사|업체|기업명|회사명|업체명|주체|당사자|한국\s?측|국내\s?측|국내\s?기업|우리\s?기업|참가\s?기업)$/;
const COUNTERPART_COLUMN = /^(?:상대|상대\s?(?:기업|회사|업체|방|사|측)|현지\s?(?:기업|측)|해외\s?(?:기업|측)|파트너(?:사|\s?기업)?|협력\s?(?:사|기업|상대|대상)|제휴\s?(?:사|상대|기업))$/;
/** A word every counterpart column's title holds (COUNTERPART_COLUMN). */
const COUNTERPART_WORD = /상대|파트너|협력|제휴/;
const NATURE_COLUMN = /^(?:성격|관계|유형|형태|판정|구분|관계\s?(?:유형|성격)|(?:협력|협약|계약|체결)\s?(?:유형|형태|성격|구분))$/;
/** A serial-number column before the company column ("번호 | 한국측 | 상대측 | 구분"): each row opens on its number. */
const SERIAL_COLUMN = /^(?:번호|순번|연번|No\.?)$/i;
const SERIAL_CELL = /^\d{1,3}\.?$/;
/** A header cell: a short label. */
const HEADER_CELL = /^[가-힣A-Za-z·/ ]{1,10}$/;
/** What makes a row a partnership … */
const TIE = /파트너|제휴|협력|동맹|공동\s?(?:개발|연구)|합작|협업|컨소시엄/;
/** … unless the row says the tie is none, or only a sale, a purchase or an investment. */
const NO_TIE = /없음|없다|아님|아니|무관|구매|공급|판매|납품|재무적|단순\s?투자|투자만|종료|결별|무산|경쟁|라이벌|루머|소문|부인|검토|연기|보류|취소|미정|LOI/;
const MAX_COLUMNS = 6;


/** The one company a cell names, filling it. */
function companyOf(c: Cell | undefined): Mention | undefined {
  if (!c) return undefined;
  if (c.kind === 'company') return c.mention;
  const ms = c.kind === 'other' ? (c.mentions ?? []).filter((m) => m.type === 'Company') : [];
  return ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end >= cellText(c).length - 1 ? ms[0] : undefined;
}

/** The header's width and its nature column, when cell i opens a header with a company column and a counterpart column. */
function headerAt(cells: Cell[], i: number): { width: number; nature: number } | undefined {
  if (!COMPANY_COLUMN.test(cellText(cells[i]!)) || !cells[i + 1] || !COUNTERPART_COLUMN.test(cellText(cells[i + 1]!))) return undefined;
  let width = 2;
  let nature = -1;
  for (width = 2; width < MAX_COLUMNS; width++) {
    const c = cells[i + width];
    if (!c || c.kind === 'company' || !HEADER_CELL.test(cellText(c)) || companyOf(c)) break;
    if (NATURE_COLUMN.test(cellText(c))) nature = width;
  }
  return { width, nature };
}

/** The partner pairs of the article's pair tables. */
export function readPairTables(sentences: Sentence[], rules: RuleSet, known: KnownName[]): PairRow[] {
  // (as the other table readers do, read cells only where a line may hold the header: a counterpart column's word)
  if (!sentences.some((s) => s.text.length <= 200 && COUNTERPART_WORD.test(s.text))) return [];
  const cells = cellsOf(sentences, rules, known);
  const out: PairRow[] = [];
  for (let i = 0; i < cells.length; i++) {
    const h = headerAt(cells, i);
    if (!h) continue;
    // (a serial column before the company column: each row's number cell is skipped)
    const serial = i > 0 && SERIAL_COLUMN.test(cellText(cells[i - 1]!)) ? 1 : 0;
    let j = i + h.width;
    for (; j + h.width <= cells.length; j += h.width + serial) {
      if (serial && !SERIAL_CELL.test(cellText(cells[j]!))) break;
      const row = cells.slice(j + serial, j + serial + h.width);
      if (row.length < h.width) break;
      const nature = h.nature >= 0 ? cellText(row[h.nature]!) : row.slice(2).map(cellText).join(' ');
      const tie = TIE.test(nature) && !NO_TIE.test(nature);
      // (a numbered row's cells are the columns' whatever they hold: a tied row's side no list knows is read as the company
      // its column says it is, "X 테크 (X Tech)"; a row whose side is no company, an agency, is passed over)
      const a = companyOf(row[0]) ?? (serial && tie ? companyIn(cellText(row[0]!), row[0]!.sentence, rules) : undefined);
      const b = companyOf(row[1]) ?? (serial && tie ? companyIn(cellText(row[1]!), row[1]!.sentence, rules) : undefined);
      if (!a || !b) {
        if (serial) continue;
        break;
      }
      if (a.key !== b.key && tie) out.push({ a, b, sentence: rowSentence(row), joint: jointModelsOf(row, rules, known) });
    }
    i = j - 1;
  }
  return out;
}
