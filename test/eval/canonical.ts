/** What two graphs of one story must share, for the tests that compare copies of a story in different layouts. */
import type { GraphDocument } from '../../src/graph/index.js';

/** A graph without what legitimately differs between copies of one story: article ids and evidence. */
export function canonical(g: GraphDocument): unknown {
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, type: n.type, name: n.name, aliases: [...n.aliases].sort(), properties: n.properties })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: g.edges.map((e) => ({ type: e.type, source: e.source, target: e.target, properties: e.properties })).sort((a, b) => `${a.type}|${a.source}|${a.target}`.localeCompare(`${b.type}|${b.source}|${b.target}`)),
  };
}
