/**
 * What an article says of all of a table's rows: properties a sentence states for every model the tables list, and a
 * table whose company column is titled 주관사 ("주관사 | 모델 | KMMLU | …"): the title is the word for the company
 * that leads a team in a public programme, so each row's company leads one of the teams of the one programme the
 * article is about (its rows are the teams' entries, their models and scores).
 */
import type { Sentence } from '../parse/types.js';
import { addParticipants, evidenceOf, type Acc } from './article-acc.js';
import type { TableContext } from './article-tables.js';
import { statesOpenOrScratch } from './engine/property-cues.js';
import { columnOf } from './engine/table-column-titles.js';
import type { TableRow } from './engine/tables.js';
import type { RuleSet } from './types.js';

/** "표에 실린 5종은 모두 오픈 웨이트로 공개돼 있다": a sentence about every model of the article's table, counted. */
const TABLE_ALL = /(?<![가-힣])표(?:에|의|에서)\s?(?:[가-힣]{1,4}\s)?(?:모델\s)?(\d{1,2})\s?(?:종|개\s?모델|개)(?:은|는|이|가|도)?\s(?:모두|전부)\s/;

/** Properties a sentence states for all of the table's models, when it counts them as many as the tables list. */
export function addTableWideProps(acc: Acc, sentences: Sentence[], rows: TableRow[], rules: RuleSet, ctx: TableContext): void {
  const models = [...new Set(rows.map((r) => r.model.key))];
  for (const s of sentences) {
    const all = s.block === 'body' ? TABLE_ALL.exec(s.text) : null;
    if (!all || Number(all[1]) !== models.length) continue;
    const stated = statesOpenOrScratch(s.text, rules);
    for (const key of models)
      for (const property of (['openSource', 'fromScratch'] as const).filter((p) => stated[p])) acc.props.set(key, [...(acc.props.get(key) ?? []), { property, value: true, body: true, order: ctx.nextOrder() }]);
  }
}

/** The lead's column title, as a cell of its own or one of a text-table line's cells. */
const LEAD_COLUMN = /^(?:주관사|주관\s?기업|주관\s?기관|주관\s?기업명|주관사명)$/;

/** Adds PARTICIPATES_IN from each row's developer to the one programme of `programmes` for the rows under a 주관사 column's title. */
export function addLeadColumnTeams(acc: Acc, articleId: string, sentences: Sentence[], rows: TableRow[], rules: RuleSet, programmes: string[]): void {
  const programme = programmes.length === 1 ? programmes[0] : undefined;
  if (!programme) return;
  const cells = (s: Sentence) => (s.text.length <= 200 ? s.text.split(/\s*[|\t]\s*/).map((t) => t.trim()) : []);
  // (the company column's title nearest above each row: a later table's "개발사" column is no team's lead)
  const titles = sentences.filter((s) => cells(s).some((t) => columnOf(t, false) === 'developer'));
  if (!titles.some((s) => cells(s).some((t) => LEAD_COLUMN.test(t)))) return;
  for (const r of rows) {
    const title = titles.filter((s) => s.start < r.sentence.start).at(-1);
    if (!title || !cells(title).some((t) => LEAD_COLUMN.test(t)) || !r.developer || r.developer.type !== 'Company') continue;
    addParticipants(acc, rules, evidenceOf(articleId, r.sentence, 'participates.lead-column', 0.7), [r.developer], programme);
  }
}
