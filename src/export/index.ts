/** Exports of a graph or a selection: Cytoscape.js elements JSON, GraphML and a Cypher script. */
export type * from './types.js';
export { EXPORT_FORMATS } from './types.js';
export {
  toCytoscapeElements,
  toCytoscapeDocument,
  type CytoscapeElements,
  type CytoscapeDocument,
  type CytoscapeEvidence,
} from './cytoscape.js';
export { toGraphML } from './graphml.js';
export { toCypherScript, cypherSchemaStatements } from './cypher.js';
export { cypherString, cypherNumber, cypherValue, cypherMap, cypherKey, type CypherValue } from './cypher-literal.js';
export { escapeXmlText, escapeXmlAttribute } from './xml.js';
export { renderExport, markForeignBasedOn } from './render.js';
