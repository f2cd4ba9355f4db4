/** Gold graphs (test/spec/seed-expected.json and test/fixtures/gold/*.json): types, schema, checks. */
import fs from 'node:fs';
import { z } from 'zod';
import { EDGE_ENDPOINTS, EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../graph/index.js';
import { InputError } from '../errors/index.js';

const goldEntitySchema = z
  .object({
    type: z.enum(NODE_TYPES),
    names: z.array(z.string().min(1)).min(1),
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    anonymousDeveloper: z.string().min(1).optional(),
  })
  .strict();

const goldEdgeSchema = z
  .object({
    type: z.enum(EDGE_TYPES),
    source: z.string().min(1),
    target: z.string().min(1),
    score: z.number().finite().optional(),
    title: z.string().min(1).optional(),
  })
  .strict();

const goldAttributeSchema = z
  .object({
    entity: z.string().min(1),
    property: z.enum(['country', 'parameters', 'fromScratch', 'openSource', 'releasedOn']),
    value: z.union([z.string().min(1), z.number().finite(), z.boolean()]),
  })
  .strict();

export const goldGraphSchema = z
  .object({
    article: z.string().min(1).optional(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    entities: z.record(z.string(), goldEntitySchema),
    optionalEntities: z.record(z.string(), goldEntitySchema).optional(),
    edges: z.array(goldEdgeSchema),
    optionalEdges: z.array(goldEdgeSchema).optional(),
    attributes: z.array(goldAttributeSchema).optional(),
    /** The annotator's reasons for hard calls: read by people, ignored by the scorer. */
    notes: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict();

export interface GoldEntity {
  type: NodeType;
  names: string[];
  country?: string;
  /** A model without a name of its own, matched through its developer's DEVELOPED edge. */
  anonymousDeveloper?: string;
}

export interface GoldEdge {
  type: EdgeType;
  source: string;
  target: string;
  score?: number;
  title?: string;
}

export interface GoldAttribute {
  entity: string;
  property: string;
  value: string | number | boolean;
}

export interface GoldGraph {
  article?: string;
  publishedAt?: string;
  entities: Record<string, GoldEntity>;
  optionalEntities?: Record<string, GoldEntity>;
  edges: GoldEdge[];
  optionalEdges?: GoldEdge[];
  attributes?: GoldAttribute[];
}


const ATTRIBUTE_OWNER: Record<string, NodeType> = {
  country: 'Company',
  parameters: 'Model',
  fromScratch: 'Model',
  openSource: 'Model',
  releasedOn: 'Model',
};

/** Problems beyond the schema: dangling references, wrong endpoint types, edges listed twice. */
export function checkGoldGraph(gold: GoldGraph): string[] {
  const problems: string[] = [];
  const all = new Map<string, GoldEntity>(Object.entries(gold.entities));
  for (const [k, e] of Object.entries(gold.optionalEntities ?? {})) {
    if (all.has(k)) problems.push(`entity "${k}" is both core and optional`);
    all.set(k, e);
  }
  for (const [k, e] of all) {
    if (e.anonymousDeveloper && all.get(e.anonymousDeveloper)?.type !== 'Company') {
      problems.push(`entity "${k}": anonymousDeveloper "${e.anonymousDeveloper}" is not a Company entity`);
    }
  }
  const seen = new Set<string>();
  const lists: [string, GoldEdge[]][] = [['edges', gold.edges], ['optionalEdges', gold.optionalEdges ?? []]];
  for (const [list, edges] of lists) {
    for (const e of edges) {
      const label = `${list}: ${e.type} ${e.source} -> ${e.target}`;
      const [from, to] = EDGE_ENDPOINTS[e.type];
      const s = all.get(e.source);
      const d = all.get(e.target);
      if (!s) problems.push(`${label}: unknown source`);
      else if (s.type !== from) problems.push(`${label}: source is ${s.type}, expected ${from}`);
      if (!d) problems.push(`${label}: unknown target`);
      else if (d.type !== to) problems.push(`${label}: target is ${d.type}, expected ${to}`);
      if (e.source === e.target) problems.push(`${label}: loop`);
      if (e.type === 'SCORED' && list === 'edges' && e.score === undefined) problems.push(`${label}: no score`);
      if (e.type !== 'SCORED' && e.score !== undefined) problems.push(`${label}: only SCORED edges have a score`);
      if (e.type !== 'WORKS_FOR' && e.title !== undefined) problems.push(`${label}: only WORKS_FOR edges have a title`);
      const [a, b] = e.type === 'PARTNERS_WITH' && e.source > e.target ? [e.target, e.source] : [e.source, e.target];
      const key = `${e.type}|${a}|${b}`;
      if (seen.has(key)) problems.push(`${label}: listed twice`);
      seen.add(key);
    }
  }
  for (const a of gold.attributes ?? []) {
    const e = gold.entities[a.entity];
    if (!e) problems.push(`attribute ${a.entity}.${a.property}: not a core entity`);
    else if (e.type !== ATTRIBUTE_OWNER[a.property]) problems.push(`attribute ${a.entity}.${a.property}: ${e.type} has no ${a.property}`);
  }
  return problems;
}

/** Reads and schema-checks one gold file; throws an InputError naming the file and the problem. */
export function readGoldFile(file: string): GoldGraph {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e: unknown) {
    throw new InputError(file, `cannot read gold graph: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = goldGraphSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, `bad gold graph at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as GoldGraph;
}
