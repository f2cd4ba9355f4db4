export { createNeo4jStore, type Neo4jStore, type Neo4jLoadOptions } from './store.js';
export { type Neo4jOptions, describeNeo4jError } from './connection.js';
export { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './writer.js';
export { schemaStatements } from './schema.js';
