/** Gold graphs in the format of test/spec/seed-expected.json (what the scorer reads). */
import type { GoldEdge, GoldEntity } from '../../eval/index.js';

export type { GoldEdge, GoldEntity };

/** An attribute of a generated gold graph: only the properties the scorer reads. */
export interface GoldAttribute {
  entity: string;
  property: 'country' | 'parameters' | 'fromScratch' | 'openSource' | 'releasedOn';
  value: string | number | boolean;
}

export interface GoldGraph {
  article: string;
  publishedAt: string;
  entities: Record<string, GoldEntity>;
  optionalEntities: Record<string, GoldEntity>;
  edges: GoldEdge[];
  optionalEdges: GoldEdge[];
  attributes: GoldAttribute[];
}

/** Every key a gold graph's edges and attributes point at that is not one of its own entities. */
export function danglingKeys(gold: GoldGraph): string[] {
  const own = new Set([...Object.keys(gold.entities), ...Object.keys(gold.optionalEntities)]);
  const refs = [
    ...gold.edges.flatMap((e) => [e.source, e.target]),
    ...gold.optionalEdges.flatMap((e) => [e.source, e.target]),
    ...gold.attributes.map((a) => a.entity),
  ];
  return [...new Set(refs.filter((k) => !own.has(k)))];
}
