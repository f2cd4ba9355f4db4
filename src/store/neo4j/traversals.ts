import { isNode } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../graph/index.js';
import type { LineageStep, ModelsWithDevelopers, NeighbourhoodQuery, Subgraph } from '../types.js';
import type { Connection } from './connection.js';
import { developersOf, EDGE_ROW, edgeOrNull, nodeOrNull, toGraphNode } from './records.js';

/**
 * Country of the primary developer of `x` (the embedded store's meaning, src/store/embedded/semantics.ts):
 * the Company with the DEVELOPED edge of most evidence, then the smallest company id.
 */
export function developerCountry(x: string): string {
  return `head(COLLECT { MATCH (c:Company)-[d:DEVELOPED]->(${x}) RETURN c.country ORDER BY size(d.evidenceKeys) DESC, c.id LIMIT 1 })`;
}

/**
 * Lineage as one variable-length traversal: for each reached node the shortest BASED_ON path,
 * ties broken by the load order of the edges on it (which is the embedded store's breadth-first order).
 */
const LINEAGE = `
UNWIND range(0, size($ids) - 1) AS i
MATCH (m:Entity {id: $ids[i]})
MATCH p = (m)-[:BASED_ON*1..]->(b:Entity)
WHERE b <> m
WITH i, b, p ORDER BY length(p), [x IN relationships(p) | x.seq]
WITH i, b, collect(p)[0] AS p
WITH i, b, length(p) AS depth, [x IN relationships(p) | x.seq] AS order, last(relationships(p)) AS r
ORDER BY i, depth, order
RETURN i, b AS node, depth, ${EDGE_ROW} AS via`;

/**
 * Models of $country with a foreign base, walked from the bases: every node that some model is
 * BASED_ON and whose developer's country is known and not $country, then (DISTINCT, so the planner
 * walks breadth-first and prunes: each node once per base, not each path) the models that reach it
 * through one BASED_ON edge or, with `transitive`, a chain of them, kept when they are of $country;
 * with each its developing companies, main first (the order of rankDevelopedEdges).
 * The embedded store's answer (src/store/embedded/queries.ts), bounded by the BASED_ON edges.
 */
function foreignBasedCypher(transitive: boolean): string {
  return `
MATCH (b:Entity)<-[:BASED_ON]-()
WITH DISTINCT b
WITH b, ${developerCountry('b')} AS baseCountry
WHERE NOT baseCountry IN [$country, '']
MATCH (b)<-[:BASED_ON*1..${transitive ? '' : '1'}]-(m:Model)
WITH DISTINCT m
WITH m, ${developersOf('m')} AS companies
WHERE head(companies).country = $country
RETURN m, companies ORDER BY m.name, m.id`;
}

/** Each frontier node's relationships, out then in, in load order, with the node at the other end. */
const EXPAND = `
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
CALL (n) {
  MATCH (n)-[r]->(o) RETURN r, o, 0 AS part
  UNION
  MATCH (n)<-[r]-(o) RETURN r, o, 1 AS part
}
RETURN i, r.id AS rid, o ORDER BY i, part, r.seq`;

const EDGES_AMONG = `
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})-[r]->(t:Entity)
WHERE t.id IN $ids
WITH i, r ORDER BY i, r.seq
RETURN ${EDGE_ROW} AS e`;

export async function lineage(conn: Connection, modelIds: readonly string[]): Promise<LineageStep[][]> {
  const out: LineageStep[][] = modelIds.map(() => []);
  if (modelIds.length === 0) return out;
  const res = await conn.query(LINEAGE, { ids: [...modelIds] });
  for (const r of res.records) {
    const node = nodeOrNull(r.get('node'));
    const via = edgeOrNull(r.get('via'));
    if (node && via) out[r.get('i') as number]!.push({ node, depth: Number(r.get('depth')), via });
  }
  return out;
}

/**
 * foreignBasedModels answers by (country, transitive), each model with its developers, and the
 * bookmark of the data they were read from. The answer is a walk over the whole BASED_ON graph;
 * while nothing is written (the bookmark of a `RETURN 1` is unchanged) it is answered again from
 * here, for one round trip and nothing to decode.
 */
export class ForeignBasedCache {
  private readonly answers = new Map<string, { bookmark: string; found: ModelsWithDevelopers }>();

  async get(conn: Connection, country: string, transitive: boolean): Promise<ModelsWithDevelopers> {
    if (!country) return { models: [], developers: [] };
    const key = `${transitive}|${country}`;
    const known = this.answers.get(key);
    if (known) {
      const now = (await conn.readAt('RETURN 1')).bookmark;
      if (now && known.bookmark === now) return copy(known.found);
    }
    const before = conn.lastBookmark;
    const { result, bookmark } = await conn.readAt(foreignBasedCypher(transitive), { country });
    const found: ModelsWithDevelopers = { models: [], developers: [] };
    for (const r of result.records) {
      const m: unknown = r.get('m');
      if (!isNode(m)) continue;
      found.models.push(toGraphNode(m));
      found.developers.push((r.get('companies') as unknown[]).flatMap((c) => nodeOrNull(c) ?? []));
    }
    // Kept only when nothing was committed since a read that finished before this one started
    // (the same bookmark before and after), so the answer is of one unchanging graph.
    if (bookmark && bookmark === before) {
      if (this.answers.size >= 64) this.answers.clear();
      this.answers.set(key, { bookmark, found });
    }
    return copy(found);
  }
}

/** Fresh lists (callers may sort or extend them), sharing the node objects. */
function copy(f: ModelsWithDevelopers): ModelsWithDevelopers {
  return { models: f.models.slice(), developers: f.developers.map((d) => d.slice()) };
}

/**
 * Breadth-first from the centres in both directions, as the embedded store does it; one statement
 * per level (so round trips grow with the depth, not with the number of nodes), then one for the edges.
 */
export async function neighbourhood(conn: Connection, q: NeighbourhoodQuery, getNodes: (ids: readonly string[]) => Promise<(GraphNode | null)[]>): Promise<Subgraph> {
  const allowed = q.types?.length ? new Set<string>(q.types) : null;
  const kept = new Map<string, GraphNode>();
  let truncated = false;
  let frontier: string[] = [];
  const centres = await getNodes(q.centerIds);
  for (const n of centres) {
    if (!n || kept.has(n.id)) continue;
    if (kept.size >= q.limit) {
      truncated = true;
      break;
    }
    kept.set(n.id, n);
    frontier.push(n.id);
  }
  for (let d = 0; d < q.depth && frontier.length && !truncated; d++) {
    const res = await conn.query(EXPAND, { ids: frontier });
    const next: string[] = [];
    const seenPerNode = new Map<number, Set<string>>();
    for (const r of res.records) {
      const i = r.get('i') as number;
      const seen = seenPerNode.get(i) ?? new Set<string>();
      seenPerNode.set(i, seen);
      const rid = String(r.get('rid'));
      if (seen.has(rid)) continue;
      seen.add(rid);
      const other = nodeOrNull(r.get('o'));
      if (!other || kept.has(other.id) || (allowed && !allowed.has(other.type))) continue;
      if (kept.size >= q.limit) {
        truncated = true;
        break;
      }
      kept.set(other.id, other);
      next.push(other.id);
    }
    frontier = next;
  }
  const edges: GraphEdge[] = [];
  if (kept.size > 0) {
    const res = await conn.query(EDGES_AMONG, { ids: [...kept.keys()] });
    for (const r of res.records) {
      const e = edgeOrNull(r.get('e'));
      if (e) edges.push(e);
    }
  }
  return { nodes: [...kept.values()], edges, truncated };
}
