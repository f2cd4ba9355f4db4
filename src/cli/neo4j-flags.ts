import { InputError } from '../errors/index.js';

/** The Neo4j connection flags `kg load` and `kg serve` share. */
export interface Neo4jFlags {
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Where and how to connect: Neo4j's bolt URI and credentials. */
export interface Neo4jSettings {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Connection settings from the flags, else from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. */
export function neo4jSettings(flags: Neo4jFlags): Neo4jSettings {
  const uri = flags.neo4j ?? process.env.NEO4J_URI;
  if (!uri) throw new InputError('--neo4j', 'no Neo4j URI: pass --neo4j bolt://host:7687 or set NEO4J_URI');
  return {
    uri,
    user: flags.user ?? process.env.NEO4J_USER,
    password: flags.password ?? process.env.NEO4J_PASSWORD,
    database: flags.database ?? process.env.NEO4J_DATABASE,
  };
}
