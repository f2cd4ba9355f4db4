import type { GraphEdge, GraphNode } from '../../graph/index.js';

/**
 * Shared meaning of "developer" and "foreign", used by the embedded store and the API so that
 * every store answers alike:
 * - a model's developers are the Company sources of its DEVELOPED in-edges, ordered by the
 *   number of evidence entries (most first), then by company id;
 * - the developer is the first of them;
 * - a BASED_ON hop is foreign when both models have a developer with a known country and the
 *   two countries differ.
 */
export function rankDevelopedEdges(edges: readonly GraphEdge[]): GraphEdge[] {
  return edges
    .filter((e) => e.type === 'DEVELOPED')
    .sort((a, b) => b.evidence.length - a.evidence.length || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** Country of a company node, or undefined. */
export function countryOf(company: GraphNode | null | undefined): string | undefined {
  const c = company?.properties.country;
  return typeof c === 'string' && c ? c : undefined;
}

/** True when both countries are known and differ. */
export function isForeignHop(modelCountry: string | undefined, baseCountry: string | undefined): boolean {
  return modelCountry !== undefined && baseCountry !== undefined && modelCountry !== baseCountry;
}
