/**
 * An article's tables as facts: score tables and text bar charts (SCORED, with a row's base model,
 * developer and stated properties) and consortium tables (lead, members, models). Each fact cites
 * the row it was read from (engine/tables.ts rowSentence).
 */
import { splitVersion } from './version-stem.js';
import { readPeriodRows } from './engine/period-rows.js';
import { sizedLatinForms } from './transliterate.js';
import type { Sentence } from '../parse/types.js';
import { resolveMonthDay } from '../parse/dates.js';
import { readScoreTables, tableProps, type TableRow } from './engine/tables.js';
import { readRowTables } from './engine/row-tables.js';
import { readTransposedSizes } from './engine/transposed-tables.js';
import { readTransposedSpecs } from './engine/transposed-specs.js';
import { readConsortiumTables, type ConsortiumRow } from './engine/consortium-table.js';
import { readRoleRosters } from './engine/role-rosters.js';
import { readPairTables } from './engine/pair-table.js';
import { readOwnPartnerTables } from './engine/own-partner-table.js';
import { readProgrammeTables } from './engine/programme-table.js';
import { readRecordTables } from './engine/record-table.js';
import { readLeadCards } from './engine/lead-cards.js';
import { readBarCharts } from './engine/bar-charts.js';
import { readScoreLines, readSlashScoreLists } from './engine/score-lines.js';
import { readRankedEntries } from './engine/ranked-entries.js';
import { readBenchRows } from './engine/bench-rows.js';
import { readModelBenchRows } from './engine/model-bench-rows.js';
import { readFieldedEntries } from './engine/fielded-entries.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { Mention } from './types.js';
import { addLeadColumnTeams, addTableWideProps } from './table-wide-facts.js';
import { consortiumTableFacts } from './consortium-facts.js';
import { precedingProgramme, sheetProgramme } from './preceding-programme.js';
import { describedRowProps } from './described-rows.js';
import { addSelectionFacts, mainProgrammes, titledProgramme } from './selection-facts.js';
import { addEntity, addParticipants, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { dropTableContradictions } from './article-finish.js';
import type { FactEvidence, RuleSet } from './types.js';

/** A consortium's lead and one member, read from "A 컨소시엄(B, C)", "A 컨소시엄에는 B … 참여" or a table row. */
export interface Consortium {
  lead: string;
  member: string;
  ev: FactEvidence;
  /** The programme the team is for, where its table's title names one: the member joins that one only. */
  programme?: string;
}

export interface TableContext {
  /** Names the article's first pass found (a table cell may hold one no gazetteer lists). */
  known: KnownName[];
  /** Short forms of sized names ("엑사원 4.0" for "엑사원 4.0 32B" where the article says so). */
  shortForms: ReadonlyMap<string, string>;
  /** Lead–member pairs read so far; a consortium table's rows are added. */
  consortia: Consortium[];
  /** The next position in the article's order of property statements. */
  nextOrder: () => number;
  /** The company a document's cover names as its issuer, with its Latin name ("NovaMind Inc. | 노바마인드 주식회사"). */
  issuer?: { company: Mention; latin: string };
  /** The article's date: a table's month-and-day cells ("10/02") are read in its year. */
  publishedAt?: string;
  /** The company the article's first-person words ("당사", "저희") stand for, if any. */
  self?: Mention;
}

/** "표 1. 당사가 개발·운영 중인 주요 AI 모델", "X가 자체 개발한 모델 현황": a table title saying whose own models its rows are. */
const OWN_MODELS_TITLE = /(?:^|\s)(?:(당사|당행|자사|저희|우리 회사)|([^\s]{2,20}))(?:가|이|에서)\s(?:직접\s|자체\s|독자\s)?(?:개발|구축)(?:[·ㆍ,]\s?[가-힣]{2,3})*(?:한|해 온|해온|\s?중인|하고 있는)\s/;

/** "— X 자체 개발 모델", "X의 독자 개발 LLM 현황": a slide's or a table's title in a noun phrase, the company before its own-made models. */
const OWN_MODELS_NOUN_TITLE = /(?:^|\s)([^\s]{2,20}?)(?:의)?\s(?:자체|독자)\s?개발\s(?:AI\s)?(?:모델|LLM|언어\s?모델)(?:\s(?:현황|목록|일람|라인업|패밀리|한눈에))?\s*$/;

/** The company whose own models a table's title says its rows are (the first-person one, or one it names). */
function titledDeveloper(title: Sentence | undefined, rules: RuleSet, ctx: TableContext): Mention | undefined {
  const own = title ? OWN_MODELS_TITLE.exec(title.text) ?? nounTitle(title.text) : null;
  if (!own) return undefined;
  if (own[1]) return ctx.self;
  const named = findMentions(title!.text, rules, ctx.known).find((m) => m.type === 'Company' && m.via !== 'blocked' && m.surface === own[2]!.replace(/(?:가|이|에서)$/, ''));
  return named;
}

/** The noun-phrase title read in the verb form's groups (group 2: the company's name). */
function nounTitle(text: string): [string, undefined, string] | null {
  const r = OWN_MODELS_NOUN_TITLE.exec(text);
  return r ? [r[0], undefined, r[1]!] : null;
}

/** A line-up row of the issuer's own brand ("Nova LM 2" in NovaMind's deck): the model's first word begins the issuer's Latin name. */
function issuerBrandOf(model: Mention, ctx: TableContext): Mention | undefined {
  const brand = /^([A-Za-z]{3,})(?=[\s\-])/.exec(model.surface)?.[1];
  return ctx.issuer && brand && ctx.issuer.latin.toLowerCase().startsWith(brand.toLowerCase()) ? ctx.issuer.company : undefined;
}

/**
 * A row's reasons cell gives its own model's scores: a prose reading of the same cell that gave the
 * score to another model (the article's focus) read it with the wrong subject, and goes.
 */
function dropOtherModelsScores(acc: Acc, row: Sentence, model: string, benchmark: string): void {
  for (const [key, r] of acc.relations) {
    if (r.type !== 'SCORED' || r.source === model || r.target !== benchmark) continue;
    if (r.evidence.every((e) => e.start >= row.start && e.end <= row.end)) acc.relations.delete(key);
  }
}

/** A table row's base model, developer and stated properties. */
function addRowFacts(acc: Acc, articleId: string, t: TableRow, rules: RuleSet, ctx: TableContext): void {
  // (a base cell in a short or other form — a checkpoint's first release tag — is the model the article names)
  for (const cell of t.base ? [t.base, ...(t.coBases ?? [])] : []) {
    const base = ctx.shortForms.has(cell.key) ? { ...cell, key: ctx.shortForms.get(cell.key)! } : cell;
    const bev = evidenceOf(articleId, t.sentence, 'based.table', 0.75);
    if (!acc.entities.has(base.key)) addEntity(acc, base, rules, bev);
    addRelation(acc, { relation: 'BASED_ON', source: t.model.key, target: base.key, properties: {} }, bev);
  }
  if (t.predecessor) {
    const pev = evidenceOf(articleId, t.sentence, 'succeeds.table', 0.7);
    if (!acc.entities.has(t.predecessor.key)) addEntity(acc, t.predecessor, rules, pev);
    // (the cell read as a sentence of its own gave the predecessor to the article's focus, not the row's model)
    for (const [key, r] of acc.relations) if (r.type === 'SUCCEEDS' && r.target === t.predecessor.key && r.source !== t.model.key && r.evidence.every((e) => e.start >= t.sentence.start && e.end <= t.sentence.end)) acc.relations.delete(key);
    addRelation(acc, { relation: 'SUCCEEDS', source: t.model.key, target: t.predecessor.key, properties: {} }, pev);
  }
  // ("llama3.1", "exaone-nc" in a licence column: the licence's id, no model, where the article names it nowhere else and says nothing of it)
  for (const key of (t.licensed ?? []).map((m) => ctx.shortForms.get(m.key) ?? m.key)) {
    if (Object.values(acc.entities.get(key)?.names ?? { x: 2 }).reduce((a, b) => a + b, 0) !== 1 || [...acc.relations.values()].some((r) => r.source === key || r.target === key)) continue;
    acc.entities.delete(key);
    acc.props.delete(key);
  }
  // ("X 2.1의 이전 버전" in the row's remark: X succeeds the row's model)
  if (t.successor) {
    const sev = evidenceOf(articleId, t.sentence, 'succeeds.table', 0.7);
    if (!acc.entities.has(t.successor.key)) addEntity(acc, t.successor, rules, sev);
    addRelation(acc, { relation: 'SUCCEEDS', source: t.successor.key, target: t.model.key, properties: {} }, sev);
  }
  for (const { benchmark, score } of t.scores ?? []) {
    const sev = evidenceOf(articleId, t.sentence, 'scored.table-reasons', 0.75);
    if (!acc.entities.has(benchmark.key)) addEntity(acc, benchmark, rules, sev);
    dropOtherModelsScores(acc, t.sentence, t.model.key, benchmark.key);
    addRelation(acc, { relation: 'SCORED', source: t.model.key, target: benchmark.key, properties: { score } }, sev);
  }
  if (!t.releasedOn && t.releasedDay) t.releasedOn = resolveMonthDay(t.releasedDay, ctx.publishedAt);
  for (const [property, value] of tableProps(t)) acc.props.set(t.model.key, [...(acc.props.get(t.model.key) ?? []), { property, value, body: true, order: ctx.nextOrder() }]);
  const issuer = t.developer ? undefined : (issuerBrandOf(t.model, ctx) ?? titledDeveloper(t.title, rules, ctx));
  for (const developer of t.developer ? [t.developer, ...(t.coDevelopers ?? [])] : issuer ? [issuer] : []) {
    const dev = evidenceOf(articleId, t.sentence, 'developed.table', 0.75);
    if (!acc.entities.has(developer.key)) addEntity(acc, developer, rules, dev);
    addRelation(acc, { relation: 'DEVELOPED', source: developer.key, target: t.model.key, properties: {} }, dev);
    // ("정부 AI 바우처 지원사업으로 GPU 지원받아 학습" in the row's remark: the row's developer takes part in the programme)
    for (const p of t.programmes ?? []) {
      const pev = evidenceOf(articleId, t.sentence, 'participates.table-remark', 0.7);
      if (!acc.entities.has(p.key)) addEntity(acc, p, rules, pev);
      addRelation(acc, { relation: 'PARTICIPATES_IN', source: developer.key, target: p.key, properties: {} }, pev);
    }
  }
}

/**
 * The models a table's model column names that no gazetteer lists ("Ornith-3" in a "Model | Released | Base model" table):
 * names the article's prose may use again without calling them models there ("Ornith-3 scored 63.1 on …"), and which
 * their own cells must read whole. Consortium tables' model columns too, and the developer column's companies no gazetteer lists.
 */
export function tableModelNames(sentences: Sentence[], rules: RuleSet, known: KnownName[]): KnownName[] {
  const taken = new Set(known.map((k) => k.name));
  const out = new Map<string, KnownName>();
  // (and a consortium table's model column: "엑사원 온 2.4B" in its cell is that model, not the family it opens with)
  const consortia = readConsortiumTables(sentences, rules, known).flatMap((t) => t.rows.map((r) => r.model));
  const rows = [...readRowTables(sentences, rules, known), ...readRecordTables(sentences, rules, known)];
  // (and a score table's Hangul-named ones: "가람 K2 | 74.1 | 70.2" is the model the prose varies as "가람 K2-Lite";
  // the prose reads a Latin name by itself, and its Hangul spelling may name the same model there)
  const scored = readScoreTables(sentences, rules, known);
  // (and a score table's version of a line the article names another version of: "Y 1.0" in a row, only "Y 1.1" and a bare
  // "1.0은 …" in the prose)
  const lines = new Set(known.filter((k) => k.type === 'Model').map((k) => splitVersion(k.name)?.line).filter((l) => l !== undefined));
  const sibling = (x: Mention): boolean => lines.has(splitVersion(x.surface)?.line ?? '');
  for (const m of [...rows.map((r) => r.model), ...consortia, ...scored.map((r) => r.model).filter((x) => /^[가-힣]/.test(x.surface) || sibling(x))]) {
    if (m?.via === 'discovered' && !taken.has(m.surface) && /\d/.test(m.surface)) out.set(m.surface, { name: m.surface, type: 'Model', key: m.key });
  }
  // (and the companies a 개발사 column names that no gazetteer lists: "A와 B는 … 공동으로 구축하기로" below the table names them again)
  for (const r of [...rows, ...scored]) {
    const d = r.developer;
    if (d?.type === 'Company' && d.via === 'discovered' && !taken.has(d.surface) && /^[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}$/.test(d.surface)) out.set(d.surface, { name: d.surface, type: 'Company', key: d.key });
  }
  return [...out.values()];
}

/** Adds the facts of the article's score tables, bar charts, score lines, programme tables and consortium tables to `acc`. */
export function addTableFacts(acc: Acc, articleId: string, sentences: Sentence[], rules: RuleSet, ctx: TableContext): void {
  const unscored: TableRow[] = [];
  // (a spec sheet with the models across its header and a maker row: its rows' facts, its benchmark rows' scores)
  const sheets = readTransposedSpecs(sentences, rules, ctx.known);
  const tables = [...readScoreTables(sentences, rules, ctx.known, unscored), ...sheets.scores, ...readBarCharts(sentences, rules), ...readScoreLines(sentences, rules), ...readSlashScoreLists(sentences, rules), ...readRankedEntries(sentences, rules, ctx.known), ...readBenchRows(sentences, rules, ctx.known), ...readModelBenchRows(sentences, rules, ctx.known), ...readPeriodRows(sentences, rules, ctx.known)];
  // (a fielded entry line read as prose gives its score to a model a field names: the entry's own model has it)
  const fielded = readFieldedEntries(sentences, rules, ctx.known);
  tables.push(...fielded);
  for (const t of tables) t.model.key = ctx.shortForms.get(t.model.key) ?? t.model.key;
  // ("Oreum-V2-34B" in a row, "오름-V2" in the prose: one model, see sizedLatinForms)
  const prose = [...acc.entities.values()].filter((e) => e.type === 'Model' && e.discovered).flatMap((e) => Object.keys(e.names).map((surface) => ({ key: e.key, surface })));
  const sized = sizedLatinForms(tables.map((t) => t.model).filter((m) => m.via === 'discovered' && !acc.entities.has(m.key)), prose, rules);
  for (const t of tables) {
    const to = sized.get(t.model.key);
    if (to) addEntity(acc, (t.model = { ...t.model, key: to }), rules, evidenceOf(articleId, t.sentence, 'mention', 1));
  }
  dropTableContradictions(acc, tables);
  for (const t of fielded) dropOtherModelsScores(acc, t.sentence, t.model.key, t.benchmark.key);
  for (const t of tables) {
    const ev = evidenceOf(articleId, t.sentence, 'scored.table', 0.8);
    for (const m of [t.model, t.benchmark]) if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
    addRelation(acc, { relation: 'SCORED', source: t.model.key, target: t.benchmark.key, properties: { score: t.score } }, ev);
    addRowFacts(acc, articleId, t, rules, ctx);
  }
  // comparison tables without scores, and a score table's rows that give none: what their rows say of each model
  const rowTables = [...unscored, ...sheets.rows, ...readRowTables(sentences, rules, ctx.known), ...readRecordTables(sentences, rules, ctx.known)];
  for (const t of rowTables) {
    t.model.key = ctx.shortForms.get(t.model.key) ?? t.model.key;
    const ev = evidenceOf(articleId, t.sentence, 'table.row', 0.75);
    if (!acc.entities.has(t.model.key)) addEntity(acc, t.model, rules, ev);
    addRowFacts(acc, articleId, t, rules, ctx);
  }
  // a models table with a description column ("모델 | 규모 | 설명 | 공개"): the day its release column gives each row's model, the size its size column gives, open where its description says so
  for (const { model, ...props } of describedRowProps(sentences, (i) => findMentions(sentences[i]!.text, rules, ctx.known))) {
    const key = ctx.shortForms.get(model.key) ?? model.key;
    if (!acc.entities.has(key)) continue;
    for (const [property, value] of Object.entries(props)) acc.props.set(key, [...(acc.props.get(key) ?? []), { property, value, body: true, order: ctx.nextOrder() }]);
  }
  // transposed spec tables (models across the header): the size each column gives its model, nothing more
  for (const t of readTransposedSizes(sentences, rules, ctx.known)) {
    const key = ctx.shortForms.get(t.model.key) ?? t.model.key;
    if (acc.entities.has(key)) acc.props.set(key, [...(acc.props.get(key) ?? []), { property: 'parameters', value: t.parameters!, body: true, order: ctx.nextOrder() }]);
  }
  addTableWideProps(acc, sentences, [...tables, ...rowTables], rules, ctx);
  addLeadColumnTeams(acc, articleId, sentences, [...tables, ...rowTables], rules, mainProgrammes([...acc.entities.values()].filter((e) => e.type === 'Policy')));
  // programme tables: each company a row selects takes part in the row's programme
  for (const { programme, companies, sentence } of readProgrammeTables(sentences, rules, ctx.known)) {
    const ev = evidenceOf(articleId, sentence, 'participates.programme-table', 0.75);
    const key = ctx.shortForms.get(programme.key) ?? programme.key;
    if (!acc.entities.has(key)) addEntity(acc, { ...programme, key }, rules, ev);
    addParticipants(acc, rules, ev, companies, key);
  }
  addSelectionFacts(acc, articleId, sentences, rules, ctx);
  // (and the teams prose writes as inline rosters of role words, "주관 A, 참여 B·C": each one team, titled by its own line)
  const rosters = readRoleRosters(sentences, rules).map((r) => ({ rows: [r], title: r.sentence, inline: true }));
  const teamTables: { rows: ConsortiumRow[]; title?: Sentence; inline?: boolean }[] = [...readConsortiumTables(sentences, rules, ctx.known), ...rosters];
  for (const { rows: table, title, inline } of teamTables) {
    const joined = new Map<string, Set<string>>();
    for (const r of acc.relations.values()) if (r.type === 'PARTICIPATES_IN') joined.set(r.source, (joined.get(r.source) ?? new Set()).add(r.target));
    const main = mainProgrammes([...acc.entities.values()].filter((e) => e.type === 'Policy'));
    const near = main.length > 1 || inline ? precedingProgramme(sentences, title, rules, ctx.known) : undefined;
    const named = near && (main.includes(near) || inline) ? [near] : main;
    // (an inline roster under a project sheet's "사업명: P" line: P, whatever other programme its lead took part in before)
    const sheet = inline ? sheetProgramme(sentences, title, rules, ctx.known) : undefined;
    const titled = (title ? titledProgramme(title.text, rules, ctx) : undefined) ?? (sheet ? (ctx.shortForms.get(sheet) ?? sheet) : undefined);
    for (const f of consortiumTableFacts(table, joined, named, titled)) {
      const ev = evidenceOf(articleId, f.row.sentence, f.rule, f.confidence);
      for (const m of [f.source, f.target]) if (typeof m !== 'string' && !acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
      const target = typeof f.target === 'string' ? f.target : f.target.key;
      addRelation(acc, { relation: f.relation, source: f.source.key, target, properties: f.properties ?? {} }, ev);
      if (f.relation === 'PARTNERS_WITH') ctx.consortia.push({ lead: f.source.key, member: target, ev: evidenceOf(articleId, f.row.sentence, 'participates.consortium-member', 0.7), ...(titled ? { programme: titled } : {}) });
    }
    // ("파라미터 | 공개형태" columns: the size and open release of each row's model)
    for (const { model, parameters, openSource } of table) {
      if (!model || !acc.entities.has(model.key)) continue;
      const stated = [...(parameters ? [{ property: 'parameters', value: parameters }] : []), ...(openSource ? [{ property: 'openSource', value: true }] : [])];
      for (const p of stated) acc.props.set(model.key, [...(acc.props.get(model.key) ?? []), { ...p, body: true, order: ctx.nextOrder() }]);
    }
  }
  // pair tables ("기업 | 상대 | 내용 | 성격"): two companies a row, partners where the row says they are
  for (const { a, b, sentence, joint } of readPairTables(sentences, rules, ctx.known)) {
    const ev = evidenceOf(articleId, sentence, 'partners.pair-table', 0.7);
    for (const m of [a, b]) if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
    addRelation(acc, { relation: 'PARTNERS_WITH', source: a.key, target: b.key, properties: {} }, ev);
    // ("양사가 공동 개발해 공개한 … 'M'" in the row: both develop M)
    const jev = evidenceOf(articleId, sentence, 'developed.pair-table-joint', 0.7);
    for (const m of joint) {
      if (!acc.entities.has(m.key)) addEntity(acc, m, rules, jev);
      for (const c of [a, b]) addRelation(acc, { relation: 'DEVELOPED', source: c.key, target: m.key, properties: {} }, jev);
    }
  }
  // the page's own table of counterparties ("주요 협력사 현황": "기업 | 구분 | …"): the rows whose kind is a tie are its company's partners
  for (const { partner, sentence } of ctx.self ? readOwnPartnerTables(sentences, rules, ctx.known) : []) {
    if (partner.key === ctx.self!.key) continue;
    const ev = evidenceOf(articleId, sentence, 'partners.own-partner-table', 0.7);
    if (!acc.entities.has(partner.key)) addEntity(acc, partner, rules, ev);
    addRelation(acc, { relation: 'PARTNERS_WITH', source: ctx.self!.key, target: partner.key, properties: {} }, ev);
  }
  // a notice's team cards: the lead a block opens on develops the model its "개발 모델 :" line names
  for (const { lead, model, sentence, base } of readLeadCards(sentences, rules)) {
    const ev = evidenceOf(articleId, sentence, 'developed.lead-card', 0.7);
    for (const m of [lead, model]) if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
    addRelation(acc, { relation: 'DEVELOPED', source: lead.key, target: model.key, properties: {} }, ev);
    if (!base) continue;
    const bev = evidenceOf(articleId, base.sentence, 'based.lead-card', 0.7);
    if (!acc.entities.has(base.model.key)) addEntity(acc, base.model, rules, bev);
    addRelation(acc, { relation: 'BASED_ON', source: model.key, target: base.model.key, properties: { status: 'stated' } }, bev);
  }
}
