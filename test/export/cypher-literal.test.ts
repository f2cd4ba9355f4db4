import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cypherKey, cypherMap, cypherNumber, cypherSchemaStatements, cypherString, toCypherScript } from '../../src/export/index.js';
import { schemaStatements } from '../../src/store/neo4j/schema.js';
import { GraphFormatError } from '../../src/errors/index.js';
import { readCypherString, skeletonOf } from './cypher-lexer.js';
import { HOSTILE_NAMES, hostileGraph } from './fixtures.js';

describe('cypherString', () => {
  it.each(HOSTILE_NAMES.map((s) => [s]))('%j reads back as itself and closes only at its end', (s) => {
    const lit = cypherString(s);
    const read = readCypherString(lit);
    expect(read.value).toBe(s);
    expect(read.end).toBe(lit.length);
    expect(lit).not.toMatch(/[\n\r\u2028\u2029\u0000]/);
  });

  it.each([
    ["'}) DETACH DELETE n //", "'\\'}) DETACH DELETE n //'"],
    ['a\\b', "'a\\\\b'"],
    ['say "hi"', "'say \\\"hi\\\"'"],
    ['줄\n바꿈', "'줄\\n바꿈'"],
    ['\u0001\u2028', "'\\u0001\\u2028'"],
    ['한국어 🤖', "'한국어 🤖'"],
  ])('%j is written as %s', (s, expected) => {
    expect(cypherString(s)).toBe(expected);
  });

  it('any string, controls and lone surrogates included, reads back exactly and never ends early', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const lit = cypherString(s);
        const read = readCypherString(lit);
        return read.value === s && read.end === lit.length && !/[\n\r]/.test(lit);
      }),
      { numRuns: 2000 },
    );
  });

  it('strings built from quote, backslash and comment pieces cannot break out', () => {
    const piece = fc.constantFrom("'", '"', '\\', '\\\\', '//', '/*', '*/', '})', ';', '\n', '`', 'u0027', 'DETACH DELETE n', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (s) => {
        const statement = `RETURN ${cypherString(s)} AS s`;
        return skeletonOf(statement) === "RETURN '…' AS s" && readCypherString(statement, 7).value === s;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cypherNumber, cypherKey, cypherMap', () => {
  it.each([
    [7_000_000_000, '7000000000'],
    [61.7, '61.7'],
    [-0.5, '-0.5'],
    [1e21, '1e21'],
    [2 ** 60, '1152921504606847000.0'],
    [1e-7, '1e-7'],
    [Number.NaN, 'null'],
    [Number.POSITIVE_INFINITY, 'null'],
  ])('%d → %s', (n, expected) => {
    expect(cypherNumber(n)).toBe(expected);
  });

  it.each([
    ['country', 'country'],
    ['released_on', 'released_on'],
    ['a-b', 'a_b'],
    ['1x', '_1x'],
    ['`x` DELETE', '_x__DELETE'],
    ['이름', '__'],
  ])('key %j → %s', (k, expected) => {
    expect(cypherKey(k)).toBe(expected);
  });

  it('writes maps and lists with every value as a literal, dropping undefined', () => {
    const map = cypherMap({ name: "O'Reilly", aliases: ['a', 'b\n'], n: 3, ok: true, gone: undefined, none: null });
    expect(map).toBe("{name: 'O\\'Reilly', aliases: ['a', 'b\\n'], n: 3, ok: true, none: null}");
  });
});

describe('toCypherScript', () => {
  const DATA_STATEMENT =
    /^MATCH \(m:KgMeta \{key: '…'\}\) WITH m, m\.next AS base SET m\.next = base \+ \d+ WITH base UNWIND \[(.*)\] AS row ((?:MERGE|MATCH) .*);$/;
  /** True when a skeleton fragment is data only: maps, lists, keys, numbers, booleans, null and literals. */
  const isDataOnly = (s: string) =>
    s
      .replace(/'…'/g, '')
      .replace(/[A-Za-z_][A-Za-z0-9_]*:/g, '')
      .replace(/\b(true|false|null)\b/g, '')
      .replace(/-?\d+(\.\d+)?(e-?\d+)?/g, '')
      .replace(/[\s{}[\],]/g, '') === '';

  it('has the schema statements, then data statements whose rows hold only data, whatever the names hold', () => {
    const script = toCypherScript(hostileGraph());
    const statements = script.split('\n').filter((l) => l !== '' && !l.startsWith('//'));
    const schema = cypherSchemaStatements().map((s) => `${s};`);
    expect(statements.slice(0, schema.length)).toEqual(schema);
    expect(statements[schema.length]).toBe("MERGE (m:KgMeta {key: 'sequence'}) ON CREATE SET m.next = 0;");
    const data = statements.slice(schema.length + 1);
    expect(data.length).toBeGreaterThanOrEqual(6);
    for (const statement of data) {
      const match = DATA_STATEMENT.exec(skeletonOf(statement));
      expect(match, statement.slice(0, 200)).not.toBeNull();
      expect(isDataOnly(match![1]!), match![1]).toBe(true);
      expect(match![2]).not.toMatch(/DELETE|REMOVE|CALL|LOAD|DROP|'…'/);
    }
  });

  it('the data-only check itself spots a statement fragment', () => {
    expect(isDataOnly("{i: 0, id: '…', props: {n: 1.5, ok: true}, xs: ['…', null]}")).toBe(true);
    expect(isDataOnly("{id: '…'}) DETACH DELETE n //")).toBe(false);
  });

  it('uses the Neo4j store\'s own schema', () => {
    expect(cypherSchemaStatements()).toEqual(schemaStatements());
    expect(cypherSchemaStatements().some((s) => /^CREATE CONSTRAINT kg_company_id IF NOT EXISTS/.test(s))).toBe(true);
  });

  it('carries every name, alias and evidence entry as a literal', () => {
    const graph = hostileGraph();
    const script = toCypherScript(graph);
    const values = new Set<string>();
    for (const line of script.split('\n')) {
      for (let i = line.indexOf("'"); i >= 0; ) {
        const lit = readCypherString(line, i);
        values.add(lit.value);
        i = line.indexOf("'", lit.end);
      }
    }
    for (const node of graph.nodes) {
      expect(values).toContain(node.name);
      for (const alias of node.aliases) expect(values).toContain(alias);
    }
    for (const edge of graph.edges) for (const ev of edge.evidence) expect(values).toContain(JSON.stringify(ev));
  });

  it('refuses a node or edge type outside NODE_TYPES / EDGE_TYPES, and property names the store reserves', () => {
    const graph = hostileGraph();
    const badNode = { ...graph, nodes: [...graph.nodes, { ...graph.nodes[0]!, id: 'x', type: 'Company) DETACH DELETE n //' as never }] };
    expect(() => toCypherScript(badNode)).toThrow(GraphFormatError);
    const badEdge = { ...graph, edges: [{ ...graph.edges[0]!, type: 'KNOWS]->() DETACH DELETE n //' as never }] };
    expect(() => toCypherScript(badEdge)).toThrow(/unknown edge type/);
    const reserved = { ...graph, nodes: [{ ...graph.nodes[0]!, properties: { seq: 1 } }] };
    expect(() => toCypherScript(reserved)).toThrow(/reserved/);
  });
});
