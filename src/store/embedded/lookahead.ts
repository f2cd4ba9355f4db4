/**
 * What the Neo4j store answers in one statement for a lookup whose selection goes on down a chain
 * of bases (src/store/neo4j/lookahead.ts), from memory: the node found, its relations with their
 * far ends and the bases' developers, and each model 1..depth BASED_ON hops away with its outgoing
 * BASED_ON edges, far ends and their developers. The API primes its per-request maps with it, so a
 * nested basedOn { model { developer … basedOn … } } selection resolves without a loader batch per
 * level. Each answer is remembered per graph version (`derived`) and frozen: every request for the
 * same model and depth gets the same object.
 */
import type { GraphNode } from '../../graph/index.js';
import type { NameKey, NodeWithBasedOnChain, RelationsWithEnds } from '../types.js';
import type { GraphIndex } from './graph-index.js';
import { developersOf } from './queries.js';

/** Deepest chain answered with the lookup, as on Neo4j (a deeper selection asks the rest level by level). */
export const MAX_CHAIN_DEPTH = 6;

/** Edges in both directions (out first, load order), each far end once, developers of the BASED_ON ends that are models. */
function relationsWithEnds(g: GraphIndex, nodeId: string): RelationsWithEnds {
  const edges = g.relations({ nodeId, direction: 'both' });
  return withEnds(g, nodeId, edges);
}

function withEnds(g: GraphIndex, nodeId: string, edges: RelationsWithEnds['edges']): RelationsWithEnds {
  const ends: GraphNode[] = [];
  const seen = new Set<string>();
  const bases = new Set<string>();
  for (const e of edges) {
    const farId = e.source === nodeId ? e.target : e.source;
    const far = g.nodes.get(farId);
    if (!far) continue;
    if (!seen.has(farId)) {
      seen.add(farId);
      ends.push(far);
    }
    if (e.type === 'BASED_ON' && far.type === 'Model') bases.add(farId);
  }
  const developers = new Map<string, GraphNode[]>();
  for (const end of ends) if (bases.has(end.id)) developers.set(end.id, developersOf(g, end.id));
  return { edges, ends, developers };
}

/** The node, its relations, and the outgoing BASED_ON edges of every model 1..depth hops down its chain of bases. */
function chainOf(g: GraphIndex, node: GraphNode, depth: number): NodeWithBasedOnChain {
  const outBases = (id: string) => g.relations({ nodeId: id, direction: 'out', types: ['BASED_ON'] });
  const basedOn = new Map<string, RelationsWithEnds>();
  const reached = new Set<string>();
  // each level's outgoing BASED_ON edges, read once: they are both the level's entries and the way to the next level
  let level = [outBases(node.id)];
  for (let d = 1; d <= depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const edges of level) {
      for (const e of edges) {
        if (reached.has(e.target) || g.nodes.get(e.target)?.type !== 'Model') continue;
        reached.add(e.target);
        next.push(e.target);
      }
    }
    level = next.map((id) => {
      const entry = withEnds(g, id, outBases(id));
      basedOn.set(id, entry);
      return entry.edges;
    });
  }
  return Object.freeze({ node, relations: relationsWithEnds(g, node.id), basedOn });
}

/** findByName, then chainOf for each node found (depth clamped to 1..MAX_CHAIN_DEPTH), remembered per graph version. */
export function findWithBasedOnChain(g: GraphIndex, keys: readonly NameKey[], depth: number): (NodeWithBasedOnChain | null)[] {
  const d = Math.min(Math.max(Math.trunc(depth), 1), MAX_CHAIN_DEPTH);
  const memo = g.derived.get(g.version, `chain${d}`, () => new Map<string, NodeWithBasedOnChain>());
  return keys.map((k) => {
    const node = g.findByName(k);
    if (!node) return null;
    let answer = memo.get(node.id);
    if (!answer) memo.set(node.id, (answer = chainOf(g, node, d)));
    return answer;
  });
}
