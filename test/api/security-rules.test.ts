import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createAliasLimitRule, createCostLimitRule, createDepthLimitRule, readLimits } from '../../src/api/security/index.js';

const schema = buildSchema(`
  type Item { name: String tags: [String!]! children(first: Int): [Item!]! parent: Item }
  type ItemConnection { nodes: [Item!]! totalCount: Int! }
  type Query { item: Item items(first: Int = 20): ItemConnection! all: [Item!]! }
`);

function errorsOf(rule: ReturnType<typeof createDepthLimitRule>, query: string) {
  return validate(schema, parse(query), [rule]).map((e) => ({ message: e.message, code: e.extensions.code, measured: e.extensions.measured }));
}

const nest = (field: string, levels: number, leaf = 'name') => `${`${field} { `.repeat(levels)}${leaf}${' }'.repeat(levels)}`;

describe('depth limit rule', () => {
  it.each([
    ['a flat query', '{ item { name } }', 2],
    ['nested fields', `{ ${nest('item', 1, nest('parent', 4))} }`, 6],
    ['through a fragment', '{ item { ...F } } fragment F on Item { parent { parent { name } } }', 4],
    ['through an inline fragment', '{ item { ... on Item { parent { name } } } }', 3],
    ['introspection not counted', '{ __schema { types { fields { type { ofType { ofType { name } } } } } } item { name } }', 2],
  ])('measures %s', (_label, query, depth) => {
    expect(errorsOf(createDepthLimitRule(depth), query)).toEqual([]);
    expect(errorsOf(createDepthLimitRule(depth - 1), query)).toEqual([
      { message: `Query depth ${depth} exceeds the limit of ${depth - 1}`, code: 'QUERY_TOO_DEEP', measured: depth },
    ]);
  });

  it('names the operation when it has a name', () => {
    const [e] = errorsOf(createDepthLimitRule(2), `query Deep { ${nest('item', 1, nest('parent', 3))} }`);
    expect(e?.message).toBe('Operation "Deep": query depth 5 exceeds the limit of 2');
  });

  it('measures a fragment spread many times once (linear time)', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Item { parent { ...F${i + 1} ...F${i + 1} } }`).join('\n');
    const query = `{ item { ...F0 } }\n${fragments}\nfragment F30 on Item { name }`;
    const started = performance.now();
    const errors = errorsOf(createDepthLimitRule(12), query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors[0]?.measured).toBe(32);
  });
});

describe('alias limit rule', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: item { name }`).join(' ')} }`;
  it('lets the limit through and refuses one more', () => {
    expect(errorsOf(createAliasLimitRule(100), aliased(100))).toEqual([]);
    expect(errorsOf(createAliasLimitRule(100), aliased(500))).toEqual([
      { message: 'Query uses 500 aliases, more than the limit of 100', code: 'TOO_MANY_ALIASES', measured: 500 },
    ]);
  });
  it('counts aliases inside fragments too', () => {
    const q = '{ item { ...F } } fragment F on Item { x: name y: name z: name }';
    expect(errorsOf(createAliasLimitRule(2), q)[0]?.measured).toBe(3);
  });
});

describe('cost limit rule', () => {
  const costOf = (query: string, variables?: Record<string, unknown>) => {
    const errors = validate(schema, parse(query), [createCostLimitRule({ max: 0, defaultListSize: 10, variables })]);
    return errors[0]?.extensions.measured;
  };
  it.each([
    ['one field', '{ item { name } }', 2],
    ['scalar lists cost 1', '{ item { tags } }', 2],
    ['a list with no size multiplies by the default', '{ all { name } }', 1 + 10 * 1],
    ['a list with first', '{ item { children(first: 3) { name } } }', 1 + (1 + 3 * 1)],
    ['a connection takes first from the field above', '{ items(first: 50) { totalCount nodes { name } } }', 1 + 1 + (1 + 50 * 1)],
    ['a connection uses the schema default for first', '{ items { nodes { name } } }', 1 + (1 + 20 * 1)],
    ['nested lists multiply', '{ all { children { children(first: 2) { name } } } }', 1 + 10 * (1 + 10 * (1 + 2 * 1))],
    ['fragments are followed', '{ all { ...F } } fragment F on Item { name parent { name } }', 1 + 10 * (1 + 2)],
    ['introspection is free', '{ __typename __schema { types { name } } item { name } }', 2],
  ])('%s', (_label, query, cost) => {
    expect(costOf(query)).toBe(cost);
  });
  it('reads first from the variables', () => {
    const q = 'query($n: Int) { items(first: $n) { nodes { name } } }';
    expect(costOf(q, { n: 5 })).toBe(1 + 1 + 5);
    expect(costOf(q, { n: 400 })).toBe(1 + 1 + 400);
  });
  it('refuses above the limit with a message saying how cost is counted', () => {
    const [e] = validate(schema, parse('{ all { children { children { name } } } }'), [createCostLimitRule({ max: 500, defaultListSize: 10 })]);
    expect(e?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(e?.message).toMatch(/^Query cost 1111 exceeds the limit of 500 \(each field costs 1; a list field multiplies/);
  });
});

describe('limits from the environment', () => {
  it('reads KG_API_* overrides and refuses bad values by name', () => {
    expect(readLimits({}, { KG_API_MAX_DEPTH: '7' }).maxDepth).toBe(7);
    expect(readLimits({ maxDepth: 3 }, { KG_API_MAX_DEPTH: '7' }).maxDepth).toBe(3);
    expect(() => readLimits({}, { KG_API_MAX_COST: 'lots' })).toThrow('KG_API_MAX_COST: must be a positive whole number, got "lots"');
  });
});
