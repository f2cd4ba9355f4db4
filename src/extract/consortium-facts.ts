/**
 * Facts from consortium tables (engine/consortium-table.ts): each lead partners with each of its
 * member companies; the rows are teams of one programme, so when the article says any of them takes
 * part in exactly one programme, every lead does (members follow their lead, see addConsortiumMembers).
 * The model column is what the lead develops; the person a 책임자 column names works for the lead.
 */
import type { RawFact } from './engine/match.js';
import type { ConsortiumRow } from './engine/consortium-table.js';
import type { Mention } from './types.js';

export interface TableFact {
  relation: RawFact['relation'];
  source: Mention;
  target: Mention | string;
  rule: string;
  confidence: number;
  properties?: Record<string, string>;
  row: ConsortiumRow;
}

/**
 * `joined`: PARTICIPATES_IN already read, as source key → programme keys. `named`: the programmes the
 * article names; when no row's company is said to take part in one, a table of teams in an article
 * that names exactly one programme lists that programme's teams. `titled`: the one programme the table's
 * title names, which outranks both.
 */
export function consortiumTableFacts(table: ConsortiumRow[], joined: Map<string, Set<string>>, named: string[] = [], titled?: string): TableFact[] {
  const out: TableFact[] = [];
  const programmes = new Set<string>();
  // a title that names a programme ("붙임 1 X 사업 선정 컨소시엄 현황") says whose teams the rows are
  if (titled) programmes.add(titled);
  else for (const p of joinedByTeams(table, joined)) programmes.add(p);
  if (programmes.size === 0 && named.length === 1) programmes.add(named[0]!);
  for (const row of table) {
    for (const m of row.members) out.push({ relation: 'PARTNERS_WITH', source: row.lead, target: m, rule: 'partners.consortium-table', confidence: 0.75, row });
    if (programmes.size === 1 && !row.outside) out.push({ relation: 'PARTICIPATES_IN', source: row.lead, target: [...programmes][0]!, rule: 'participates.consortium-table', confidence: 0.7, row });
    if (row.model && !row.uses) out.push({ relation: 'DEVELOPED', source: row.lead, target: row.model, rule: 'developed.consortium-table', confidence: 0.7, row });
    if (row.model && row.owner) out.push({ relation: 'DEVELOPED', source: row.owner, target: row.model, rule: 'developed.consortium-table-owner', confidence: 0.7, row });
    if (row.head) out.push({ relation: 'WORKS_FOR', source: row.head, target: row.lead, rule: 'works-for.consortium-table', confidence: 0.7, ...(row.post ? { properties: { title: row.post } } : {}), row });
    if (row.model && row.predecessor) out.push({ relation: 'SUCCEEDS', source: row.model, target: row.predecessor, rule: 'succeeds.consortium-table', confidence: 0.7, row });
    if (row.model && row.base && !row.uses) out.push({ relation: 'BASED_ON', source: row.model, target: row.base, rule: 'based.consortium-table', confidence: 0.7, row });
    if (row.base && row.baseOwner) out.push({ relation: 'DEVELOPED', source: row.baseOwner, target: row.base, rule: 'developed.consortium-table-base-owner', confidence: 0.65, row });
  }
  return out;
}

/**
 * The programmes the table's teams are said to take part in: a lead's, else one that two or more members
 * share (a single member's other programme, "모아젠은 2025년 X 사업에 참여한 경험이 있다", says nothing of the table).
 */
function joinedByTeams(table: ConsortiumRow[], joined: Map<string, Set<string>>): Set<string> {
  const byLeads = sharedBy(table.map((r) => joined.get(r.lead.key) ?? new Set<string>()), Math.min(2, table.length));
  if (byLeads.size) return byLeads;
  return sharedBy(table.flatMap((r) => r.members.map((m) => joined.get(m.key) ?? new Set<string>())), 2);
}

/** The programmes at least `n` of these sets hold. */
function sharedBy(sets: Set<string>[], n: number): Set<string> {
  const count = new Map<string, number>();
  for (const set of sets) for (const p of set) count.set(p, (count.get(p) ?? 0) + 1);
  return new Set([...count].filter(([, k]) => k >= n).map(([p]) => p));
}
