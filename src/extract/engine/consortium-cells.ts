/**
 * The cells of a consortium table that say more than a name (engine/consortium-table.ts): the model cell, its name
 * and its note ("M (X 기반)", "M(자사 개발)", "M(Latin, X 후속, 80억 파라미터, X 개발)"), and a row's status and
 * remark cells (a company that did not apply; the base a remark names for the row's model).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import type { ConsortiumRow } from './consortium-table.js';
import { companyIn } from './consortium-companies.js';
import { discoveredMention } from './discover.js';
import { findMentions } from './mentions.js';
import type { KnownName } from './known-names.js';

/** A model-column name no gazetteer knows: a name with a version, size or hyphen ("구름-2", "바다 7B"). */
const MODEL_LIKE = /^(?=.*(?:\d|-))[가-힣A-Za-z][가-힣A-Za-z0-9.\-]{0,15}(?:\s[가-힣A-Za-z0-9.\-]{1,10}){0,3}$/;

/** A parameter size closing a name after a space ("… 1.5B", "… 7B"). */
const SIZE_TAIL = /\s\d{1,3}(?:\.\d)?\s?[BM]$/;

export function modelIn(text: string, rules: RuleSet, s?: Sentence, known: KnownName[] = []): Mention | undefined {
  const t = text.trim().replace(/^['"‘“]|['"’”]$/g, '');
  const ms = findMentions(t, rules, known).filter((m) => m.type === 'Model' && m.via !== 'anonymous');
  if (ms.length === 1 && ms[0]!.start <= 1 && ms[0]!.end >= t.length - 1) return ms[0];
  // (a cell opening on a company's name is the company's, unless a size closes it: "노바 온 1.5B" is a model)
  if (!s || ms.some((m) => m.end - m.start >= t.length - 1) || (!SIZE_TAIL.test(t) && findMentions(t, rules).some((m) => m.type === 'Company' && m.start === 0))) return undefined;
  return MODEL_LIKE.test(t) ? discoveredMention('Model', t, s.start, s.start) : undefined;
}

/** "(X 기반)" / "(X 베이스)": a base named in the model cell's parentheses. */
const BASE_NOTE = /^(.+?)\s?(?:기반|베이스|바탕|base)(?:\s[가-힣A-Za-z ]{1,12})?$/i;
/** "(X 자체 개발)", "(자체 튜닝)": the model is the named company's own, or the team's when none is named. */
const SELF_NOTE = /^(.*?)\s?(?:자체|자사)\s?(?:개발|구축|제작|학습|튜닝|모델)?$/;
/** "(X 개발)", "(X 개발 모델 활용)": the named company made the model (the team uses it, unless it is the team's lead). */
const MAKER_NOTE = /^(.+?)\s(?:개발|제작)(?:\s?모델)?(?:\s(?:활용|이용|사용|도입|적용))?$/;
/** "(X 후속)": the model follows X of the same line. */
const SUCCESSOR_NOTE = /^(.+?)\s?(?:의\s)?(?:후속|후속작|후속\s?모델|차기\s?모델)$/;
/** A model's name in Latin letters ("Marengo 2.7"), and the version a name ends on. */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9.\- ]{1,30}$/;
const versionOf = (name: string): string => /(\d+(?:\.\d+)*)\s*$/.exec(name.trim())?.[1] ?? '';
/** "(80억 파라미터)", "(7B)": a size in the note, read by the size readers. */
const SIZE_NOTE = /^(?:매개변수\s?)?[\d.,]+\s?(?:억|조|[BM])(?:\s?(?:개|파라미터|매개변수))?$/i;
/** "M(API)", "M(온프레미스)": how the team reaches the model, no owner. */
const ACCESS_NOTE = /^(?:API|SaaS|온프레미스|클라우드|오픈소스|오픈\s?웨이트|파인튜닝|미세조정|RAG|구독|라이선스|유료|무료)$/i;
/** "M 활용": the team takes M as it is. */
const USE_NOTE = /^(.+?)\s(?:활용|이용|사용|도입|적용)$/;

/**
 * The model cell: "M", "M (X 기반)", "M (자체 개발)", "M 활용 (Owner)". In a column of applied models
 * (`applied`) the team uses M, made by the company of the note ("M(Owner)", "M(Owner 자체 개발)"),
 * unless the note says the team made it itself ("M(자체 개발)", "M(X 기반 자체 튜닝)").
 */
export function readModelCell(text: string, s: Sentence, rules: RuleSet, applied = false, known: KnownName[] = []): Pick<ConsortiumRow, 'model' | 'base' | 'baseOwner' | 'uses' | 'owner' | 'predecessor'> {
  const paren = /^(.+?)\s?[(（]([^()（）]{1,40})[)）]$/.exec(text.trim());
  let head = paren ? paren[1]! : text;
  const note = paren?.[2]?.trim();
  const use = USE_NOTE.exec(head.trim());
  if (use) head = use[1]!;
  // (a name the article's prose introduced is read in its cell: "세이프온", no version to show it is a model)
  const model = modelIn(head, rules, s, known);
  if (!model) return {};
  const out: Pick<ConsortiumRow, 'model' | 'base' | 'baseOwner' | 'uses' | 'owner' | 'predecessor'> = { model };
  if (use) out.uses = true;
  // (a note of several parts, "M(Latin, X 후속, 80억 파라미터, X 개발)": each part read on its own)
  const parts = note?.split(/\s*[,，]\s*/).filter((t) => t !== '') ?? [];
  if (parts.length > 1 || (note && MAKER_NOTE.test(note) && !SELF_NOTE.test(note))) {
    // (a first part naming a model of the same version in Latin letters is the name's other spelling: "마렝고 2.7(Marengo 2.7, …)")
    const spelled = LATIN_NAME.test(parts[0]!) && !LATIN_NAME.test(head.trim()) && versionOf(parts[0]!) === versionOf(head) ? modelIn(parts[0]!, rules, s) : undefined;
    const named = spelled && spelled.key !== model.key ? { model: { ...spelled, aliases: [...spelled.aliases, model.surface] } } : {};
    return { ...out, ...named, ...readNoteParts(parts, model, s, rules, applied) };
  }
  const based = note ? BASE_NOTE.exec(note) : null;
  const self = note && !based ? SELF_NOTE.exec(note) : null;
  if (based) Object.assign(out, baseNamed(based[1]!, model, s, rules));
  else if (self && applied) {
    const owner = self[1] ? companyIn(self[1], s, rules) : undefined;
    if (owner) Object.assign(out, { uses: true, owner });
  } else if (note && (use || applied)) {
    const owner = ACCESS_NOTE.test(note) ? undefined : companyIn(note, s, rules);
    if (owner) out.owner = owner;
    if (applied) out.uses = true;
  } else if (applied) out.uses = true;
  return out;
}

/** A company's name before the base in a note, "(X사 M 기반)": the base's maker. */
const OWNER_GAP = /^\s?(?:의\s)?/;

/** The base a note names ("M 기반"), with its maker when the note puts the maker's name first ("X M 기반", "X의 M 기반"). */
function baseNamed(text: string, model: Mention, s: Sentence, rules: RuleSet): Pick<ConsortiumRow, 'base' | 'baseOwner'> {
  const base = modelIn(text, rules, s);
  if (base) return base.key !== model.key ? { base } : {};
  const owner = findMentions(text, rules).find((m) => m.type === 'Company' && m.start === 0 && m.via !== 'blocked');
  const gap = owner ? OWNER_GAP.exec(text.slice(owner.end)) : null;
  const named = owner && gap ? modelIn(text.slice(owner.end + gap[0].length), rules, s) : undefined;
  if (!owner || !named || named.key === model.key || named.via === 'discovered') return {};
  return { base: named, baseOwner: { ...owner, start: s.start, end: s.start } };
}

/** The parts of a model cell's note: its maker, its predecessor and base; a gloss in another script and a size add nothing here. */
function readNoteParts(parts: string[], model: Mention, s: Sentence, rules: RuleSet, applied: boolean): Pick<ConsortiumRow, 'base' | 'baseOwner' | 'uses' | 'owner' | 'predecessor'> {
  const out: Pick<ConsortiumRow, 'base' | 'baseOwner' | 'uses' | 'owner' | 'predecessor'> = {};
  let self = false;
  for (const part of parts) {
    const based = BASE_NOTE.exec(part);
    const after = SUCCESSOR_NOTE.exec(part);
    const own = SELF_NOTE.exec(part);
    const maker = MAKER_NOTE.exec(part);
    if (based) Object.assign(out, baseNamed(based[1]!, model, s, rules));
    else if (after) {
      const before = modelIn(after[1]!, rules, s);
      if (before && before.key !== model.key) out.predecessor = before;
    } else if (own && /자체|자사/.test(part)) {
      const owner = own[1] ? companyIn(own[1], s, rules) : undefined;
      if (owner) out.owner = owner;
      else self = true;
    } else if (maker) {
      const owner = companyIn(maker[1]!, s, rules);
      if (owner) out.owner = owner;
    } else if (!SIZE_NOTE.test(part) && !ACCESS_NOTE.test(part) && !modelIn(part, rules, s)) return {};
  }
  // (in a column of applied models the team uses a model another made; the lead's own is told apart by the caller)
  if (applied && !self) out.uses = true;
  return out;
}

/** A column of each row's status or remarks ("선정상태", "비고", "모델비고", "설명"). */
export const NOTE_COLUMN = /^(?:(?:선정|평가)\s?(?:결과|여부|상태)|(?:모델\s?)?비\s*고|설명)$/;
/**
 * A status or remark saying the company did not apply ("해당없음", "이번 모집 미신청"), or took no part after all: selected,
 * then withdrawn or struck off ("선정 후 포기", "참여 철회", "선정 취소").
 */
const NOT_APPLIED = /^해당\s?없음$|(?:^|\s)미신청(?:[,.\s]|$)|신청하지\s(?:않|아니)|(?:^|[\s(])(?:(?:선정|참여|협약)\s?)?(?:후\s)?(?:포기|철회)(?:[,.\s)]|$)|선정\s?취소/;
/** After a model in a remark: that it is the base of the row's model ("… Y를 기반으로 … 개발한 … 모델"). */
const BASE_AFTER = /^['’"”]?\s?(?:모델)?(?:을|를)\s(?:기반|바탕|토대|베이스)(?:으로|로)\s/;

/** A row's status and remark cells: a company that did not apply, and the base a remark names for the row's model. */
/** True when a row's status or remark says its company took no part (did not apply, withdrew, was struck off). */
export function saysNoPart(text: string): boolean {
  return NOT_APPLIED.test(text.trim());
}

export function readRowNotes(row: ConsortiumRow, notes: Sentence[], rules: RuleSet): void {
  for (const c of notes) {
    if (saysNoPart(c.text)) row.outside = true;
    if (!row.model || row.base || !c.text.includes('기반') && !c.text.includes('바탕') && !c.text.includes('토대') && !c.text.includes('베이스')) continue;
    const base = findMentions(c.text, rules).find((m) => m.type === 'Model' && m.key !== row.model!.key && BASE_AFTER.test(c.text.slice(m.end)));
    if (base) row.base = { ...base, start: c.start + base.start, end: c.start + base.end };
  }
}


/** "※ X(Maker) 기반 추가학습", "※ X를 바탕으로 미세조정": a note line under the model's name giving its base and the base's maker. */
const BASE_LINE = /^※\s?(.+?)\s?(?:[(（]([^()（）]{1,30})[)）])?\s?(?:(?:을|를)\s)?(?:기반|바탕|베이스|토대)(?:으로|로)?(?:\s[가-힣A-Za-z ]{1,16})?\.?$/;
/** "※ 자체 개발", "※ 자체 개발, 처음부터 학습": a note line saying the team made the model itself. */
const SELF_LINE = /^※\s?(?:자체|자사)\s?(?:개발|구축|제작|학습)/;

/**
 * The note lines inside a model cell (see takeRow): the base a line names (with its maker in parentheses), and a line
 * saying the team made the model itself. A model the cell says is the lead's ("M(Lead)" in a column of applied models)
 * is the team's own, so a base noted for it stands.
 */
export function readCellNotes(row: ConsortiumRow, notes: Sentence[], rules: RuleSet): void {
  if (!row.model || notes.length === 0) return;
  if (row.uses && (row.owner?.key === row.lead.key || notes.some((n) => SELF_LINE.test(n.text.trim())))) row.uses = false;
  for (const n of notes) {
    const line = BASE_LINE.exec(n.text.trim());
    if (!line || row.base) continue;
    const base = modelIn(line[1]!, rules, n);
    if (!base || base.key === row.model.key) continue;
    row.base = base;
    const maker = line[2] ? companyIn(line[2], n, rules) : undefined;
    if (maker) row.baseOwner = maker;
  }
}
