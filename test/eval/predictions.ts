/** Test helpers: predicted graphs built from gold graphs, perfect or perturbed (reproducibly). */
import { Prng } from '../../src/bench/corpus/prng.js';
import type { GoldGraph, PredictedGraph } from '../../src/eval/index.js';

export type Node = NonNullable<PredictedGraph['nodes']>[number];
export type Edge = NonNullable<PredictedGraph['edges']>[number];
export const node = (id: string, type: string, name: string, aliases: string[] = [], properties: Record<string, unknown> = {}): Node => ({ id, type, name, aliases, properties });
export const edge = (type: string, source: string, target: string, properties: Record<string, unknown> = {}): Edge => ({ type, source, target, properties });

/** The prediction a perfect extractor would make, then perturbed at the given level (0 = none). */
export function predictionFor(gold: GoldGraph, level: number, seed: number): PredictedGraph {
  const prng = new Prng(seed);
  const rnd = (): number => prng.next();
  const chance = (p: number): boolean => rnd() < p * level;
  const entities = { ...gold.entities, ...(level >= 2 ? gold.optionalEntities : {}) };
  const nodes: Node[] = [];
  for (const [k, e] of Object.entries(entities)) {
    if (chance(0.15)) continue; // dropped
    const props: Record<string, unknown> = {};
    for (const a of gold.attributes ?? []) if (a.entity === k) props[a.property] = a.value;
    if (chance(0.1)) for (const p of Object.keys(props)) props[p] = typeof props[p] === 'number' ? (props[p] as number) * 1.02 : typeof props[p] === 'boolean' ? !props[p] : `${String(props[p])}x`.replace(/^\d{4}/, '1999');
    const useAlias = e.names.length > 1 && chance(0.3);
    const name = e.anonymousDeveloper && chance(0.5) ? `무명 모델 ${k}` : useAlias ? e.names[e.names.length - 1]! : e.names[0]!;
    const type = chance(0.05) ? (e.type === 'Model' ? 'Benchmark' : 'Model') : e.type;
    nodes.push(node(`n:${k}`, type, name, e.names.filter((n) => n !== name).slice(0, useAlias ? 1 : 3), props));
    if (chance(0.08)) nodes.push(node(`dup:${k}`, e.type, e.names[0]!, []));
  }
  if (level) nodes.push(node('n:false', 'Company', '가짜 회사'), node('n:other', 'Place', '서초구'));
  const ids = nodes.map((n) => n.id);
  const edges: Edge[] = [];
  const goldEdges = [...gold.edges, ...(level >= 2 ? gold.optionalEdges ?? [] : [])];
  for (const g of goldEdges) {
    if (chance(0.15)) continue;
    const props: Record<string, unknown> = g.score === undefined ? {} : { score: chance(0.2) ? g.score + 0.5 : g.score };
    const [s, d] = g.type === 'PARTNERS_WITH' && chance(0.5) ? [g.target, g.source] : chance(0.05) ? [g.target, g.source] : [g.source, g.target];
    edges.push(edge(g.type, `n:${s}`, `n:${d}`, props));
    if (chance(0.1)) edges.push(edge(g.type, `n:${s}`, `n:${d}`, props));
  }
  const types = ['DEVELOPED', 'BASED_ON', 'SCORED', 'PARTNERS_WITH', 'WORKS_FOR', 'PARTICIPATES_IN', 'PROMOTES', 'SUCCEEDS', 'MENTIONS'];
  for (let i = 0; i < 4 * level; i++) {
    const pick = (): string => ids[Math.floor(rnd() * ids.length)] ?? 'n:false';
    edges.push(edge(types[Math.floor(rnd() * types.length)]!, pick(), pick(), { score: Math.round(rnd() * 1000) / 10 }));
  }
  for (const g of Object.entries(entities).filter(([, e]) => e.anonymousDeveloper)) {
    edges.push(edge('DEVELOPED', `n:${g[1].anonymousDeveloper}`, `n:${g[0]}`));
  }
  return { nodes, edges };
}
