export { createNeo4jStore, type Neo4jStore } from './store.js';
export { type Neo4jOptions, describeNeo4jError } from './connection.js';
export { DEFAULT_BATCH_SIZE, evidenceKey } from './writer.js';
