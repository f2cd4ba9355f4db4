/**
 * Records a page prints as data rather than as a table: a JSON preview of a dataset, one object a line
 * ('{"연번": 1, "주관기관": "A", …},'), or an open-API XML response saved as text, its records in <item> elements
 * of camelCase fields ('<corpNm>A</corpNm>'). Each run of records is read as a table the table readers know: a
 * header cell a field, then a row a record, one block a cell ('-' for an empty one); an XML response's fields outside
 * its records become "label: value" lines. The camelCase names of the public-data standard vocabulary
 * (corp 기업, rprsv 대표자, nm 명 …) are written back in Korean, and a field whose name does not fully translate is left out.
 */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { RawBlock } from './blocks.js';

/** Words of the public-data standard vocabulary (공공데이터 공통표준용어) as they are abbreviated in field names. */
const WORDS: Record<string, string> = {
  sn: '순번', no: '번호', corp: '기업', entrps: '기업', instt: '기관', org: '기관', nm: '명', rprsv: '대표자', ceo: '대표자',
  ofcps: '직위', clsf: '구분', slctn: '선정', sttus: '상태', rslt: '결과', jnt: '공동', prtcptn: '참여', main: '주요',
  mdl: '모델', rmk: '비고', sprt: '지원', amt: '금액', pbanc: '공고', biz: '사업', mngr: '담당자', annc: '발표', dt: '일자',
  ymd: '일자', task: '과제', fld: '분야', rgn: '지역', prgrm: '프로그램', next: '차기', round: '회차', cn: '내용',
};
/** Fields of a response's envelope: its status and paging, no part of what it reports. */
const ENVELOPE = /^(?:resultCode|resultMsg|numOfRows|pageNo|totalCount)$/;

/** The Korean title of a camelCase field name, or undefined when a word of it is not in the vocabulary. */
export function fieldTitle(name: string): string | undefined {
  const words = name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  const ko = words.map((w) => WORDS[w]);
  return ko.every((w) => w !== undefined) ? ko.join('') : undefined;
}

type Value = string | number | boolean | null;

/** One JSON object of flat values on a line (its trailing comma allowed), or undefined. */
function jsonRecord(text: string): Record<string, Value> | undefined {
  const t = text.trim().replace(/,$/, '');
  if (!t.startsWith('{"') || !t.endsWith('}')) return undefined;
  try {
    const o = JSON.parse(t) as unknown;
    if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
    const values = Object.values(o as object);
    return values.length >= 3 && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)) ? (o as Record<string, Value>) : undefined;
  } catch {
    return undefined;
  }
}

const cell = (v: Value | undefined): string => (v === null || v === undefined || String(v).trim() === '' ? '-' : String(v).trim());

/** The header and rows of records sharing one set of fields, a block a cell. */
function tableOf(titles: string[], rows: Value[][]): RawBlock[] {
  return [...titles, ...rows.flatMap((r) => r.map(cell))].map((text) => ({ kind: 'body' as const, text }));
}

/** A field: an element holding only text (or nothing), its name and its trimmed text, entities decoded by the XML parser. */
type Field = readonly [string, string];

/** The fields among a response's elements, in document order. */
function fieldsOf($: CheerioAPI, els: Cheerio<AnyNode>): Field[] {
  return els.toArray().filter((e): e is Element => e.type === 'tag' && $(e).children().length === 0).map((e) => [e.tagName, $(e).text().trim()] as const);
}

/** An XML response's records and fields as blocks, or undefined when the text holds no run of <item> records. */
function xmlBlocks(text: string): RawBlock[] | undefined {
  const $ = load(text, { xml: true });
  const items = $('item').toArray().map((el) => fieldsOf($, $(el).find('*')));
  if (items.length < 2 || items.some((fields) => fields.length < 3)) return undefined;
  const names = items[0]!.map(([n]) => n);
  if (items.some((fields) => fields.length !== names.length || fields.some(([n], i) => n !== names[i]))) return undefined;
  const kept = names.map((n, i) => [fieldTitle(n), i] as const).filter((x): x is readonly [string, number] => x[0] !== undefined);
  const out: RawBlock[] = [];
  // (the fields outside the records and the envelope's header, the call's own: "사업명: …"; a name and its post beside it read as one line)
  const own = fieldsOf($, $('*').filter((_, e) => $(e).closest('item, items, header').length === 0)).filter(([n, v]) => v !== '' && !ENVELOPE.test(n));
  for (const [n, v] of own) {
    const title = fieldTitle(n);
    if (!title) continue;
    if (n.endsWith('Ofcps') && own.some(([m]) => m === n.replace(/Ofcps$/, 'Nm'))) continue;
    const post = n.endsWith('Nm') ? own.find(([m]) => m === n.replace(/Nm$/, 'Ofcps'))?.[1] : undefined;
    out.push({ kind: 'body', text: post ? `${title.replace(/명$/, '')}: ${v} ${post}` : `${title}: ${v}` });
  }
  out.push(...tableOf(kept.map(([t]) => t), items.map((fields) => kept.map(([, i]) => fields[i]![1]))));
  return out;
}

/** The body with its runs of JSON records and its XML responses read as tables. */
export function readRecordTables(body: RawBlock[]): RawBlock[] {
  if (!body.some((b) => b.text.includes('{"') || b.text.includes('<item>'))) return body;
  const out: RawBlock[] = [];
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    const run: Record<string, Value>[] = [];
    for (let j = i; j < body.length && body[j]!.kind === 'body'; j++) {
      const r = jsonRecord(body[j]!.text);
      if (!r) break;
      run.push(r);
    }
    const keys = run[0] ? Object.keys(run[0]) : [];
    if (run.length >= 2 && run.every((r) => Object.keys(r).join('\u0000') === keys.join('\u0000'))) {
      out.push(...tableOf(keys, run.map((r) => keys.map((k) => r[k]!))));
      i += run.length - 1;
      continue;
    }
    const xml = b.kind === 'body' && b.text.includes('<item>') ? xmlBlocks(b.text) : undefined;
    out.push(...(xml ?? [b]));
  }
  return out;
}
