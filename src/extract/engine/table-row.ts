/**
 * What one table row states about its model — its developer, base, licence, size, release day and
 * scores — and the model properties among them as [property, value] pairs (the columns in table-columns.ts).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention } from '../types.js';

/** What one table row states about its model, beside any scores. */
export interface TableRow {
  model: Mention;
  sentence: Sentence;
  /** The row's developer, from a 개발사 column. */
  developer?: Mention;
  /** "A·B" in a 개발사 column: the developers after the first. */
  coDevelopers?: Mention[];
  /** A remark cell's programme the row's model was built with the support of, or selected for ("P으로 GPU 지원받아 학습"): its developer takes part. */
  programmes?: Mention[];
  /** The row's base model, from a 기반 모델 column that names one. */
  base?: Mention;
  /** "머지: A + B": a merge's other bases, after `base`. */
  coBases?: Mention[];
  /** "Y의 후속 버전" in a 기반 모델 / 개발 방식 cell: the model the row's succeeds. */
  predecessor?: Mention;
  /** "X 2.1의 이전 버전" in a remark cell: the model that succeeds the row's. */
  successor?: Mention;
  /** A 기반 모델 cell that says the model was built from scratch ("자체", "프롬 스크래치"). */
  fromScratch?: boolean;
  /** "llama3.1" in a 라이선스 / License cell: a licence's id read as a model, none of the row's facts. */
  licensed?: Mention[];
  /** A 공개 방식 / 라이선스 cell that says the weights are open ("오픈소스", "Apache 2.0"). */
  openSource?: boolean;
  /** A 파라미터 / params cell's count ("32.8B", "147억"). */
  parameters?: number;
  /** A 공개일 / 출시일 cell's full date ("2025.04.09"; a month alone says nothing). */
  releasedOn?: string;
  /** A 출시일 cell's month and day without a year ("10/02", "10월 2일"), read against the article's date. */
  releasedDay?: string;
  /** "KMMLU 74.6점" in a reasons column: the row's model's scores. */
  scores?: Array<{ benchmark: Mention; score: number }>;
  /** The line just above the table's header ("표 1. 당사가 개발한 주요 모델"), if any. */
  title?: Sentence;
}

/** The model properties a table row states, as [property, value] pairs. */
export function tableProps(t: { fromScratch?: boolean; openSource?: boolean; parameters?: number; releasedOn?: string }): Array<['fromScratch' | 'openSource', true] | ['parameters', number] | ['releasedOn', string]> {
  const out: Array<['fromScratch' | 'openSource', true] | ['parameters', number] | ['releasedOn', string]> = [];
  if (t.fromScratch) out.push(['fromScratch', true]);
  if (t.openSource) out.push(['openSource', true]);
  if (t.parameters) out.push(['parameters', t.parameters]);
  if (t.releasedOn) out.push(['releasedOn', t.releasedOn]);
  return out;
}
