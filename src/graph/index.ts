export * from './types.js';
export { normalizeName, slugify, digest, makeNodeId, makeEdgeId, makeArticleId, evidenceKey } from './ids.js';
export { validateGraph, emptyGraph, articleSchema, nodeSchema, edgeSchema, GraphChecks } from './validate.js';
export { assembleGraph, type AssemblyInput } from './assemble.js';
