/**
 * A dataset's column dictionary ("항목명 | 설명 | 타입": "수행기관 | 과제 수행기관의 이름 | VARCHAR", "기반모델 | 수행기관이
 * 학습에 쓴 모델 | VARCHAR"), on an open-data portal's dataset page or an API's documentation: each row names a
 * field and says what it holds, so its words are column titles and descriptions of roles, no company, model or fact.
 * Its rows are left out of the sentences read, as a text-table's lines or one block a cell; the records themselves (a
 * JSON preview, a table of rows) are read as before.
 */
import type { Sentence } from '../parse/types.js';

/** The first title: the field's name. */
const FIELD_TITLE = /^(?:컬럼|칼럼|필드|항목|속성|변수)\s?(?:명|이름|ID)?$|^(?:Column|Field|Attribute)(?:\s?name)?$/i;
/** The field's description. */
const DESCRIPTION_TITLE = /^(?:(?:컬럼|칼럼|필드|항목)\s?)?(?:설명|내용|정의)$|^Description$/i;
/** The field's data type: the column every row must fill with one, which tells the dictionary's rows from what follows. */
const TYPE_TITLE = /^(?:(?:데이터|자료)\s?)?(?:타입|유형|형식|형)$|^(?:Data\s?)?Type$|^자료형$/i;
/** Other titles of such a table: a length, whether required, an example. */
const OTHER_TITLE = /^(?:길이|크기|필수(?:\s?여부)?|NULL\s?여부|Nullable|예시|샘플|비고|Length|Size|Required|Example)$/i;
/** A data type, maybe with its length ("VARCHAR(100)"). */
const DATA_TYPE = /^(?:VARCHAR2?|NVARCHAR|CHAR|NUMBER|NUMERIC|INT(?:EGER)?|BIGINT|FLOAT|DOUBLE|DECIMAL|DATE|DATETIME|TIMESTAMP|TEXT|STRING|BOOLEAN|BOOL|JSON|문자(?:열)?|숫자|날짜|정수|실수)(?:\s?\(\d{1,5}(?:,\s?\d{1,3})?\))?$/i;
const MAX_COLUMNS = 6;

const isTitle = (t: string) => FIELD_TITLE.test(t) || DESCRIPTION_TITLE.test(t) || TYPE_TITLE.test(t) || OTHER_TITLE.test(t);
const pipeCells = (t: string) => t.split(/\s*[|\t]\s*/).map((c) => c.trim()).filter((c) => c !== '');

/** The header's titles starting at sentence i (a text-table line, or a block a cell), when it titles a column dictionary. */
function dictionaryHeader(sentences: Sentence[], i: number): { titles: string[]; piped: boolean } | undefined {
  const s = sentences[i]!;
  const piped = /[|\t]/.test(s.text);
  const titles = piped ? pipeCells(s.text) : [];
  if (!piped) for (let j = i; j < sentences.length && titles.length < MAX_COLUMNS && isTitle(sentences[j]!.text.trim()); j++) titles.push(sentences[j]!.text.trim());
  if (!FIELD_TITLE.test(titles[0] ?? '') || !titles.every(isTitle) || !titles.some((t) => DESCRIPTION_TITLE.test(t)) || !titles.some((t) => TYPE_TITLE.test(t))) return undefined;
  return { titles, piped };
}

/** The sentences without the header and rows of any column dictionary. */
export function dropColumnDictionaries(sentences: Sentence[]): Sentence[] {
  if (!sentences.some((s) => FIELD_TITLE.test(s.text.trim()) || FIELD_TITLE.test(pipeCells(s.text)[0] ?? ''))) return sentences;
  const dropped = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const header = dictionaryHeader(sentences, i);
    if (!header) continue;
    const width = header.titles.length;
    const type = header.titles.findIndex((t) => TYPE_TITLE.test(t));
    let j = i + (header.piped ? 1 : width);
    for (let k = i; k < j; k++) dropped.add(k);
    // each row: its type cell a data type (a text-table line of as many cells, or as many blocks)
    for (;;) {
      const cells = header.piped ? (j < sentences.length ? pipeCells(sentences[j]!.text) : []) : sentences.slice(j, j + width).map((c) => c.text.trim());
      if (cells.length !== width || !DATA_TYPE.test(cells[type]!)) break;
      const next = j + (header.piped ? 1 : width);
      for (let k = j; k < next; k++) dropped.add(k);
      j = next;
    }
    i = j - 1;
  }
  return dropped.size ? sentences.filter((_, k) => !dropped.has(k)) : sentences;
}
