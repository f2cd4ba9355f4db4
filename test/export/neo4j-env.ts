/**
 * The Neo4j the export round trip runs against: NEO4J_TEST_URI, else .data/neo4j.url (written by
 * `npm run neo4j:start`). With KG_REQUIRE_NEO4J set (CI), its absence is a failure, not a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Neo4jForTests {
  driver?: Driver;
  uri?: string;
  /** Why there is none. */
  reason?: string;
}

export async function connectNeo4jForTests(): Promise<Neo4jForTests> {
  const file = path.join(root, '.data/neo4j.url');
  const uri = process.env.NEO4J_TEST_URI || (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
  if (!uri) return { reason: 'no Neo4j: set NEO4J_TEST_URI or run `npm run neo4j:start`' };
  const password = process.env.NEO4J_PASSWORD;
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic('neo4j', password) : undefined);
  try {
    await driver.getServerInfo();
    return { driver, uri };
  } catch (e: unknown) {
    await driver.close();
    return { reason: `Neo4j at ${uri} does not answer: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export const neo4jRequired = Boolean(process.env.KG_REQUIRE_NEO4J);
