import type { GraphEdge } from '../graph/index.js';
import { isForeignHop } from '../store/index.js';
import { toCypherScript } from './cypher.js';
import { toCytoscapeDocument } from './cytoscape.js';
import { toGraphML } from './graphml.js';
import type { ExportFormat, ExportGraph, RenderedExport } from './types.js';

/** Renders a graph in one of the export formats, with its media type and file extension. */
export function renderExport(format: ExportFormat, graph: ExportGraph): RenderedExport {
  switch (format) {
    case 'cytoscape':
      return { body: JSON.stringify(toCytoscapeDocument(graph)), contentType: 'application/json; charset=utf-8', extension: 'cyjs' };
    case 'graphml':
      return { body: toGraphML(graph), contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' };
    case 'cypher':
      return { body: toCypherScript(graph), contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher' };
  }
}

/**
 * Marks each BASED_ON edge with `foreign: true|false` where both models' developer countries are
 * known (the store's meaning: the hop is foreign when the two countries differ). A selection may
 * not hold the developers, so the caller supplies each model's developer country
 * (see `developerCountries` in src/api/routes/exports.ts).
 */
export function markForeignBasedOn(
  edges: readonly GraphEdge[],
  developerCountry: ReadonlyMap<string, string | undefined>,
): GraphEdge[] {
  return edges.map((edge) => {
    if (edge.type !== 'BASED_ON' || edge.properties.foreign !== undefined) return edge;
    const derived = developerCountry.get(edge.source);
    const base = developerCountry.get(edge.target);
    if (derived === undefined || base === undefined) return edge;
    return { ...edge, properties: { ...edge.properties, foreign: isForeignHop(derived, base) } };
  });
}
