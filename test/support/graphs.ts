/**
 * Graphs for tests. `seedGraph()` is the real thing: the seed article run through the extraction
 * pipeline (src/pipeline). `seedExpectedGraph()` is a stand-in built from test/spec/seed-expected.json
 * (the gold graph) with evidence sentences looked up in the seed page, for work on the API while
 * the pipeline is not there; tests that need the real graph must fail loudly when they get it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import {
  makeArticleId,
  makeEdgeId,
  makeNodeId,
  normalizeName,
  type EdgeType,
  type GraphDocument,
  type GraphEdge,
  type GraphNode,
  type NodeType,
} from '../../src/graph/index.js';
import { parseArticle } from '../../src/parse/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_DIR = path.join(root, 'seed');
export const SEED_FILE = path.join(SEED_DIR, readdirSync(SEED_DIR).find((f) => f.endsWith('.html')) ?? 'missing.html');
export const SPEC_DIR = path.join(root, 'test/spec');

export interface SeedGraph {
  graph: GraphDocument;
  /** 'pipeline' when extracted by src/pipeline; 'expected' for the stand-in. */
  source: 'pipeline' | 'expected';
  /** Why the pipeline could not be used, when it could not. */
  problem?: string;
}

let cached: Promise<SeedGraph> | undefined;

/** The seed article's graph from the extraction pipeline, or the stand-in with the reason. */
export function seedGraph(): Promise<SeedGraph> {
  cached ??= extractSeed();
  return cached;
}

async function extractSeed(): Promise<SeedGraph> {
  try {
    const pipeline = (await import(path.join(root, 'src/pipeline/index.ts'))) as {
      extractFile: (file: string) => Promise<GraphDocument | { graph: GraphDocument }>;
    };
    const out = await pipeline.extractFile(SEED_FILE);
    const graph = 'nodes' in out ? out : out.graph;
    return { graph, source: 'pipeline' };
  } catch (e: unknown) {
    const problem = e instanceof Error ? e.message : String(e);
    return { graph: seedExpectedGraph(), source: 'expected', problem };
  }
}

interface GoldEntity {
  type: NodeType;
  names: string[];
  country?: string;
}
interface GoldEdge {
  type: EdgeType;
  source: string;
  target: string;
  score?: number;
}
interface Gold {
  publishedAt: string;
  entities: Record<string, GoldEntity>;
  edges: GoldEdge[];
  attributes: { entity: string; property: string; value: string | number | boolean }[];
}

/** The gold graph of the seed article as a graph document (a stand-in for the pipeline's output). */
export function seedExpectedGraph(): GraphDocument {
  const gold = JSON.parse(readFileSync(path.join(SPEC_DIR, 'seed-expected.json'), 'utf8')) as Gold;
  const html = readFileSync(SEED_FILE);
  const sha256 = createHash('sha256').update(html).digest('hex');
  const articleId = makeArticleId(sha256);
  const parsed = parseArticle(html, { source: path.relative(root, SEED_FILE) });
  const { text, sentences } = parsed.sentences.length ? parsed : seedSentences(html.toString('utf8'));
  const ids = new Map<string, string>();
  const nodes: GraphNode[] = Object.entries(gold.entities).map(([key, e]) => {
    const id = makeNodeId(e.type, key);
    ids.set(key, id);
    const [name = key, ...aliases] = e.names;
    return { id, type: e.type, name, aliases, properties: e.country ? { country: e.country } : {} };
  });
  for (const a of gold.attributes) {
    const n = nodes.find((x) => x.id === ids.get(a.entity));
    if (n) n.properties[a.property] = a.value;
  }
  const edges: GraphEdge[] = gold.edges.map((e) => {
    const source = ids.get(e.source) ?? e.source;
    const target = ids.get(e.target) ?? e.target;
    const s = findSentence(sentences, gold.entities[e.source]?.names ?? [], gold.entities[e.target]?.names ?? []);
    return {
      id: makeEdgeId(e.type, source, target),
      type: e.type,
      source,
      target,
      properties: e.score !== undefined ? { score: e.score } : {},
      evidence: [{ articleId, sentence: s?.text ?? text.slice(0, 80), start: s?.start ?? 0, end: s?.end ?? 80, rule: 'gold.seed-expected', confidence: 1 }],
    };
  });
  return {
    version: 1,
    articles: [
      {
        id: articleId,
        title: parsed.meta.title || 'seed article',
        publishedAt: gold.publishedAt,
        ...(parsed.meta.publisher ? { publisher: parsed.meta.publisher } : {}),
        ...(parsed.meta.url ? { url: parsed.meta.url } : {}),
        sha256,
        source: path.relative(root, SEED_FILE),
      },
    ],
    nodes,
    edges,
  };
}

interface Sentence {
  text: string;
  start: number;
  end: number;
}

function seedSentences(html: string): { text: string; sentences: Sentence[] } {
  const $ = cheerio.load(html);
  $('script, style').remove();
  const text = $('body').text().replace(/\s+/g, ' ');
  const sentences: Sentence[] = [];
  const re = /[^.!?]+?(?:다\.|[!?]|$)/g;
  for (let m = re.exec(text); m && m[0]; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ text: m[0].trim(), start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return { text, sentences };
}

function findSentence(sentences: Sentence[], a: string[], b: string[]): Sentence | undefined {
  const has = (s: Sentence, names: string[]) => names.some((n) => normalizeName(s.text).includes(normalizeName(n)));
  return sentences.find((s) => has(s, a) && has(s, b)) ?? sentences.find((s) => has(s, b));
}

/** Small builder for hand-made test graphs: every edge gets one evidence entry from `article:test`. */
export class GraphBuilder {
  readonly articleId = 'article:000000000000';
  private readonly doc: GraphDocument = {
    version: 1,
    articles: [{ id: this.articleId, title: 'test article', publishedAt: '2025-01-01', sha256: '0'.repeat(64) }],
    nodes: [],
    edges: [],
  };

  node(type: NodeType, name: string, properties: GraphNode['properties'] = {}, aliases: string[] = []): string {
    const id = makeNodeId(type, name);
    this.doc.nodes.push({ id, type, name, aliases, properties });
    return id;
  }

  edge(type: EdgeType, source: string, target: string, properties: GraphEdge['properties'] = {}, sentence = `${source} ${type} ${target}.`): string {
    const id = makeEdgeId(type, source, target);
    const start = this.doc.edges.length * 100;
    this.doc.edges.push({
      id,
      type,
      source,
      target,
      properties,
      evidence: [{ articleId: this.articleId, sentence, start, end: start + sentence.length, rule: `test.${type.toLowerCase()}`, confidence: 0.9 }],
    });
    return id;
  }

  build(): GraphDocument {
    return structuredClone(this.doc);
  }
}

/**
 * A generated graph of `companies` companies (countries cycling KR, US, CN, FR), each developing
 * `modelsPer` models; each model is scored on one of ten benchmarks and, unless its company's
 * number is a multiple of 5, BASED_ON the previous company's model of the same rank (so BASED_ON
 * chains run through at most five companies); each company partners with the next.
 */
export function syntheticGraph(companies: number, modelsPer = 4): GraphDocument {
  const b = new GraphBuilder();
  const countries = ['KR', 'US', 'CN', 'FR'];
  const benchmarks = Array.from({ length: 10 }, (_, i) => b.node('Benchmark', `Bench ${i}`));
  const companyIds: string[] = [];
  const models: string[][] = [];
  for (let c = 0; c < companies; c++) {
    const company = b.node('Company', `Company ${c}`, { country: countries[c % countries.length] ?? 'KR' });
    companyIds.push(company);
    models.push([]);
    for (let m = 0; m < modelsPer; m++) {
      const model = b.node('Model', `Model ${c}-${m}`, { parameters: (m + 1) * 1e9, openSource: m % 2 === 0, fromScratch: c === 0 });
      models[c]?.push(model);
      b.edge('DEVELOPED', company, model);
      b.edge('SCORED', model, benchmarks[(c + m) % benchmarks.length] ?? '', { score: 50 + ((c * 7 + m * 3) % 50) });
      const base = c % 5 === 0 ? undefined : models[c - 1]?.[m];
      if (base) b.edge('BASED_ON', model, base, { status: 'stated' });
    }
    const prev = companyIds[c - 1];
    if (prev) b.edge('PARTNERS_WITH', prev, company);
  }
  return b.build();
}
