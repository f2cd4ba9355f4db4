/**
 * HTTP exports of the whole graph or a neighbourhood selection:
 *   GET /export/graph.cyjs | .graphml | .cypher      (or /export/graph?format=cytoscape|graphml|cypher)
 *   query: center=<name or alias>, ids=<id>,<id>…, depth (0–5, default 1), types=Company,Model…,
 *          limit (1–5000, default 200). Without center/ids: the whole graph.
 * Answers with the format's Content-Type and an attachment Content-Disposition; bad parameters get
 * 400 and an unknown centre 404, each with a one-line plain-text message.
 */
import type express from 'express';
import type { Logger } from 'pino';
import { ensureKgError, InputError, KgError } from '../../errors/index.js';
import { EXPORT_FORMATS, markForeignBasedOn, renderExport, type ExportFormat, type ExportGraph } from '../../export/index.js';
import { NODE_TYPES, slugify, type GraphEdge, type NodeType } from '../../graph/index.js';
import { countryOf, rankDevelopedEdges, type NeighbourhoodQuery, type Store } from '../../store/index.js';

export const EXPORT_MAX_DEPTH = 5;
export const EXPORT_MAX_LIMIT = 5000;
const EXTENSION_FORMAT: Record<string, ExportFormat> = { cyjs: 'cytoscape', json: 'cytoscape', graphml: 'graphml', cypher: 'cypher' };

export interface ExportRouteDeps {
  store: Store;
  /** Where unexpected failures are logged (pino). */
  logger?: Pick<Logger, 'error'>;
}

/** Mounts GET /export/graph[.ext] on the app. */
export function mountExportRoutes(app: express.Express, deps: ExportRouteDeps): void {
  app.get(['/export/graph', '/export/graph.:ext'], async (req, res) => {
    try {
      const format = readFormat(typeof req.params.ext === 'string' ? req.params.ext : undefined, req.query.format);
      const selection = readSelection(req.query);
      const { graph, name } = await selectGraph(deps.store, selection);
      const rendered = renderExport(format, graph);
      res.attachment(`${name}.${rendered.extension}`);
      res.setHeader('Content-Type', rendered.contentType);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (graph.truncated) res.setHeader('X-KG-Truncated', 'true');
      res.send(rendered.body);
    } catch (e: unknown) {
      const err = ensureKgError(e);
      const status = err instanceof NotFound ? 404 : err instanceof InputError ? 400 : err.code === 'SERVICE_UNAVAILABLE' ? 503 : 500;
      const message = status === 500 ? 'the export failed; see the server log' : err.message;
      if (status === 500) deps.logger?.error({ err: e }, 'export failed');
      res.status(status).type('text/plain; charset=utf-8').send(`${message}\n`);
    }
  });
}

class NotFound extends KgError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** A neighbourhood request, or null for the whole graph. */
export interface ExportSelection {
  center?: string;
  ids: string[];
  depth: number;
  types?: NodeType[];
  limit: number;
}

function readFormat(ext: string | undefined, format: unknown): ExportFormat {
  if (ext !== undefined) {
    const f = EXTENSION_FORMAT[ext];
    if (!f) throw new InputError(`/export/graph.${ext}`, `unknown extension; use .cyjs, .graphml or .cypher`);
    return f;
  }
  if (format === undefined) return 'cytoscape';
  if (typeof format === 'string' && (EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new InputError('format', `must be one of ${EXPORT_FORMATS.join(', ')}`);
}

/** Reads center/ids/depth/types/limit; null when the whole graph is asked for. */
export function readSelection(query: express.Request['query']): ExportSelection | null {
  const center = single(query.center, 'center');
  const ids = list(query.ids, 'ids');
  if (!center && ids.length === 0) {
    for (const p of ['depth', 'types', 'limit']) if (query[p] !== undefined) throw new InputError(p, 'needs center or ids');
    return null;
  }
  const types = list(query.types, 'types');
  for (const t of types) if (!(NODE_TYPES as readonly string[]).includes(t)) throw new InputError('types', `unknown node type "${t}"; use ${NODE_TYPES.join(', ')}`);
  return {
    center: center || undefined,
    ids,
    depth: integer(query.depth, 'depth', 1, 0, EXPORT_MAX_DEPTH),
    types: types.length > 0 ? (types as NodeType[]) : undefined,
    limit: integer(query.limit, 'limit', 200, 1, EXPORT_MAX_LIMIT),
  };
}

function single(v: unknown, name: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new InputError(name, 'give it once');
  return v.trim();
}

function list(v: unknown, name: string): string[] {
  if (v === undefined) return [];
  const parts = (Array.isArray(v) ? v : [v]).map((x) => {
    if (typeof x !== 'string') throw new InputError(name, 'must be a comma-separated list');
    return x;
  });
  return parts.flatMap((p) => p.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

function integer(v: unknown, name: string, fallback: number, min: number, max: number): number {
  if (v === undefined || v === '') return fallback;
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InputError(name, `must be an integer from ${min} to ${max}`);
  return n;
}

/** The graph to export, with BASED_ON edges marked foreign or not, and the articles its evidence cites. */
export async function selectGraph(store: Store, selection: ExportSelection | null): Promise<{ graph: ExportGraph; name: string }> {
  if (!selection) {
    const doc = await store.exportGraph();
    return { graph: { ...doc, edges: await markForeign(store, doc.edges), truncated: false }, name: 'sovereign-kg' };
  }
  const centerIds = [...selection.ids];
  let name = selection.ids.length === 1 ? selection.ids[0]! : 'selection';
  if (selection.center) {
    const [node] = await store.findByName([{ name: selection.center }]);
    if (!node) throw new NotFound(`center: no node is named "${selection.center}"`);
    centerIds.unshift(node.id);
    name = node.name;
  }
  const query: NeighbourhoodQuery = { centerIds, depth: selection.depth, limit: selection.limit, ...(selection.types ? { types: selection.types } : {}) };
  const sub = await store.neighbourhood(query);
  const articleIds = [...new Set(sub.edges.flatMap((e) => e.evidence.map((ev) => ev.articleId)))];
  const articles = (await store.getArticles(articleIds)).filter((a) => a !== null);
  const edges = await markForeign(store, sub.edges);
  return { graph: { nodes: sub.nodes, edges, articles, truncated: sub.truncated }, name: `sovereign-kg-${slugify(name)}-d${selection.depth}` };
}

/** BASED_ON edges get `foreign` from their models' developers' countries (the store's meaning). */
async function markForeign(store: Store, edges: readonly GraphEdge[]): Promise<GraphEdge[]> {
  const models = [...new Set(edges.filter((e) => e.type === 'BASED_ON').flatMap((e) => [e.source, e.target]))];
  if (models.length === 0) return [...edges];
  const developed = await store.getRelations(models.map((nodeId) => ({ nodeId, direction: 'in' as const, types: ['DEVELOPED'] as const })));
  const developerOf = models.map((_, i) => rankDevelopedEdges(developed[i] ?? [])[0]?.source);
  const companyIds = [...new Set(developerOf.filter((id): id is string => id !== undefined))];
  const companies = new Map((await store.getNodes(companyIds)).filter((n) => n !== null).map((n) => [n.id, n]));
  const countries = new Map(models.map((id, i) => [id, countryOf(companies.get(developerOf[i] ?? ''))]));
  return markForeignBasedOn(edges, countries);
}
