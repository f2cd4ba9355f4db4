import { UNDIRECTED_EDGE_TYPES, type GraphEdge, type GraphNode, type PropertyValue } from '../graph/index.js';
import type { ExportGraph } from './types.js';
import { escapeXmlAttribute, escapeXmlText } from './xml.js';

type GraphMLType = 'boolean' | 'long' | 'double' | 'string';

interface KeyDeclaration {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: GraphMLType;
}

/** One attribute column: its key and how to read its value from a node or an edge. */
interface Column<T> {
  key: KeyDeclaration;
  read: (item: T) => PropertyValue | undefined;
}

/**
 * GraphML for a graph, readable by Gephi and yEd: a `<key>` for every attribute used (name,
 * type, aliases and every property on nodes; type, label, every property and the evidence on
 * edges), typed boolean/long/double/string from the values seen, everything XML-escaped.
 * PARTNERS_WITH edges are marked `directed="false"`. Edges whose endpoints are missing are left out.
 */
export function toGraphML(graph: ExportGraph): string {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const articles = new Map((graph.articles ?? []).map((a) => [a.id, a]));

  const nodeColumns = planColumns<GraphNode>('node', graph.nodes, [
    ['label', (n) => n.name],
    ['type', (n) => n.type],
    ['aliases', (n) => (n.aliases.length > 0 ? n.aliases.join(' | ') : undefined)],
  ], (n) => n.properties);
  const edgeColumns = planColumns<GraphEdge>('edge', edges, [
    ['label', (e) => e.type],
    ['type', (e) => e.type],
    ['evidence', (e) => e.evidence.map((ev) => ev.sentence).join('\n')],
    ['evidenceArticles', (e) =>
      [...new Set(e.evidence.map((ev) => articles.get(ev.articleId)?.url ?? ev.articleId))].join(' ')],
    ['evidenceRules', (e) => [...new Set(e.evidence.map((ev) => ev.rule))].join(' ')],
    ['evidenceJson', (e) => JSON.stringify(e.evidence)],
  ], (e) => e.properties);

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const { key } of [...nodeColumns, ...edgeColumns]) {
    lines.push(`  <key id="${key.id}" for="${key.for}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.type}"/>`);
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXmlAttribute(node.id)}">`);
    lines.push(...renderData(node, nodeColumns));
    lines.push('    </node>');
  }
  for (const edge of edges) {
    const direction = UNDIRECTED_EDGE_TYPES.has(edge.type) ? ' directed="false"' : '';
    lines.push(
      `    <edge id="${escapeXmlAttribute(edge.id)}" source="${escapeXmlAttribute(edge.source)}" target="${escapeXmlAttribute(edge.target)}"${direction}>`,
    );
    lines.push(...renderData(edge, edgeColumns));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function planColumns<T>(
  kind: 'node' | 'edge',
  items: readonly T[],
  fixed: [string, (item: T) => PropertyValue | undefined][],
  propertiesOf: (item: T) => Record<string, PropertyValue | undefined>,
): Column<T>[] {
  const fixedNames = new Set(fixed.map(([name]) => name));
  const propertyNames = new Set<string>();
  for (const item of items) for (const [k, v] of Object.entries(propertiesOf(item))) if (v !== undefined) propertyNames.add(k);
  const readers: [string, (item: T) => PropertyValue | undefined][] = [...fixed];
  for (const name of [...propertyNames].sort()) {
    // A property named like a fixed column keeps its value under a distinct name.
    const column = fixedNames.has(name) ? `property_${name}` : name;
    readers.push([column, (item) => propertiesOf(item)[name]]);
  }
  const prefix = kind === 'node' ? 'n' : 'e';
  return readers.map(([name, read], i) => ({
    key: { id: `${prefix}${i}`, for: kind, name, type: inferType(items.map(read)) },
    read,
  }));
}

function inferType(values: readonly (PropertyValue | undefined)[]): GraphMLType {
  const present = values.filter((v): v is PropertyValue => v !== undefined);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  return 'string';
}

function renderData<T>(item: T, columns: readonly Column<T>[]): string[] {
  const out: string[] = [];
  for (const { key, read } of columns) {
    const value = read(item);
    if (value === undefined || value === '') continue;
    out.push(`      <data key="${key.id}">${escapeXmlText(String(value))}</data>`);
  }
  return out;
}
