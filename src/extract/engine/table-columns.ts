/**
 * The columns of a table beside its benchmarks — the model, its developer, base, licence, size —
 * and what one row's cells say in them (see tables.ts for the tables themselves).
 */
import type { Sentence } from '../../parse/types.js';
import { normalizeName } from '../../graph/index.js';
import { normalizeDate } from '../../parse/dates.js';
import type { Mention } from '../types.js';
import { BENCH_WORD_TITLE, TITLE_NOTE, type Column } from './table-column-titles.js';
import { CORPORATE_MARK } from './company-words.js';
import { isModelNote } from './model-notes.js';
import { successionInNote, ROW_NOTE, SCRATCH_NOTE, OPEN_NOTE, NOTE_SCORE_AFTER, coBasesOf, notedProgrammes } from './table-notes.js';
import type { TableRow } from './table-row.js';
import { ACADEMIC, COUNTRY_NOTE, NO_BASE_SCRATCH, NO_MAKER, OPEN_CELL, SCRATCH_CELL, parameterCount } from './cell-words.js';

export { OPEN_CELL, parameterCount };

export interface Cell {
  kind: 'model' | 'bench' | 'company' | 'number' | 'label' | 'other';
  /** The cell's own text (a pipe-separated row has several cells per sentence). */
  text?: string;
  mention?: Mention;
  value?: number;
  sentence: Sentence;
  mentions?: Mention[];
  /** "GPT-5(오픈AI)": the developer a model cell names in parentheses. */
  developer?: Mention;
}

/** "KMMLU 74.6점": the score right after a benchmark named in such a cell. */
const SCORE_AFTER = /^\s?(\d{1,3}(?:\.\d{1,4})?)\s?(?:점|%)/;
/** A model-column cell no gazetteer knows: a name with a version, size or hyphen ("단비 9B", "Foo-2"). */
export const MODEL_CELL = /^(?=.*(?:\d|-))[가-힣A-Za-z][가-힣A-Za-z0-9.:\-]{0,15}(?:\s[가-힣A-Za-z0-9.\-]{1,10}){0,2}$/;
export const COMPANY_CELL = /^[가-힣A-Za-z][가-힣A-Za-z0-9&.\-]{1,15}$/;

/**
 * "솔라 오픈 2 Solar Open 2": a cell that names a model in Hangul and then in Latin letters (a page's
 * second, small-print line) names one model, the Latin spelling its alias.
 */
export function bilingualModel(t: string, ms: Mention[]): Mention | undefined {
  if (ms.length !== 2) return undefined;
  const [a, b] = ms as [Mention, Mention];
  if (a.type !== 'Model' || b.type !== 'Model' || a.start !== 0 || b.end !== t.length || t.slice(a.end, b.start) !== ' ') return undefined;
  if (!/[가-힣]/.test(a.surface) || /[가-힣]/.test(b.surface)) return undefined;
  return { ...a, aliases: [...new Set([...a.aliases, b.surface])] };
}

/** A number format a model is run in ("W4A16", "W8A8", "FP16", "BF16", "INT4", "NF4"): a precision, no benchmark. */
const PRECISION_TITLE = /^(?:W\d{1,2}A\d{1,2}|(?:MX|NV)?FP\d{1,2}|BF16|TF32|U?INT\d{1,2}|NF4|Q\d_K(?:_[SML])?)$/i;

/** A column title that is a name no list knows ("코알라-인스트럭트", "K-Math 2"): a hyphen or a digit in one or two words (a licence's id, "apache-2.0", none). */
const NAME_TITLE = /^(?!(?:apache|cc-by|gpl|lgpl|agpl|bsd|mpl|openrail|mit)(?:[-\s.]|$))(?=.*[-\d])[가-힣A-Za-z][가-힣A-Za-z0-9.\-]{1,20}(?:\s[가-힣A-Za-z0-9.\-]{1,10})?$/;
/** (or an acronym of capitals, "KRA", beside known benchmark columns; not a unit or a measure of the serving: "GPU", "TPS") */
const ACRONYM_TITLE = /^(?!(?:API|GPU|CPU|NPU|RAM|VRAM|MAU|DAU|TPS|QPS|FPS|TTFT|ELO|USD|KRW|URL|MOE|SOTA|LLM|AI)$)[A-Z]{3,6}$/;

/** (or a Korean test's name of the "K-"/"Ko-" kind beside them, "K-Honor", "Ko-Civic", "KoLegal": a benchmark's naming, no model's size or version in it) */
const KOREAN_TEST_TITLE = /^(?:K|Ko)-[A-Z][A-Za-z]{2,15}$|^Ko[A-Z][A-Za-z]{2,15}$/;

/** "HG-Reason (내부)", "X-Eval (in-house)": a note that the test is the team's own, no part of its name. */
const IN_HOUSE_NOTE = /\s?\((?:내부|자체|사내|in-house|internal)\)$/i;

/**
 * A title after a table's benchmark columns that names something no list knows: one more benchmark
 * column, as the titles before it are (a model's name belongs in a row, not among the titles).
 */
export function unknownBenchTitle(c: Cell, acronymOnly = false): Mention | undefined {
  if ((c.kind !== 'model' && c.kind !== 'other') || c.mention?.via === 'gazetteer') return undefined;
  const t = cellText(c).replace(/\s?\d\)$/, '').replace(IN_HOUSE_NOTE, '');
  if (PRECISION_TITLE.test(t)) return undefined;
  if (!((!acronymOnly && (NAME_TITLE.test(t) || BENCH_WORD_TITLE.test(t))) || ACRONYM_TITLE.test(t) || KOREAN_TEST_TITLE.test(t)) || /\d(?:\.\d+)?\s?[BM]$/.test(t) || (c.kind === 'other' && (c.mentions?.length ?? 0) > 0)) return undefined;
  return { type: 'Benchmark', key: `benchmark:~${normalizeName(t)}`, surface: t, aliases: [], start: 0, end: t.length, via: 'discovered' };
}

/** What a cell says, as the page writes it. */
export function cellText(c: Cell): string {
  return (c.text ?? c.sentence.text).trim();
}

/** A cell the table's column says is a model or a company, though no gazetteer or cue found it. */
export function byColumn(c: Cell | undefined, type: 'Model' | 'Company'): Mention | undefined {
  if (!c) return undefined;
  if (c.mention?.type === type) return c.mention;
  let t = cellText(c).replace(/^['"‘“]|['"’”]$/g, '').replace(ROW_NOTE, '');
  if (type === 'Company' && (COUNTRY_NOTE.test(t) || TITLE_NOTE.test(t))) {
    // "LG AI연구원(한국)", "하람AI(추가선정)": a company named before a note on it
    t = t.replace(COUNTRY_NOTE.test(t) ? COUNTRY_NOTE : TITLE_NOTE, '');
    const named = c.mentions?.find((m) => m.type === 'Company' && m.start === 0 && m.end >= t.length);
    if (named) return named;
  }
  if (type === 'Company' && NO_MAKER.test(t)) return undefined;
  // "㈜X", "X 컨소시엄": a company behind its legal-form mark, a team named by the company that leads it
  if (type === 'Company' && LEGAL_MARK_OR_TEAM.test(t)) {
    t = t.replace(LEGAL_MARK_OR_TEAM_ALL, '');
    const named = c.mentions?.find((m) => m.type === 'Company' && m.surface === t);
    if (named) return named;
  }
  // "누리 9B(가온소프트)": an unknown model with its developer in parentheses (read by `noteDeveloper`)
  if (type === 'Model') t = t.replace(/\s?\([^()]{2,20}\)$/, '');
  if (c.kind !== 'other' || !(type === 'Model' ? MODEL_CELL : COMPANY_CELL).test(t)) return undefined;
  return { type, key: `${type.toLowerCase()}:~${normalizeName(t)}`, surface: t, aliases: [], start: c.sentence.start, end: c.sentence.start, via: 'discovered' };
}

const LEGAL_MARK_OR_TEAM = new RegExp(`${CORPORATE_MARK}|\\s컨소시엄$`);
const LEGAL_MARK_OR_TEAM_ALL = new RegExp(LEGAL_MARK_OR_TEAM.source, 'g');

/** A model name in capitalised Latin words with no digit or hyphen ("SOTA K", "Gauss Pro"). */
const LATIN_MODEL_CELL = /^[A-Z][A-Za-z]{1,15}(?:\s[A-Z][A-Za-z]{0,10}){0,2}$/;

/** "SOTA K | KT": a model cell of capitalised Latin words, a model by its column where the row's developer cell names a known company. */
function latinModel(c: Cell): Mention | undefined {
  const t = cellText(c).trim();
  if (c.kind !== 'other' || c.mentions?.length || !LATIN_MODEL_CELL.test(t)) return undefined;
  return { type: 'Model', key: `model:~${normalizeName(t)}`, surface: t, aliases: [], start: c.sentence.start, end: c.sentence.start, via: 'discovered' };
}

/** Between the companies of one developer cell: "A·B", "A, B", "A/B". */
const DEVELOPER_JOIN = /\s?[·,/]\s?/;

/** "프롬 스크래치 (자체 사전학습 14T 토큰)": what a from-scratch cell adds in parentheses. */
const SCRATCH_GLOSS = /\s?\([^()]{1,30}\)$/;
/** What follows the base in a base cell that says how the row's model was made from it: "+ 강화학습", "에서 지식 증류", "을 미세조정". */
/** (or "Y (메타) 기반 코드 강화": the base, its owner in parentheses, then 기반) */
/** (or "Y(라이선스)에 도메인 데이터 추가 학습": trained further on Y, a licence note after it) */
/** (or "Y 지식 증류", "Y 개량": distilled from or improved on Y, the particle left out as a cell does) */
/** (or "Y (알리바바) → 한국어 CPT + SFT": the base, then an arrow to the training done on it) */
const MADE_FROM = /^(?:\s?\([^()]{1,20}\))?\s?(?:기반|베이스|바탕)(?=\s|$|으로|의)|^(?:\s?\([^()]{1,20}\))?\s?(?:→|->|⇒)\s?[가-힣A-Za-z0-9]|^(?:\s?\([^()]{1,20}\))?\s?(?:\+\s?[가-힣A-Za-z]|(?:에서|을|를|에)\s(?:[가-힣A-Za-z]{1,8}\s){0,2}(?:증류|학습|추가\s?학습|강화학습|미세\s?조정|파인\s?튜닝|튜닝)|\s(?:(?:지식\s)?증류|개량|개량형|개선|추가\s?학습)$)/;

/** "엑사원 3.0 후속": a base cell naming the model the row's succeeds. */
const SUCCESSOR_CELL = /\s?(?:의\s)?(?:후속|후속작|후속\s?(?:모델|버전)|업그레이드)(?:[·,/].*)?$/;
/** "메타의 '…' 기반": the base's owner before it, and quotes around it. */
const OWNER_BEFORE = /^(?:[가-힣A-Za-z][가-힣A-Za-z0-9.\s]{0,15}의\s)?['"‘“]?$/;

/** "Distilled from X", "Fine-tuned from X", "Based on X": an English cell that says how the row's model was made, then its base. */
const MADE_FROM_BEFORE = /^(?:(?:Distilled|Fine-?tuned|Trained|Derived|Pruned|Quantized|Adapted)\s(?:from|on)|Based\son|Built\son|(?:A\s)?fine-?tune\sof)\s(?=[A-Z])/i;

/** "새벽 2 + 추론 강화학습", "X-R 32B에서 지식 증류": a base cell that names the base and how the model was made from it. */
function derivedBase(c: Cell | undefined): Mention | undefined {
  if (!c) return undefined;
  const t = cellText(c);
  const lead = MADE_FROM_BEFORE.exec(t)?.[0];
  if (lead) {
    const head = t.slice(lead.length);
    const named = c.mentions?.find((m) => m.type === 'Model' && (m.surface === head || m.aliases.includes(head)));
    if (named) return named;
    if (MODEL_CELL.test(head)) return { type: 'Model', key: `model:~${normalizeName(head)}`, surface: head, aliases: [], start: c.sentence.start, end: c.sentence.start, via: 'discovered' };
  }
  const named = c.mentions?.find((m) => m.type === 'Model' && OWNER_BEFORE.test(t.slice(0, m.start)));
  if (named && MADE_FROM.test(t.slice(named.end).replace(/^['"’”]/, ''))) return named;
  const head = /^(.+?)(?=\s?\+\s|(?:에서|을|를)\s|(?:\s?\([^()]{1,20}\))?\s(?:기반|베이스|바탕)(?=\s|$|으로|의))/.exec(t)?.[1];
  if (!head || !MADE_FROM.test(t.slice(head.length)) || !MODEL_CELL.test(head)) return undefined;
  return { type: 'Model', key: `model:~${normalizeName(head)}`, surface: head, aliases: [], start: c.sentence.start, end: c.sentence.start, via: 'discovered' };
}

/** "머지: A + B", "A + B 병합": a base cell naming the models a merge was made of. */
const MERGE_CELL = /^(?:(?:머지|병합|Merge)\s?[:：]\s?(.+)|(.+?)\s(?:머지|병합|merge))$/i;

/** "Qwen2.5-14B / DeepSeek-R1(교사)": a base cell listing a body and a teacher, each part maybe with a short role note. */
const SLASHED_PARTS = /\s\/\s/;
const PART_NOTE = /\s?\([^()]{1,10}\)$/;

/** Every model a merge cell (or a slashed list of bases) names, in order (none unless each part names one). */
function mergedBases(c: Cell | undefined): Mention[] {
  const merge = c ? MERGE_CELL.exec(cellText(c)) : null;
  const slashed = !merge && c && SLASHED_PARTS.test(cellText(c)) ? cellText(c).split(SLASHED_PARTS).map((p) => p.trim().replace(PART_NOTE, '')) : undefined;
  // ("A + B" with no merge word: both parts must be models the article names, not a training step, "+ 강화학습")
  const plus = !merge && !slashed && c ? cellText(c) : undefined;
  const parts = slashed ?? (merge?.[1] ?? merge?.[2] ?? plus ?? '').split(/\s\+\s/).map((p) => p.trim());
  if (parts.length < 2) return [];
  const out: Mention[] = [];
  for (const part of parts) {
    const named = c!.mentions?.find((x) => x.type === 'Model' && x.surface === part);
    const m = named ?? (plus === undefined ? byColumn({ kind: 'other', text: part, sentence: c!.sentence }, 'Model') : undefined);
    if (!m || m.type !== 'Model') return [];
    out.push(m);
  }
  return out;
}

/** "가온소프트·한결로펌" in a 개발사 column: every company the cell lists, when it lists nothing else (names no gazetteer knows are companies by their column). */
function developersIn(c: Cell | undefined): Mention[] {
  if (c?.kind !== 'other') return [];
  const parts = cellText(c).split(DEVELOPER_JOIN);
  if (parts.length < 2) return [];
  const out: Mention[] = [];
  for (const part of parts) {
    const named = c.mentions?.find((m) => m.surface === part.trim() || m.aliases.includes(part.trim()));
    const m = named ?? byColumn({ kind: 'other', text: part.trim(), sentence: c.sentence }, 'Company');
    if (!m || m.type !== 'Company' || m.via === 'blocked') return [];
    out.push(m);
  }
  return out;
}

/** "누리 9B(가온소프트)": an unknown model's cell with its developer in parentheses. */
export const DEVELOPER_NOTE = /^(.+?)\s?\(([^()]{2,20})\)$/;

/** "누리 9B(가온소프트)": the developer an unknown model's cell names in parentheses (a company-like word). */
function noteDeveloper(c: Cell): Mention | undefined {
  if (c.kind !== 'other' || c.mention) return undefined;
  const p = DEVELOPER_NOTE.exec(cellText(c));
  if (!p || !COMPANY_CELL.test(p[2]!) || !MODEL_CELL.test(p[1]!) || isModelNote(p[2]!, p[1]!)) return undefined;
  const known = c.mentions?.find((m) => m.type === 'Company' && m.surface === p[2]);
  return known ?? byColumn({ kind: 'other', text: p[2]!, sentence: c.sentence }, 'Company');
}

/** "물결(가온랩스)" in a 팀명(소속) column: the company the team entered under, not a university or its lab. */
function teamCompany(c: Cell | undefined): Mention | undefined {
  const p = c ? DEVELOPER_NOTE.exec(cellText(c)) : null;
  if (!p || ACADEMIC.test(p[2]!)) return undefined;
  const known = c!.mentions?.find((m) => m.type === 'Company' && m.surface === p[2]);
  return known ?? byColumn({ kind: 'other', text: p[2]!, sentence: c!.sentence }, 'Company');
}

/** The remarks of a note cell, each without its gloss: "프롬 스크래치, MoE" → ["프롬 스크래치", "MoE"]. */
function noteRemarks(c: Cell | undefined): string[] {
  return c ? cellText(c).split(/\s*[,·/]\s*/).map((r) => r.replace(TITLE_NOTE, '').trim()) : [];
}

/** "KMMLU 74.6점, … K-DocBench 88.1점": each benchmark a reasons cell names with the score right after it. */
function cellScores(c: Cell | undefined, after = SCORE_AFTER): Array<{ benchmark: Mention; score: number }> {
  if (!c) return [];
  const text = cellText(c);
  const out: Array<{ benchmark: Mention; score: number }> = [];
  for (const m of c.mentions ?? []) {
    const n = m.type === 'Benchmark' ? after.exec(text.slice(m.end)) : null;
    if (n) out.push({ benchmark: { ...m, start: c.sentence.start, end: c.sentence.start }, score: Number(n[1]!.replace(/,/g, '')) });
  }
  return out;
}

/** "젬마 계열(버전 비공개)": a base cell naming only a family (its note dropped). */
const FAMILY_CELL = /^(.+?)\s?(?:계열|패밀리|[Ff]amily)(?:\s?모델)?$/;

/** The model a family base cell names ("젬마 계열" → 젬마), when the cell's text before the family word is that model. */
function familyBase(c: Cell | undefined): Mention | undefined {
  const head = c ? FAMILY_CELL.exec(cellText(c).replace(PART_NOTE, ''))?.[1] : undefined;
  return head ? c!.mentions?.find((m) => m.type === 'Model' && (m.surface === head || m.aliases.includes(head))) : undefined;
}

/** The model a remark cell says the row's model succeeds ("X 1.5 후속 추론 모델", "전작: X 1.0") or is succeeded by ("X 2.1의 이전 버전": `later`). */
function noteSuccession(c: Cell | undefined): { other: Mention; later: boolean } | undefined {
  const n = c ? successionInNote(cellText(c)) : undefined;
  const other = n ? (c!.mentions?.find((m) => m.type === 'Model' && (m.surface === n.name || m.aliases.includes(n.name))) ?? byColumn({ kind: 'other', text: n.name, sentence: c!.sentence }, 'Model')) : undefined;
  return other ? { other, later: n!.later } : undefined;
}

/** "Qwen3-14B 기반": a remark cell that is only a base and its word (not "X의 베이스": the row is the base of X). */
const NOTE_BASE = /^[^,·/]{2,30}(?<!의)\s(?:기반|베이스)$/;

/** What a row's model, developer, base, licence and size cells say (undefined when its model cell names no model). */
export function rowFacts(row: Cell[], columns: Column[], sentence: Sentence): TableRow | undefined {
  const modelCell = row[columns.indexOf('model')];
  if (!modelCell) return undefined;
  const several = columns.includes('developer') ? developersIn(row[columns.indexOf('developer')]) : [];
  const developer = several.length ? several[0] : columns.includes('developer') ? byColumn(row[columns.indexOf('developer')], 'Company') : columns.includes('team') ? teamCompany(row[columns.indexOf('team')]) : (modelCell.developer ?? noteDeveloper(modelCell));
  const model = byColumn(modelCell, 'Model') ?? (developer?.via === 'gazetteer' ? latinModel(modelCell) : undefined);
  if (!model) return undefined;
  const baseCell = columns.includes('base') ? row[columns.indexOf('base')] : undefined;
  // ("Y 기반" names the base before its word; "Y 후속" names a predecessor, no base)
  const merged = mergedBases(baseCell);
  // (no base column: a remark that is only "Y 기반" names the base all the same)
  const noteCell = !baseCell && columns.includes('note') ? row[columns.indexOf('note')] : undefined;
  const noteBase = noteCell && NOTE_BASE.test(cellText(noteCell)) ? derivedBase(noteCell) : undefined;
  const base = merged[0] ?? derivedBase(baseCell) ?? familyBase(baseCell) ?? (baseCell && SUCCESSOR_CELL.test(cellText(baseCell)) ? undefined : byColumn(baseCell, 'Model')) ?? noteBase;
  const baseText = baseCell ? cellText(baseCell).replace(SCRATCH_GLOSS, '') : '';
  let fromScratch = !base && baseText !== '' && /[가-힣A-Za-z]/.test(baseText) && SCRATCH_CELL.test(baseText) ? true : undefined;
  // ("None (trained from scratch)", "없음(프롬 스크래치)": no base, and the gloss says how the model was made — read as printed where the cell is a line of its own, its reading having dropped the gloss)
  const printed = baseCell && !/[|\t]/.test(baseCell.sentence.text) ? baseCell.sentence.text.trim() : undefined;
  if (!base && baseCell && (NO_BASE_SCRATCH.test(cellText(baseCell)) || (printed !== undefined && NO_BASE_SCRATCH.test(printed)))) fromScratch = true;
  const openCell = columns.includes('open') ? row[columns.indexOf('open')] : undefined;
  const licensed = openCell ? [openCell.mention, ...(openCell.mentions ?? [])].filter((m): m is Mention => m?.type === 'Model' && m.key !== model.key) : [];
  // ("오픈웨이트(자체 커뮤니티 라이선스)": open weights under a licence the note names)
  let openSource = openCell && (OPEN_CELL.test(cellText(openCell)) || OPEN_NOTE.test(cellText(openCell).replace(SCRATCH_GLOSS, ''))) ? true : undefined;
  const notes = columns.includes('note') ? noteRemarks(row[columns.indexOf('note')]) : [];
  if (!base && notes.some((n) => SCRATCH_NOTE.test(n))) fromScratch = true;
  if (notes.some((n) => OPEN_NOTE.test(n))) openSource = true;
  // ("320억(32B)": a count glossed in the other unit)
  const paramsText = columns.includes('params') ? cellText(row[columns.indexOf('params')]!) : '';
  const parameters = paramsText ? (parameterCount(paramsText) ?? parameterCount(paramsText.replace(SCRATCH_GLOSS, ''))) : undefined;
  const releasedText = columns.includes('released') ? cellText(row[columns.indexOf('released')]!) : '';
  const releasedOn = normalizeDate(releasedText);
  // ("공개 | 오픈소스": a release column's cell that says how, not when, the model came out)
  if (/^(?:오픈\s?소스|오픈\s?웨이트|open[-\s]?(?:source|weights?))$/i.test(releasedText)) openSource = true;
  const releasedDay = !releasedOn && /^\d{1,2}(?:[/.]|월\s?)\d{1,2}(?:\.|일)?$/.test(releasedText) ? releasedText : undefined;
  // (a remark cell's scores too: "… · 성능 참고: KMMLU 63.2 (자체 측정), Y Elo 1,182점")
  const scores = columns.includes('evidence') ? cellScores(row[columns.indexOf('evidence')]) : columns.includes('note') ? cellScores(row[columns.indexOf('note')], NOTE_SCORE_AFTER) : [];
  // ("자체 모델 Y의 후속 버전": the one model the cell names, before its successor word)
  const successorAt = baseCell ? cellText(baseCell).search(SUCCESSOR_CELL) : -1;
  const before = successorAt > 0 ? baseCell!.mentions?.filter((m) => m.type === 'Model' && m.end <= successorAt) ?? [] : [];
  const noted = columns.includes('note') ? noteSuccession(row[columns.indexOf('note')]) : undefined;
  const programmes = columns.includes('note') && row[columns.indexOf('note')] ? notedProgrammes(cellText(row[columns.indexOf('note')]!), row[columns.indexOf('note')]!.mentions) : [];
  const [predecessor, successor] = [!base && before.length === 1 && before[0]!.key !== model.key ? before[0] : noted && !noted.later && noted.other.key !== model.key ? noted.other : undefined, noted?.later && noted.other.key !== model.key ? noted.other : undefined];
  return { model, sentence, developer, ...(predecessor ? { predecessor } : {}), ...(successor ? { successor } : {}), ...(licensed.length ? { licensed } : {}), ...(scores.length ? { scores } : {}), ...coBasesOf(merged, baseCell ? cellText(baseCell) : '', baseCell?.mentions, base, model), ...(several.length > 1 ? { coDevelopers: several.slice(1) } : {}), ...(programmes.length ? { programmes } : {}), base: base && base.key !== model.key ? base : undefined, fromScratch, openSource, parameters, ...(releasedOn ? { releasedOn } : {}), ...(releasedDay ? { releasedDay } : {}) };
}
