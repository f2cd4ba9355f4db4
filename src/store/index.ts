export type * from './types.js';
export { createEmbeddedStore, rankDevelopedEdges, countryOf, isForeignHop, encodeCursor, decodeCursor } from './embedded/index.js';
export type { EmbeddedStoreOptions } from './embedded/index.js';
