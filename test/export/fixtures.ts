/**
 * A small graph whose names and sentences carry markup, quotes, Cypher and XML fragments,
 * controls and non-BMP characters: what an exporter must carry through unchanged.
 */
import { makeEdgeId, type GraphDocument, type GraphNode } from '../../src/graph/index.js';

export const HOSTILE_NAMES = [
  "'}) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "\\'}) DETACH DELETE n //",
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  'AT&T ]]> <![CDATA[ x ]]>',
  '줄\n바꿈\r\n탭\t끝',
  'back\\slash \\u0027 \\n',
  '`tick` $param {map}',
  'emoji 🤖 and 𝔘 and \u2028 sep \u0000 nul',
  '믿:음 2.0',
] as const;

/** Nodes named with {@link HOSTILE_NAMES}, chained by edges whose evidence quotes them. */
export function hostileGraph(prefix = 'test'): GraphDocument {
  const articleId = `article:${prefix}0001`;
  const nodes: GraphNode[] = HOSTILE_NAMES.map((name, i) => ({
    id: `${i % 2 === 0 ? 'company' : 'model'}:${prefix}-${i}`,
    type: i % 2 === 0 ? ('Company' as const) : ('Model' as const),
    name,
    aliases: [`${name} alias`, "O'Reilly"],
    properties: i % 2 === 0 ? { country: i % 4 === 0 ? 'KR' : 'US', parent: 'not-a-compound' } : { parameters: 7_000_000_000 + i, openSource: i % 3 === 0, family: 'x"y' },
  }));
  nodes.push({ id: `benchmark:${prefix}-kmmlu`, type: 'Benchmark', name: 'KMMLU <&> \'', aliases: [], properties: {} });
  const evidence = (a: string, b: string, i: number) => [
    { articleId, sentence: `${a}이(가) ${b}을(를) 만들었다.`, start: i * 10, end: i * 10 + 9, rule: 'test.rule', confidence: 1 },
    { articleId, sentence: `둘째 <b>문장</b> & "${b}"`, start: 500 + i, end: 520 + i, rule: 'test.other', confidence: 0.85 },
  ];
  const edges: GraphDocument['edges'] = [];
  for (let i = 1; i < nodes.length; i += 2) {
    const model = nodes[i]!;
    const company = nodes[i - 1]!;
    edges.push({ id: makeEdgeId('DEVELOPED', company.id, model.id), type: 'DEVELOPED', source: company.id, target: model.id, properties: {}, evidence: evidence(company.name, model.name, i) });
    const base = nodes[i - 2];
    if (base) {
      edges.push({ id: makeEdgeId('BASED_ON', model.id, base.id), type: 'BASED_ON', source: model.id, target: base.id, properties: { status: 'stated' }, evidence: evidence(model.name, base.name, i) });
    }
  }
  edges.push({ id: makeEdgeId('PARTNERS_WITH', nodes[0]!.id, nodes[2]!.id), type: 'PARTNERS_WITH', source: nodes[0]!.id, target: nodes[2]!.id, properties: {}, evidence: evidence(nodes[0]!.name, nodes[2]!.name, 99) });
  edges.push({ id: makeEdgeId('SCORED', nodes[1]!.id, nodes[nodes.length - 1]!.id), type: 'SCORED', source: nodes[1]!.id, target: nodes[nodes.length - 1]!.id, properties: { score: 61.7 }, evidence: evidence(nodes[1]!.name, 'KMMLU', 98) });
  return {
    version: 1,
    articles: [{ id: articleId, title: '<i>제목</i> & "따옴표"', url: 'https://example.com/a?x=1&y=<2>', publishedAt: '2025-07-14', sha256: '0'.repeat(64) }],
    nodes,
    edges,
  };
}
