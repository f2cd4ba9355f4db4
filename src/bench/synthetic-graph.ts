import { makeEdgeId, makeNodeId, type ArticleRecord, type EdgeType, type GraphDocument, type GraphEdge, type GraphNode } from '../graph/index.js';

/** A small deterministic PRNG (mulberry32), so the same size gives the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['KR', 'KR', 'KR', 'US', 'CN', 'FR', 'JP'];

/**
 * A synthetic graph shaped like the real one (companies developing models, models based on
 * earlier models and scored on benchmarks, people working for companies, partnerships), with
 * about `relationships` edges, each with one evidence entry. Deterministic for a given size.
 */
export function syntheticGraph(relationships: number, seed = 42): GraphDocument {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Per model: 1 DEVELOPED + ~0.67 BASED_ON + 2 SCORED; plus people and partnerships (~0.45 per model).
  const models = Math.max(10, Math.ceil(relationships / 4.1));
  const companies = Math.max(3, Math.ceil(models / 15));
  const people = Math.ceil(models / 3);
  const benchmarks = 200;
  const articles: ArticleRecord[] = Array.from({ length: Math.max(1, Math.ceil(models / 30)) }, (_, i) => {
    const hex = i.toString(16).padStart(12, '0');
    return { id: `article:${hex}`, title: `synthetic article ${i}`, publishedAt: '2025-07-14', sha256: hex.repeat(6).slice(0, 64) };
  });
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const add = (type: GraphNode['type'], name: string, aliases: string[], properties: GraphNode['properties']): GraphNode => {
    const n: GraphNode = { id: makeNodeId(type, name), type, name, aliases, properties };
    nodes.push(n);
    return n;
  };
  let offset = 0;
  const link = (type: EdgeType, s: GraphNode, t: GraphNode, properties: GraphEdge['properties'] = {}): void => {
    const articleId = pick(articles).id;
    const start = (offset += 97) % 50_000;
    edges.push({
      id: makeEdgeId(type, s.id, t.id),
      type,
      source: s.id,
      target: t.id,
      properties,
      evidence: [{ articleId, sentence: `${s.name} ${type} ${t.name}.`, start, end: start + 40, rule: `synthetic.${type.toLowerCase()}`, confidence: 0.8 }],
    });
  };
  const cs = Array.from({ length: companies }, (_, i) => add('Company', `Company ${i}`, [`C${i}`], { country: pick(COUNTRIES) }));
  const bs = Array.from({ length: benchmarks }, (_, i) => add('Benchmark', `Bench ${i}`, [], {}));
  const ms: GraphNode[] = [];
  for (let i = 0; i < models; i++) {
    const m = add('Model', `Model ${i}`, [`M-${i}`], {
      parameters: Math.floor(rnd() * 100) * 1e9,
      openSource: rnd() < 0.5,
      fromScratch: rnd() < 0.3,
      releasedOn: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    });
    link('DEVELOPED', pick(cs), m);
    if (i > 0 && rnd() < 0.67) link('BASED_ON', m, ms[Math.floor(rnd() * i)]!, { status: 'stated' });
    const b1 = Math.floor(rnd() * benchmarks);
    link('SCORED', m, bs[b1]!, { score: Math.round(rnd() * 1000) / 10 });
    link('SCORED', m, bs[(b1 + 1 + Math.floor(rnd() * (benchmarks - 1))) % benchmarks]!, { score: Math.round(rnd() * 1000) / 10 });
    ms.push(m);
  }
  for (let i = 0; i < people; i++) link('WORKS_FOR', add('Person', `Person ${i}`, [], {}), pick(cs), { title: 'CEO' });
  const partners = new Set<string>();
  for (let i = 0; i < models / 8; i++) {
    const a = pick(cs);
    const b = pick(cs);
    const id = makeEdgeId('PARTNERS_WITH', a.id, b.id);
    if (a === b || partners.has(id)) continue;
    partners.add(id);
    const [s, t] = a.id < b.id ? [a, b] : [b, a];
    link('PARTNERS_WITH', s, t);
  }
  return { version: 1, articles, nodes, edges };
}
