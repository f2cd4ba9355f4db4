/**
 * A leaderboard printed as a ranked list whose entries give their fields after the model's name, split by slashes
 * ("1위(▲2) MODEL — DEVELOPER / BASE 기반 / 종합 0.781", "2. MODEL – DEVELOPER / 자체 개발 / 71.4점"): each entry is a SCORED
 * fact on the benchmark a heading or the lead names just before the list, and its fields name the model's developer and the
 * models it was built on ("X 기반", "X·Y 병합", "X 미세조정"). As in ranked-entries.ts the entries must run from rank 1 or 2
 * on, three or more, so a numbered list of anything else is no chart.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { captionBenchmark, companyNamedWhole, modelNamed } from './bar-charts.js';
import { findMentions, type KnownName } from './mentions.js';
import type { TableScore } from './tables.js';

const MOVE = '(?:[-―—–=]|[▲△▼▽↑↓]\\s?\\d{1,2}|NEW|New|new|신규|진입)';
/** An entry: its rank ("3위", "3."), a move mark (bare or in parentheses), the model's name, a dash, then the fields. */
const ENTRY = new RegExp(`^(\\d{1,2})(위|\\.)\\s?(?:\\(${MOVE}\\)|${MOVE}(?=\\s))?\\s(\\S.{0,60}?)\\s[—–]\\s(.{3,200})$`);
/** The fields' separator. */
const SEPARATOR = /\s[/|]\s/;
/** The last field: the score, maybe after its label ("종합 0.781", "평균 71.4점"). */
const SCORE_FIELD = /^(?:[가-힣A-Za-z]{1,6}\s?:?\s?)?(\d{1,4}(?:\.\d{1,3})?)\s?(?:점|%)?$/;
/** A field naming what the model was built on. */
const BASE_FIELD = /^(.+?)\s?(?:기반|베이스|병합|머지|미세\s?조정|파인\s?튜닝|추가\s?학습|증류)$/;
const MIN_ENTRIES = 3;
/** How many lines may stand between two entries (a note under one). */
const NOTE_REACH = 2;
/** How far back a heading or the lead may name the chart's benchmark. */
const HEADING_REACH = 4;

interface Entry {
  rank: number;
  byRank: boolean;
  name: string;
  fields: string[];
  score: number;
}

/** The entry a line is, if it is one. */
export function fieldedEntry(text: string): Entry | undefined {
  const e = ENTRY.exec(text.trim());
  if (!e) return undefined;
  const fields = e[4]!.split(SEPARATOR).map((f) => f.trim());
  const score = SCORE_FIELD.exec(fields.at(-1) ?? '');
  if (fields.length < 2 || !score) return undefined;
  return { rank: Number(e[1]), byRank: e[2] === '위', name: e[3]!.trim(), fields: fields.slice(0, -1), score: Number(score[1]) };
}

/** The model an entry's name part names, whole. */
function entryModel(name: string, s: Sentence, rules: RuleSet, known?: KnownName[]): Mention | undefined {
  const t = name.replace(/^['"‘“]|['"’”]$/g, '');
  const whole = findMentions(t, rules, known).find((m) => m.start === 0 && m.end >= t.length - 1);
  if (whole) return whole.type === 'Model' && whole.via !== 'anonymous' && whole.via !== 'blocked' ? whole : undefined;
  return modelNamed(t, s, rules);
}

/** The models a base field names ("X 기반", "X·Y 병합"): every part a model, or none. */
function baseField(field: string, rules: RuleSet, known?: KnownName[]): Mention[] {
  const b = BASE_FIELD.exec(field);
  if (!b) return [];
  const parts = b[1]!.split(/\s?[·ㆍ+,&]\s?|\s(?:와|과|및)\s/).map((p) => p.trim()).filter((p) => p !== '');
  const models = parts.map((p) => findMentions(p, rules, known).find((m) => m.type === 'Model' && m.via !== 'anonymous' && m.via !== 'blocked' && m.start === 0 && m.end === p.length));
  return models.every((m) => m) ? (models as Mention[]) : [];
}

/** SCORED facts, with each entry's developer and bases, from the article's fielded ranked lists. */
export function readFieldedEntries(sentences: Sentence[], rules: RuleSet, known?: KnownName[]): TableScore[] {
  const out: TableScore[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = fieldedEntry(sentences[i]!.text);
    if (!first || first.rank > 2) continue;
    const rows: TableScore[] = [];
    let rank = first.rank - 1;
    let last = i;
    for (let j = i; j < sentences.length && j - last <= NOTE_REACH; j++) {
      const s = sentences[j]!;
      const e = fieldedEntry(s.text);
      if (!e || (e.byRank ? e.rank <= rank : e.rank !== rank + 1)) continue;
      const model = entryModel(e.name, s, rules, known);
      if (!model) break;
      const developer = e.fields.map((f) => companyNamedWhole(f, rules, known)).find((d) => d);
      const [base, ...coBases] = e.fields.flatMap((f) => baseField(f, rules, known));
      rows.push({ model, sentence: s, score: e.score, benchmark: model, ...(developer ? { developer } : {}), ...(base ? { base, coBases } : {}) });
      rank = e.rank;
      last = j;
    }
    const benchmark = rows.length >= MIN_ENTRIES ? captionBenchmark(sentences, i, rules, HEADING_REACH, known) : undefined;
    if (benchmark) for (const r of rows) out.push({ ...r, benchmark });
    if (rows.length) i = last;
  }
  return out;
}
