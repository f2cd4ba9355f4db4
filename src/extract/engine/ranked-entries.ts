/**
 * A chart written as a ranked list, each entry a line "RANK [MOVE] MODEL [DEVELOPER] SCORE점" with the editor's note on it in
 * the lines under it ("4 ▲2 M(M') D 1340점" / "국산 모델 최고 순위. …"): a weekly leaderboard chart, an arena's top ten.
 * Each entry is a SCORED fact on the benchmark a heading or the lead names just before the first entry. The entries must be
 * ranked one after another from 1 or 2 on (three or more), so a numbered list of anything else is no chart; an entry's
 * model is also what the note under it is about (focus.ts).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { captionBenchmark, modelNamed } from './bar-charts.js';
import { findMentions, type KnownName } from './mentions.js';
import type { TableScore } from './tables.js';

/**
 * An entry line: its rank ("4", "4.", "4위", a tie's "공동 4위"), a move mark ("―", "▲2", "▼1", "NEW"), the name part, maybe a dash, and a score (an
 * arena's four digits only with 점, or written with a thousands comma, "1,312"), maybe a badge and a short note after it ("🆕 (국산 1위)", "(잠정)"), and the votes it was
 * ranked on after a comma (", 투표 9,904표").
 */
const ENTRY = /^(?:공동\s?)?(\d{1,2})(위|\.)?\s(?:(?:[―—–=-]|[▲△▼▽↑↓]\s?\d{1,2}|NEW|New|new|신규|진입)\s)?(\S.{0,60}?)(?:\s[—–])?\s(\d,\d{3}|\d{4}(?=\s?점)|\d{1,3}(?:\.\d{1,2})?)\s?(?:점|%)?(?:\s[^\s\d가-힣A-Za-z()]{1,4})?(?:\s?\([^()]{1,12}\))?(?:,\s(?:투표|표|대결|Votes?)\s?\d{1,3}(?:,\d{3})*\s?(?:표|회|건)?)?$/;
/** A tied entry ("공동 5위 M 1,233"): its rank may be the one before it again. */
const TIED = /^\s?공동\s?\d/;
/** A score written in parentheses at the end of an entry ("1위 M (84.0)"): read as the entry's plain score. */
const PAREN_SCORE = /\s\((\d{1,3}(?:\.\d{1,2})?)\s?(점|%)?\)$/;
/**
 * What a note under a chart says after its mark when it names what the scores are on ("※ X 기준", "* X 벤치마크 기준."): read
 * here for the chart's benchmark, and kept by the chrome filter (article-input.ts) where other ※ legends are dropped.
 */
export const BASIS_NOTE_TEXT = String.raw`\s?[^※:：]{1,40}?\s기준(?:[.,\s]|$)`;
const BASIS_NOTE = new RegExp(`^[※*]${BASIS_NOTE_TEXT}`);
const MIN_ENTRIES = 3;
/** How many lines of notes may stand between two entries. */
const NOTE_REACH = 4;
/** How far back a heading or the lead may name the chart's benchmark. */
const HEADING_REACH = 4;

/** An entry line with a score in parentheses written as a plain one. */
function entryOf(text: string): RegExpExecArray | null {
  const t = text.trim();
  return ENTRY.exec(t.replace(PAREN_SCORE, (_all, n: string, unit?: string) => ` ${n}${unit ?? ''}`));
}

/** The one benchmark a basis note right after the chart's last entry names ("※ X 벤치마크 기준."). */
function basisNoteBenchmark(sentences: Sentence[], last: number, rules: RuleSet, known?: KnownName[]): Mention | undefined {
  const note = sentences[last + 1];
  if (!note || !BASIS_NOTE.test(note.text.trim())) return undefined;
  const benches = findMentions(note.text, rules, known).filter((m) => m.type === 'Benchmark');
  return new Set(benches.map((b) => b.key)).size === 1 ? benches[0] : undefined;
}

/** The model an entry's name part names: a model alone (its developer or alias in parentheses), or a model (with its alias in parentheses) then its developer. */
function entryModel(name: string, mentions: Mention[]): Mention | undefined {
  const m = mentions[0];
  if (m?.type !== 'Model' || m.via === 'anonymous' || m.via === 'blocked' || !/^['"‘“]?$/.test(name.slice(0, m.start))) return undefined;
  const rest = name.slice(m.end).replace(/^['"’”]?\s?(?:\([^()]{1,40}\))?\s?/, '');
  // (or its developer in the parentheses: "M(D)", "M (D)")
  const devInParens = mentions.length === 2 && mentions[1]!.type === 'Company' && /^\s?\($/.test(name.slice(m.end, mentions[1]!.start)) && name.slice(mentions[1]!.end) === ')';
  if (rest === '') return mentions.length === 1 || devInParens ? m : undefined;
  const dev = mentions.find((x) => x.start >= m.end && x.type === 'Company');
  return dev && dev.end === name.length && name.slice(m.end, dev.start).replace(/\([^()]{1,40}\)/, '').trim() === '' && mentions.every((x) => x === m || x === dev || (x.start >= m.end && x.end <= dev.start && x.type === 'Model')) ? m : undefined;
}

/**
 * What a ranked entry line is about (its sentence's mentions given): the entry's model, null when the line is an entry whose model
 * no mention names, undefined when the line is no entry.
 */
export function rankedEntryModel(text: string, mentions: Mention[]): Mention | null | undefined {
  const e = entryOf(text);
  if (!e) return undefined;
  const offset = text.indexOf(e[3]!);
  const inName = mentions.filter((m) => m.start >= offset && m.end <= offset + e[3]!.length).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  const m = entryModel(e[3]!, inName);
  return (m && mentions.find((x) => x.key === m.key && x.start === m.start + offset)) ?? null;
}

/** A rank heading with no score on it ("2위 M D", "공동 3위 M(M')"): a poll's or a list's entry, its share shown apart (a bar). */
const RANK_HEADING = /^(?:공동\s?)?\d{1,2}위\s(\S.{0,60})$/;

/** The model a rank heading names (alone, or with its developer after it): what the lines under the heading are about (null: a heading naming none; undefined: no rank heading). */
export function rankHeadingModel(text: string, mentions: Mention[]): Mention | null | undefined {
  const h = RANK_HEADING.exec(text.trim());
  if (!h) return undefined;
  const offset = text.indexOf(h[1]!);
  const inName = mentions.filter((m) => m.start >= offset).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  const m = entryModel(h[1]!, inName);
  return (m && mentions.find((x) => x.key === m.key && x.start === m.start + offset)) ?? null;
}

/** A name part no gazetteer knows as a model: a model-like name alone, or one before the developer a gazetteer knows ("솔빛-1 솔빛AI"). */
function unknownEntryModel(name: string, s: Sentence, rules: RuleSet, known?: KnownName[]): Mention | undefined {
  const ms = findMentions(name, rules, known);
  const dev = ms.at(-1)?.type === 'Company' && ms.at(-1)!.end === name.length ? ms.at(-1) : undefined;
  if (ms.length > (dev ? 1 : 0)) return undefined;
  return modelNamed(dev ? name.slice(0, dev.start).replace(/\s?\([^()]{1,40}\)\s?$/, '') : name, s, rules);
}

/** A board's word at the end of a benchmark's name: a leaderboard or an arena ranks models by one score. */
const BOARD_NAME = /(?:리더보드|아레나|Leaderboard|Arena)(?:\s?\d{1,2})?$/i;

/**
 * The board a page's headline names when it names one benchmark and that is a board ("[공지] X 아레나 11월 순위 발표"): a
 * board's own notice of its standings, whose chart's lead says only "이번 달 순위는 다음과 같습니다".
 */
function headlineBoard(sentences: Sentence[], first: number, rules: RuleSet, known?: KnownName[]): Mention | undefined {
  if (first === 0) return undefined;
  const benches = findMentions(sentences[0]!.text, rules, known).filter((m) => m.type === 'Benchmark');
  return new Set(benches.map((b) => b.key)).size === 1 && BOARD_NAME.test(benches[0]!.surface.trim()) ? benches[0] : undefined;
}

/** SCORED facts from the article's ranked charts. */
export function readRankedEntries(sentences: Sentence[], rules: RuleSet, known?: KnownName[]): TableScore[] {
  const out: TableScore[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = entryOf(sentences[i]!.text);
    if (!first || Number(first[1]) > 2) continue;
    const rows: { model: Mention; score: number; sentence: Sentence }[] = [];
    let rank = Number(first[1]) - 1;
    let last = i;
    for (let j = i; j < sentences.length && j - last <= NOTE_REACH; j++) {
      const s = sentences[j]!;
      const e = entryOf(s.text);
      // (ranks written "N위" may skip: a post's picks from a chart; bare numbers must run on, or the list is no chart)
      // (a tie repeats the rank before it: "공동 1위", "공동 1위")
      const tied = e !== null && TIED.test(s.text) && Number(e[1]) === rank && rows.length > 0;
      if (!e || (!tied && (e[2] === '위' ? Number(e[1]) <= rank : Number(e[1]) !== rank + 1))) continue;
      const model = rankedEntryModel(s.text, findMentions(s.text, rules, known)) ?? unknownEntryModel(e[3]!, s, rules, known);
      if (!model) break;
      rows.push({ model, score: Number(e[4]!.replace(',', '')), sentence: s });
      rank = Number(e[1]);
      last = j;
    }
    const benchmark = rows.length >= MIN_ENTRIES ? basisNoteBenchmark(sentences, last, rules, known) ?? captionBenchmark(sentences, i, rules, HEADING_REACH, known) ?? headlineBoard(sentences, i, rules, known) : undefined;
    if (benchmark) for (const r of rows) out.push({ ...r, benchmark });
    if (rows.length) i = last;
  }
  return out;
}
