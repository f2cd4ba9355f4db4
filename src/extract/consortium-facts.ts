/**
 * Facts from consortium tables (engine/consortium-table.ts): each lead partners with each of its
 * member companies; the rows are teams of one programme, so when the article says any of them takes
 * part in exactly one programme, every lead does (members follow their lead, see addConsortiumMembers).
 * The model column is what the lead develops.
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
  else for (const r of table) for (const m of [r.lead, ...r.members]) for (const p of joined.get(m.key) ?? []) programmes.add(p);
  if (programmes.size === 0 && named.length === 1) programmes.add(named[0]!);
  for (const row of table) {
    for (const m of row.members) out.push({ relation: 'PARTNERS_WITH', source: row.lead, target: m, rule: 'partners.consortium-table', confidence: 0.75, row });
    if (programmes.size === 1) out.push({ relation: 'PARTICIPATES_IN', source: row.lead, target: [...programmes][0]!, rule: 'participates.consortium-table', confidence: 0.7, row });
    if (row.model && !row.uses) out.push({ relation: 'DEVELOPED', source: row.lead, target: row.model, rule: 'developed.consortium-table', confidence: 0.7, row });
    if (row.model && row.owner) out.push({ relation: 'DEVELOPED', source: row.owner, target: row.model, rule: 'developed.consortium-table-owner', confidence: 0.7, row });
    if (row.model && row.base && !row.uses) out.push({ relation: 'BASED_ON', source: row.model, target: row.base, rule: 'based.consortium-table', confidence: 0.7, row });
  }
  return out;
}
