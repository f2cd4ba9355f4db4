import { EDGE_TYPES, NODE_TYPES } from '../../graph/index.js';
import type { Connection } from './connection.js';

/** Full-text index (keyword analyzer) over `nameKeys`: exact and wildcard lookups by normalised name. */
export const NAME_INDEX = 'kg_name_keys';

/**
 * The schema the store relies on, created at start-up (idempotent): a uniqueness constraint on `id`
 * per node label and per relationship type (which also indexes it: lookups by id, and the loader's
 * upserts) and the name-key full-text index (lookups by name or alias, and search). Label names come from NODE_TYPES only. Few indexes keep loading fast.
 */
export function schemaStatements(): string[] {
  const labels = [...NODE_TYPES, 'Entity', 'Article'];
  return [
    ...labels.map((l) => `CREATE CONSTRAINT kg_${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    ...EDGE_TYPES.map((t) => `CREATE CONSTRAINT kg_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`),
    'CREATE CONSTRAINT kg_meta_key IF NOT EXISTS FOR (m:KgMeta) REQUIRE m.key IS UNIQUE',
    `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
  ];
}

export async function ensureSchema(conn: Connection): Promise<void> {
  for (const statement of schemaStatements()) await conn.query(statement, {}, true);
  await conn.query('CALL db.awaitIndexes(120)', {}, false);
}

/** Escapes a term for a Lucene query (the full-text index's query syntax). */
export function luceneEscape(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, (c) => `\\${c}`);
}
