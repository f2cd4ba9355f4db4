/**
 * A results table in long form, one model and one benchmark to a row ("모델 | 과제 | 평가 데이터 | 지표 | 결과 | 목표", then
 * "X-7B | 법률 QA | Y-QA (자체 테스트셋) | 정답률(%) | 82.7 | 75"): a dataset portal's validation-model table, a report's
 * or a model card's evaluation log. Each row's score cell gives the row's model a score on the row's benchmark; a benchmark
 * no list knows is read from its cell when it is shaped as a test set's name ("Y-Sum"), its gloss in parentheses left out.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { discoveredMention } from './discover-common.js';
import { findMentions, type KnownName } from './mentions.js';
import type { TableScore } from './tables.js';
import { cellsIn, type TextCell } from './bench-rows.js';

/** The model column's title. */
const MODEL_TITLE = /^(?:모델|모델명|Model(?:\sname)?)$/i;
/** The benchmark column's title (a task column, "과제", is no benchmark: it says what the test measures). */
const BENCH_TITLE = /^(?:평가\s?(?:데이터(?:셋)?|셋|세트|벤치마크)|벤치마크|테스트\s?셋|Benchmarks?|Eval(?:uation)?\s(?:set|data(?:set)?)|Test\s?set)$/i;
/** The score column's title. */
const SCORE_TITLE = /^(?:결과|점수|성능|측정값|Score|Result|Value)$/i;
/** The other titles: the task, the measure, the target, the setting, a note. */
const OTHER_TITLE = /^(?:과제|태스크|Task|지표|평가\s?지표|Metric|목표(?:치)?|Target|기준|설정|Setting|Shots?|출처|Source|비고|Notes?)$/i;
/** A score cell: a number, maybe with its unit. */
const SCORE_CELL = /^(\d{1,3}(?:\.\d{1,4})?)\s?(?:%|점)?$/;
/** A test set's name no list knows: Latin letters with a hyphen or a capital inside ("Y-Sum", "LawQA"). */
const BENCH_NAME = /^[A-Z][A-Za-z0-9]{0,12}(?:[-_][A-Za-z0-9]{1,12}){1,3}$/;
/** A cell's note in parentheses after the name ("(학습 전)", "(본 데이터 테스트셋)"). */
const CELL_NOTE = /\s?\([^()]{1,20}\)$/;
const MAX_WIDTH = 8;

/** The one entity of a type a cell names from its start, its note left out. */
function cellEntity(c: TextCell, type: 'Model' | 'Benchmark', rules: RuleSet, known: KnownName[]): Mention | undefined {
  const text = c.text.replace(CELL_NOTE, '');
  const ms = findMentions(text, rules, known).filter((m) => m.via !== 'blocked');
  const m = ms[0];
  if (m && ms.length === 1 && m.type === type && m.start === 0 && m.end >= text.length - 1) return m;
  return type === 'Benchmark' && !ms.length && BENCH_NAME.test(text) ? discoveredMention('Benchmark', text, 0, text.length) : undefined;
}

/** The header at cell i: the positions of its model, benchmark and score columns and its width, or undefined. */
function readHeader(cells: TextCell[], i: number): { model: number; bench: number; score: number; width: number } | undefined {
  let model = -1, bench = -1, score = -1, w = 0;
  for (; w < MAX_WIDTH && i + w < cells.length; w++) {
    const t = cells[i + w]!.text;
    if (MODEL_TITLE.test(t) && model < 0) model = w;
    else if (BENCH_TITLE.test(t) && bench < 0) bench = w;
    else if (SCORE_TITLE.test(t) && score < 0) score = w;
    else if (!OTHER_TITLE.test(t)) break;
  }
  return model >= 0 && bench >= 0 && score >= 0 ? { model, bench, score, width: w } : undefined;
}

/** SCORED facts from long-form results tables: a model, a benchmark and a score in each row. */
export function readModelBenchRows(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableScore[] {
  if (!sentences.some((s) => BENCH_TITLE.test(s.text.trim()) || s.text.split(/\s*[|\t]\s*/).some((t) => BENCH_TITLE.test(t)))) return [];
  const cells = cellsIn(sentences);
  const out: TableScore[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!MODEL_TITLE.test(cells[i]!.text) && !BENCH_TITLE.test(cells[i]!.text)) continue;
    const h = readHeader(cells, i);
    if (!h) continue;
    let r = i + h.width;
    for (; r + h.width <= cells.length; r += h.width) {
      const row = cells.slice(r, r + h.width);
      const model = cellEntity(row[h.model]!, 'Model', rules, known);
      const bench = cellEntity(row[h.bench]!, 'Benchmark', rules, known);
      const score = SCORE_CELL.exec(row[h.score]!.text);
      if (!model || !bench || !score) break;
      out.push({ model, benchmark: bench, score: Number(score[1]), sentence: row[h.score]!.sentence });
    }
    i = Math.max(i, r - 1);
  }
  return out;
}
