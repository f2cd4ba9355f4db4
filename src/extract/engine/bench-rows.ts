/**
 * A table of one model's results, a benchmark to a row ("벤치마크 | 지표 | 점수 | 출처", then "KMMLU | 정확도 | 62.35% |
 * 자체 보고"): a model hub's evaluation tab, a model card's results. The model is the one the page's headline names (the
 * page is that model's); each row's score cell gives it a score on the row's benchmark, written as a percentage, a fraction,
 * a count with its percentage ("412/500 (82.4%)": the percentage) or a mark out of ten ("7.84 / 10"). A row with no score
 * in its cell ("측정 대기", "—") gives none.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { discoveredMention } from './discover-common.js';
import { findMentions, type KnownName } from './mentions.js';
import type { TableScore } from './tables.js';

/** The header's first title: the benchmark column. */
const BENCH_TITLE = /^(?:벤치마크|Benchmarks?|평가\s?항목|평가\s?셋|데이터셋|Dataset|Task)$/i;
/** The score column's title. */
const SCORE_TITLE = /^(?:점수|스코어|결과|측정값|Score|Result|Value)$/i;
/** The header's other titles: the measure, the setting, where a score comes from, a note. */
const OTHER_TITLE = /^(?:지표|측정\s?지표|Metric|설정|Setting|Shots?|출처|Source|검증|Verified|비고|Notes?|기준|날짜|Date)$/i;
/** A score cell: a number (a percentage, a fraction, 점), a count with its percentage, a mark out of ten. */
const SCORE_CELL = /^(?:(\d{1,3}(?:\.\d{1,4})?)\s?(?:%|점)?|\d{1,5}\s?\/\s?\d{1,5}\s?\((\d{1,3}(?:\.\d{1,4})?)\s?%\)|(\d{1,2}(?:\.\d{1,3})?)\s?\/\s?10)$/;
/** An edition after the benchmark's name in its cell ("HAE-RAE Bench 1.1", "X v2"): the row is on that edition. */
const EDITION = /^\s(?:v|ver\.?\s?)?\d{1,2}(?:\.\d{1,2})?$/i;
const SHORT = 40;

export interface TextCell {
  text: string;
  sentence: Sentence;
}

/** The page's cells: a sentence its own cell, a text-table line its cells between pipes. */
export function cellsIn(sentences: Sentence[]): TextCell[] {
  return sentences.flatMap((s) => (/[|\t]/.test(s.text) ? s.text.split(/\s*[|\t]\s*/).filter((t) => t !== '') : [s.text.trim()]).map((text) => ({ text, sentence: s })));
}

/** The benchmark a row's first cell names, whole or with its edition after it. */
function rowBenchmark(c: TextCell, rules: RuleSet, known: KnownName[]): Mention | undefined {
  const ms = findMentions(c.text, rules, known);
  const m = ms[0];
  if (ms.length !== 1 || m!.type !== 'Benchmark' || m!.start !== 0) return undefined;
  const rest = c.text.slice(m!.end);
  if (rest === '') return m;
  return EDITION.test(rest) ? discoveredMention('Benchmark', c.text, 0, c.text.length) : undefined;
}

/** The one model the page's headline names. */
function headlineModel(sentences: Sentence[], rules: RuleSet, known: KnownName[]): Mention | undefined {
  const head = sentences[0];
  const models = head ? findMentions(head.text, rules, known).filter((m) => m.type === 'Model') : [];
  return new Set(models.map((m) => m.key)).size === 1 ? models[0] : undefined;
}

/** SCORED facts from the tables of the headline model's results, a benchmark to a row. */
export function readBenchRows(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableScore[] {
  if (!sentences.some((s) => BENCH_TITLE.test(s.text.trim()) || /^(?:벤치마크|Benchmarks?)\s?\|/i.test(s.text.trim()))) return [];
  const model = headlineModel(sentences, rules, known);
  if (!model) return [];
  const cells = cellsIn(sentences);
  const out: TableScore[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!BENCH_TITLE.test(cells[i]!.text)) continue;
    let w = 1;
    while (i + w < cells.length && (SCORE_TITLE.test(cells[i + w]!.text) || OTHER_TITLE.test(cells[i + w]!.text))) w++;
    const at = cells.slice(i + 1, i + w).findIndex((c) => SCORE_TITLE.test(c.text)) + 1;
    if (at === 0 || w < 2) continue;
    let r = i + w;
    for (; r + w <= cells.length; r += w) {
      const row = cells.slice(r, r + w);
      if (row.some((c) => c.text.length > SHORT)) break;
      const bench = rowBenchmark(row[0]!, rules, known);
      const score = SCORE_CELL.exec(row[at]!.text);
      if (!bench || !score) continue;
      const value = Number(score[1] ?? score[2] ?? score[3]);
      out.push({ model, benchmark: bench, score: value, sentence: row[at]!.sentence });
    }
    i = r - 1;
  }
  return out;
}
