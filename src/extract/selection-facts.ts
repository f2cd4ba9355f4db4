/**
 * Selections an article's tables and lines state: each company a selection table's row names takes part in the programme
 * its title (or the article) names, with the row's head as the company's chief and a voucher pair's model column; each
 * company of a selection line or a marked list takes part in its programme. Also the programme lookups the other table
 * readers share (the one a table's title names, the one an article is about).
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addParticipants, addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { TableContext } from './article-tables.js';
import { findMentions } from './engine/mentions.js';
import { readMarkedSelections } from './engine/marked-selection.js';
import { readSelectionLines } from './engine/selection-lines.js';
import { readSelectionTables } from './engine/selection-table.js';
import { readApplicantTables } from './engine/applicant-table.js';
import { personIn } from './roster-rows.js';
import type { EntityDraft, FactEvidence, RuleSet } from './types.js';

/** The one programme a table's title names ("X 사업 선정 컨소시엄 현황"), under the article's short forms. */
export function titledProgramme(text: string, rules: RuleSet, ctx: TableContext): string | undefined {
  const keys = new Set(findMentions(text, rules, ctx.known).filter((m) => m.type === 'Policy').map((m) => ctx.shortForms.get(m.key) ?? m.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** The programmes an article names, or, where it names several, the one it names most (twice or more, more than any other). */
export function mainProgrammes(policies: EntityDraft[]): string[] {
  const count = (e: EntityDraft) => Object.values(e.names).reduce((a, b) => a + b, 0);
  const [top, next] = [...policies].sort((a, b) => count(b) - count(a));
  return next && top && count(top) >= 2 && count(top) > count(next) ? [top.key] : policies.map((e) => e.key);
}

/** The person a row's head column names ("한지수" under "대표자명") heads the row's company, with the column's post. */
function addRowHead(acc: Acc, rules: RuleSet, ev: FactEvidence, sentence: Sentence, head: { cell: string; post: string }, company: string): void {
  const person = personIn(head.cell, sentence, rules);
  if (!person) return;
  addEntity(acc, person, rules, ev);
  addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company, properties: { title: head.post.toUpperCase() === 'CEO' ? 'CEO' : '대표' } }, ev);
}

/** Adds the facts of the article's selection tables, selection lines and marked selections to `acc`. */
export function addSelectionFacts(acc: Acc, articleId: string, sentences: Sentence[], rules: RuleSet, ctx: TableContext): void {
  // selection tables: each company of a row takes part in the programme the table's title names
  // (and the person its head column names heads the row's company: "기업명 | 대표 | …")
  for (const { title, companies, head, sentence, pair, model } of readSelectionTables(sentences, rules, ctx.known)) {
    // (a pair's model column, "M (X) ※B 기반": X made M, M is built on B)
    if (model) {
      const ev = evidenceOf(articleId, sentence, 'developed.pair-table-model', 0.7);
      for (const m of [model.model, model.owner, model.base]) if (m && !acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
      if (model.owner) addRelation(acc, { relation: 'DEVELOPED', source: model.owner.key, target: model.model.key, properties: {} }, ev);
      // (a selected company's model its remark says it built: "A | … | M | B 기반 추가 학습")
      else if (model.built && companies.length === 1) addRelation(acc, { relation: 'DEVELOPED', source: companies[0]!.key, target: model.model.key, properties: {} }, evidenceOf(articleId, sentence, 'developed.selection-table-built', 0.7));
      if (model.base) addRelation(acc, { relation: 'BASED_ON', source: model.model.key, target: model.base.key, properties: { status: 'stated' } }, evidenceOf(articleId, sentence, 'based-on.pair-table-remark', 0.7));
    }
    const named = title && !pair ? [] : mainProgrammes([...acc.entities.values()].filter((e) => e.type === 'Policy'));
    // (a voucher's pairs under a count line, "■ 선정 현황 : 4개 과제", that names no programme: the article's one)
    const programme = (title ? titledProgramme(title.text, rules, ctx) : undefined) ?? (named.length === 1 ? named[0] : undefined);
    if (programme) addParticipants(acc, rules, evidenceOf(articleId, sentence, 'participates.selection-table', 0.75), companies, programme);
    if (programme && head) addRowHead(acc, rules, evidenceOf(articleId, sentence, 'works-for.selection-table-head', 0.7), sentence, head, companies[0]!.key);
  }
  // applicant tables ("연번 | 신청기관 | 모델명 | …", "순위 | 업체명 | 제안 모델 | …"): each row's applicants take part in the article's one programme
  const applied = readApplicantTables(sentences, rules);
  const only = applied.length ? mainProgrammes([...acc.entities.values()].filter((e) => e.type === 'Policy')) : [];
  if (only.length === 1) for (const { companies, sentence } of applied) addParticipants(acc, rules, evidenceOf(articleId, sentence, 'participates.applicant-table', 0.7), companies, only[0]!);
  // (a bid result's representative column, "업체명 | 대표자명": the person heads the row's bidder, whatever the programme)
  for (const { companies, head, sentence } of applied) if (head) addRowHead(acc, rules, evidenceOf(articleId, sentence, 'works-for.applicant-table-head', 0.7), sentence, head, companies[0]!.key);
  // selection lines ("A / B / 과제" under "(수요기업 / 공급기업 / 과제)"): each company is selected for the header's programme,
  // else for the one programme the article is about; so is each company marked in a list a cue says are the selected ones
  const lines = [...readSelectionLines(sentences, rules, ctx.known), ...readMarkedSelections(sentences, rules, ctx.known)];
  for (const { programme, companies, sentence } of lines) {
    const named = mainProgrammes([...acc.entities.values()].filter((e) => e.type === 'Policy'));
    const key = programme ? (ctx.shortForms.get(programme.key) ?? programme.key) : named.length === 1 ? named[0]! : undefined;
    if (!key) continue;
    const ev = evidenceOf(articleId, sentence, 'participates.selection-line', 0.7);
    if (programme && !acc.entities.has(key)) addEntity(acc, { ...programme, key }, rules, ev);
    addParticipants(acc, rules, ev, companies, key);
  }
}
