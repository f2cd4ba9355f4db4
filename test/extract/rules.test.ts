/**
 * Table-driven tests, one or more rows per rule id: a sentence, the facts it must give and the
 * facts it must not give. Sentences are written for these tests in varied phrasings; the rows live in
 * ./rule-rows, one file per rule family.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/extract/index.js';
import { factsOf } from './helpers.js';
import { developedRows } from './rule-rows/developed.js';
import { basedOnRows } from './rule-rows/based-on.js';
import { r59cRows } from './rule-rows/r59c.js';
import { fix223Rows } from './rule-rows/fix223.js';
import { r63bRows } from './rule-rows/r63b.js';
import { basedOnDerivedRows } from './rule-rows/based-on-derived.js';
import { basedOnTeacherRows } from './rule-rows/based-on-teachers.js';
import { basedOnItemRows } from './rule-rows/based-on-items.js';
import { basedOnEnglishRows } from './rule-rows/based-on-english.js';
import { basedOnLineRows } from './rule-rows/based-on-lines.js';
import { scoredRows } from './rule-rows/scored.js';
import { clauseRows } from './rule-rows/clause.js';
import { succeedsRows } from './rule-rows/succeeds.js';
import { worksForRows } from './rule-rows/works-for.js';
import { worksForMoveRows } from './rule-rows/works-for-moves.js';
import { participatesRows } from './rule-rows/participates.js';
import { participatesRoundRows } from './rule-rows/participates-rounds.js';
import { partnersRows } from './rule-rows/partners.js';
import { promotesRows } from './rule-rows/promotes.js';
import { r53cRows } from './rule-rows/r53c.js';
import { r55bRows } from './rule-rows/r55b.js';
import { r54cRows } from './rule-rows/r54c.js';
import { r55cRows } from './rule-rows/r55c.js';
import { r54bRows } from './rule-rows/r54b.js';
import { r54aRows } from './rule-rows/r54a.js';
import { r55dRows } from './rule-rows/r55d.js';
import { r56dRows } from './rule-rows/r56d.js';
import { r57aRows } from './rule-rows/r57a.js';
import { fix201Rows } from './rule-rows/fix201.js';
import { r55aRows } from './rule-rows/r55a.js';
import { fix204Rows } from './rule-rows/fix204.js';
import { fix205Rows } from './rule-rows/fix205.js';
import { fix202Rows } from './rule-rows/fix202.js';
import { fix211Rows } from './rule-rows/fix211.js';
import { fix210Rows } from './rule-rows/fix210.js';
import { fix215Rows } from './rule-rows/fix215.js';
import { fix203Rows } from './rule-rows/fix203.js';
import { r56aRows } from './rule-rows/r56a.js';
import { r56cRows } from './rule-rows/r56c.js';
import { fix206Rows } from './rule-rows/fix206.js';
import { r57cRows } from './rule-rows/r57c.js';
import { r58aRows } from './rule-rows/r58a.js';
import { r58eRows } from './rule-rows/r58e.js';
import { r59aRows } from './rule-rows/r59a.js';
import { fix209Rows } from './rule-rows/fix209.js';
import { fix208Rows } from './rule-rows/fix208.js';
import { fix212Rows } from './rule-rows/fix212.js';
import { r59bRows } from './rule-rows/r59b.js';
import { fix216Rows } from './rule-rows/fix216.js';
import { fix222Rows } from './rule-rows/fix222.js';
import { r62dRows } from './rule-rows/r62d.js';
import { r63cRows } from './rule-rows/r63c.js';
import { r58dRows } from './rule-rows/r58d.js';
import { r59dRows } from './rule-rows/r59d.js';
import { fix218Rows } from './rule-rows/fix218.js';
import { r61bRows } from './rule-rows/r61b.js';
import { r62bRows } from './rule-rows/r62b.js';
import { fix227Rows } from './rule-rows/fix227.js';
import { r63aRows } from './rule-rows/r63a.js';
import { fix229Rows } from './rule-rows/fix229.js';
import type { Row } from './rule-rows/row.js';

/** Every row, from the tables in ./rule-rows (one file per rule family). */
const rows: Row[] = [
  ...developedRows,
  ...basedOnRows,
  ...basedOnDerivedRows,
  ...basedOnTeacherRows,
  ...basedOnItemRows,
  ...basedOnEnglishRows,
  ...basedOnLineRows,
  ...scoredRows,
  ...clauseRows,
  ...succeedsRows,
  ...worksForRows,
  ...worksForMoveRows,
  ...participatesRows,
  ...participatesRoundRows,
  ...partnersRows,
  ...promotesRows,
  ...r53cRows,
  ...r55bRows,
  ...r54cRows,
  ...r55cRows,
  ...r55dRows,
  ...r56dRows,
  ...r57aRows,
  ...r54bRows,
  ...r54aRows,
  ...fix201Rows,
  ...r55aRows,
  ...fix204Rows,
  ...fix205Rows,
  ...fix202Rows,
  ...fix211Rows,
  ...fix210Rows,
  ...fix215Rows,
  ...fix203Rows,
  ...r56aRows,
  ...r56cRows,
  ...fix206Rows,
  ...r57cRows,
  ...r58aRows,
  ...r58eRows,
  ...r59aRows,
  ...fix209Rows,
  ...fix208Rows,
  ...fix212Rows,
  ...r59bRows,
  ...fix216Rows,
  ...fix222Rows,
  ...r62dRows,
  ...r63cRows,
  ...r58dRows,
  ...r59cRows,
  ...r59dRows,
  ...fix218Rows,
  ...r61bRows,
  ...r62bRows,
  ...fix223Rows,
  ...r63bRows,
  ...fix227Rows,
  ...r63aRows,
  ...fix229Rows,
];

describe('rule data', () => {
  it('every pattern rule id has at least one row here', () => {
    const ids = loadRules().patterns.map((p) => p.id);
    const tested = new Set(rows.map((r) => r.rule));
    expect(ids.filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe.each(rows.map((r, i) => ({ ...r, name: `${r.rule} #${i}` })))('$name', (row) => {
  it(row.sentence, () => {
    const { facts, graph } = factsOf(row.sentence);
    for (const f of row.expect ?? []) expect(facts).toContain(f);
    for (const f of row.absent ?? []) expect(facts).not.toContain(f);
    for (const p of row.props ?? []) {
      const [fact, value] = p.split('=') as [string, string];
      const edge = graph.edges[facts.indexOf(fact)]!;
      expect(String(edge.properties.score ?? edge.properties.title)).toBe(value);
    }
  });
});
