import type { GraphDocument, GraphNode, NodeType } from '../../graph/index.js';
import type { ListQuery, LoadOptions, LoadSummary, ModelsWithDevelopers, NameKey, NeighbourhoodQuery, NodeWithBasedOnChain, RelationKey, Store } from '../types.js';
import { Connection, type Neo4jOptions } from './connection.js';
import { listNodes, search } from './listing.js';
import { findByNameWithBasedOnChain, findByNameWithRelations } from './lookahead.js';
import { articleMentions, countAll, developers, exportAll, findByName, getArticles, getNodes, getRelations, relationsWithEnds } from './reads.js';
import { ensureSchema } from './schema.js';
import { ForeignBasedCache, lineage, neighbourhood } from './traversals.js';
import { writeGraph } from './writer.js';

/** A Store on a Neo4j database (see records.ts for how the graph is kept there). */
export interface Neo4jStore extends Store {
  readonly kind: 'neo4j';
  readonly uri: string;
  /** Cypher statements sent so far (the API's round-trip tests read it). */
  readonly roundTrips: number;
  load(graph: GraphDocument, options?: Neo4jLoadOptions): Promise<LoadSummary>;
  findByNameWithBasedOnChain(keys: readonly NameKey[], depth: number): Promise<(NodeWithBasedOnChain | null)[]>;
  foreignBasedWithDevelopers(country: string, transitive: boolean): Promise<ModelsWithDevelopers>;
}

export interface Neo4jLoadOptions extends LoadOptions {
  /** 1: batches one at a time; more (default 2): into an empty store, the next batch writes what it can while the one before commits. */
  concurrency?: number;
}

const DELETE_ARTICLE = 'MATCH (a:Article {id: $id}) DELETE a RETURN count(*) AS deleted';

/** Drops the article's evidence from every edge; deletes the edges left with none. */
const DROP_EVIDENCE = `
MATCH (s:Entity)-[r]->(t:Entity)
WHERE any(k IN r.evidenceKeys WHERE k STARTS WITH $prefix)
WITH s, t, r, [i IN range(0, size(r.evidenceKeys) - 1) WHERE NOT r.evidenceKeys[i] STARTS WITH $prefix] AS keep
WITH s, t, r, [i IN keep | r.evidence[i]] AS evidence, [i IN keep | r.evidenceKeys[i]] AS keys
SET r.evidence = evidence, r.evidenceKeys = keys
WITH s, t, r, size(keys) = 0 AS empty
FOREACH (_ IN CASE WHEN empty THEN [1] ELSE [] END | DELETE r)
RETURN collect(DISTINCT s.id) + collect(DISTINCT t.id) AS touched`;

const DROP_MENTIONS = `
MATCH (n:Entity) WHERE $id IN n.articles
SET n.articles = [x IN n.articles WHERE x <> $id]
RETURN collect(n.id) AS touched`;

const DROP_ORPHANS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE size(n.articles) = 0 AND NOT EXISTS { (n)--() }
DELETE n`;

class Neo4jStoreImpl implements Neo4jStore {
  readonly kind = 'neo4j' as const;
  private readonly conn: Connection;
  private readonly foreignBased = new ForeignBasedCache();

  constructor(opts: Neo4jOptions) {
    this.conn = new Connection(opts);
  }

  get uri(): string {
    return this.conn.uri;
  }

  get roundTrips(): number {
    return this.conn.roundTrips;
  }

  async init(): Promise<void> {
    await this.conn.verify();
    await ensureSchema(this.conn);
  }

  close(): Promise<void> {
    return this.conn.close();
  }

  async ping(): Promise<boolean> {
    try {
      await this.conn.probe();
      return true;
    } catch {
      return false;
    }
  }

  load(graph: GraphDocument, options?: Neo4jLoadOptions) {
    return writeGraph(this.conn, graph, options);
  }

  /** One transaction: the article, its evidence, the edges only it supported, the nodes left alone. */
  async deleteArticle(articleId: string): Promise<boolean> {
    try {
      return await this.conn.writeTransaction(async (run) => {
        const deleted = await run(DELETE_ARTICLE, { id: articleId });
        if (Number(deleted.records[0]?.get('deleted') ?? 0) === 0) return false;
        const fromEdges = await run(DROP_EVIDENCE, { prefix: `${articleId}|` });
        const fromNodes = await run(DROP_MENTIONS, { id: articleId });
        const touched = new Set<string>([
          ...((fromEdges.records[0]?.get('touched') as string[] | undefined) ?? []),
          ...((fromNodes.records[0]?.get('touched') as string[] | undefined) ?? []),
        ]);
        if (touched.size) await run(DROP_ORPHANS, { ids: [...touched] });
        return true;
      });
    } catch (e: unknown) {
      throw this.conn.unavailable(e, `deleting ${articleId} failed`);
    }
  }

  getNodes(ids: readonly string[]) {
    return getNodes(this.conn, ids);
  }

  findByName(keys: readonly NameKey[]) {
    return findByName(this.conn, keys);
  }

  getRelations(keys: readonly RelationKey[]) {
    return getRelations(this.conn, keys);
  }

  getArticles(ids: readonly string[]) {
    return getArticles(this.conn, ids);
  }

  articleMentions(ids: readonly string[]) {
    return articleMentions(this.conn, ids);
  }

  developers(modelIds: readonly string[]) {
    return developers(this.conn, modelIds);
  }

  findByNameWithRelations(keys: readonly NameKey[]) {
    return findByNameWithRelations(this.conn, keys);
  }

  findByNameWithBasedOnChain(keys: readonly NameKey[], depth: number) {
    return findByNameWithBasedOnChain(this.conn, keys, depth);
  }

  relationsWithEnds(nodeIds: readonly string[]) {
    return relationsWithEnds(this.conn, nodeIds);
  }

  listNodes(query: ListQuery) {
    return listNodes(this.conn, query);
  }

  search(text: string, types: readonly NodeType[] | undefined, first: number) {
    return search(this.conn, text, types, first);
  }

  lineage(modelIds: readonly string[]) {
    return lineage(this.conn, modelIds);
  }

  async foreignBasedModels(country: string, transitive: boolean): Promise<GraphNode[]> {
    return (await this.foreignBased.get(this.conn, country, transitive)).models;
  }

  foreignBasedWithDevelopers(country: string, transitive: boolean) {
    return this.foreignBased.get(this.conn, country, transitive);
  }

  neighbourhood(query: NeighbourhoodQuery) {
    return neighbourhood(this.conn, query, (ids) => this.getNodes(ids));
  }

  counts() {
    return countAll(this.conn);
  }

  exportGraph() {
    return exportAll(this.conn);
  }

  /** Deletes everything this store wrote (tests and `kg load --replace`); one statement per 10k nodes. */
  async clear(): Promise<void> {
    for (;;) {
      const res = await this.conn.query(
        'MATCH (n) WHERE n:Entity OR n:Article OR n:KgMeta WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
        {},
        true,
      );
      if (Number(res.records[0]?.get('deleted') ?? 0) === 0) return;
    }
  }
}

/**
 * The Neo4j store. `init()` checks the connection and credentials (within ~5 s, else a
 * StoreUnavailableError naming the URI and the cause) and creates constraints and indexes.
 */
export function createNeo4jStore(opts: Neo4jOptions): Neo4jStore & { clear(): Promise<void> } {
  return new Neo4jStoreImpl(opts);
}
