/**
 * Bar charts written as text: "MODEL ████ 81.4" rows (one per line, or run together in one block)
 * under a caption that names the benchmark ("[그래프] X 평균 점수"). Each row is a SCORED fact, as a
 * table row is; a chart needs two rows or more and exactly one benchmark named in its caption.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { normalizeName } from '../../graph/index.js';
import { findMentions, type KnownName } from './mentions.js';
import type { TableScore } from './tables.js';

const BAR = '█▇▆▅▄▃▂▁■▮▬▰▩';
/** One row: a name, a bar of block characters (maybe between column rules: "A | ███ | 69.8"), a number (with 점 or %). */
const ROW = new RegExp(`([^${BAR}\\d\\s|│┃][^${BAR}|│┃]{0,40}?)\\s*[|│┃]?\\s*[${BAR}]{2,}\\s*[|│┃]?\\s*(\\d{1,3}(?:\\.\\d{1,4})?)\\s?(?:점|%)?(?![\\d.])`, 'g');
/** A note in parentheses before a row's name ("(참고) GPT-5", "(비교) X"): no part of the name. */
const NOTE_BEFORE = /^\([^()]{1,6}\)\s*/;
const HAS_BAR = new RegExp(`[${BAR}]{2}`);
/** A row's name with a parenthesised note after it: the model, then (maybe) its developer. */
const PAREN_AFTER = /^(.+?)\s?\(([^()]{1,24})\)$/;
/** A model name no gazetteer knows: a name with a version, size or hyphen. */
const MODEL_FORM = /^(?=.*(?:\d|-))[가-힣A-Za-z][가-힣A-Za-z0-9.\-]{0,15}(?:\s[가-힣A-Za-z0-9.\-]{1,10}){0,3}$/;

/** The company a text is the name of, alone and whole (a row's developer note, a leaderboard entry's developer field). */
export function companyNamedWhole(text: string, rules: RuleSet, known?: KnownName[]): Mention | undefined {
  const ms = findMentions(text, rules, known);
  const c = ms[0];
  return ms.length === 1 && c?.type === 'Company' && c.via !== 'blocked' && c.start === 0 && c.end === text.length ? c : undefined;
}

export function modelNamed(name: string, s: Sentence, rules: RuleSet): Mention | undefined {
  const t = name.trim().replace(/^['"‘“]|['"’”]$/g, '');
  const ms = findMentions(t, rules);
  const whole = ms.find((m) => m.start === 0 && m.end >= t.length - 1);
  if (whole) return whole.type === 'Model' && whole.via !== 'anonymous' ? whole : undefined;
  if (ms.length || !MODEL_FORM.test(t)) return undefined;
  return { type: 'Model', key: `model:~${normalizeName(t)}`, surface: t, aliases: [], start: s.start, end: s.start, via: 'discovered' };
}

/** The one benchmark a caption or heading in the `back` sentences before `i` names (`known`: the names the article's discovery found). */
export function captionBenchmark(sentences: Sentence[], i: number, rules: RuleSet, back = 2, known?: KnownName[]): Mention | undefined {
  for (let j = i - 1; j >= Math.max(0, i - back); j--) {
    const benches = findMentions(sentences[j]!.text, rules, known).filter((m) => m.type === 'Benchmark');
    const keys = new Set(benches.map((b) => b.key));
    if (keys.size === 1) return benches[0];
    if (keys.size > 1) return undefined;
  }
  return undefined;
}

/** SCORED facts from text bar charts in the article's sentences. */
export function readBarCharts(sentences: Sentence[], rules: RuleSet): TableScore[] {
  const out: TableScore[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!HAS_BAR.test(sentences[i]!.text)) continue;
    // the chart's rows: this sentence and the ones right after it that are rows too
    const rows: { name: string; score: number; sentence: Sentence }[] = [];
    let j = i;
    for (; j < sentences.length && HAS_BAR.test(sentences[j]!.text); j++) {
      const s = sentences[j]!;
      const found = [...s.text.matchAll(ROW)];
      if (!found.length || found.map((m) => m[0]).join('').replace(/\s/g, '').length < s.text.replace(/\s/g, '').length * 0.8) break;
      for (const m of found) rows.push({ name: m[1]!.trim().replace(NOTE_BEFORE, ''), score: Number(m[2]), sentence: s });
    }
    const benchmark = rows.length >= 2 ? captionBenchmark(sentences, i, rules) : undefined;
    if (benchmark) {
      for (const r of rows) {
        // ("M(D) ████ 72.3": the row's developer in parentheses after the model)
        const paren = PAREN_AFTER.exec(r.name.trim());
        const model = modelNamed(r.name, r.sentence, rules) ?? (paren ? modelNamed(paren[1]!, r.sentence, rules) : undefined);
        if (!model) continue;
        const developer = paren ? companyNamedWhole(paren[2]!, rules) : undefined;
        out.push({ model, benchmark, score: r.score, sentence: r.sentence, ...(developer ? { developer } : {}) });
      }
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
