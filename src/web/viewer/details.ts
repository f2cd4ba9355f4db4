/** The side panel: a clicked node's or edge's properties, and an edge's evidence with article links. */
import type { ViewEdge, ViewEvidence, ViewNode } from './api.js';
import { clear, el, safeLink } from './dom.js';
import { FALLBACK_COLOUR, FOREIGN_COLOUR, TYPE_COLOURS } from './styles.js';

export interface DetailActions {
  /** Re-centres the view on a node. */
  centreOn(node: ViewNode): void;
}

export function showNothing(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('p', { className: 'hint' }, 'Click a node or an edge to see its properties and the sentences it was read from.'));
}

export function showNode(panel: HTMLElement, node: ViewNode, degree: number, actions: DetailActions): void {
  clear(panel);
  const centre = el('button', { className: 'centre-here' }, 'Centre the graph here');
  centre.type = 'button';
  centre.addEventListener('click', () => actions.centreOn(node));
  panel.append(el('div', { className: 'detail', dataset: { kind: 'node', id: node.id } },
    el('div', { className: 'kind' }, typeBadge(node.type), ` ${degree} relation${degree === 1 ? '' : 's'} shown`),
    el('h2', { className: 'detail-title' }, node.label),
    node.aliases.length > 0 ? el('p', { className: 'aliases' }, 'Also: ', node.aliases.join(' · ')) : null,
    propertyTable({ id: node.id, ...node.properties }),
    centre,
  ));
}

export function showEdge(panel: HTMLElement, edge: ViewEdge, source: ViewNode | undefined, target: ViewNode | undefined, foreign: boolean | undefined): void {
  clear(panel);
  const flag =
    edge.type === 'BASED_ON' && foreign !== undefined
      ? el('span', { className: foreign ? 'flag foreign' : 'flag domestic' }, foreign ? 'foreign base' : 'domestic base')
      : null;
  if (flag && foreign) flag.style.backgroundColor = FOREIGN_COLOUR;
  panel.append(el('div', { className: 'detail', dataset: { kind: 'edge', id: edge.id } },
    el('div', { className: 'kind' }, el('span', { className: 'badge edge' }, edge.type), ' ', flag),
    el('h2', { className: 'detail-title' }, source?.label ?? edge.source, ' → ', target?.label ?? edge.target),
    propertyTable({ id: edge.id, ...edge.properties }),
    el('h3', {}, `Evidence (${edge.evidence.length})`),
    el('ol', { className: 'evidence' }, ...edge.evidence.map(evidenceItem)),
  ));
}

function evidenceItem(ev: ViewEvidence): HTMLElement {
  const article = ev.article;
  const source = article
    ? el('span', { className: 'article' }, safeLink(article.url, article.title || article.id), article.publishedAt ? ` · ${article.publishedAt}` : '', article.publisher ? ` · ${article.publisher}` : '')
    : el('span', { className: 'article' }, 'article unknown');
  return el(
    'li',
    { className: 'evidence-item' },
    el('blockquote', { className: 'sentence' }, ev.sentence),
    el('div', { className: 'meta' }, source, el('span', { className: 'rule' }, ` · rule ${ev.rule} · confidence ${ev.confidence}`)),
  );
}

function propertyTable(props: Record<string, unknown>): HTMLElement {
  const rows = Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, formatValue(v))));
  return el('table', { className: 'props' }, el('tbody', {}, ...rows));
}

function formatValue(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) >= 1e6 ? `${v.toLocaleString('en-US')}` : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function typeBadge(type: string): HTMLElement {
  const badge = el('span', { className: 'badge' }, type);
  badge.style.backgroundColor = TYPE_COLOURS[type] ?? FALLBACK_COLOUR;
  return badge;
}

/** The legend: one swatch per node type, and the foreign BASED_ON edge. */
export function renderLegend(legend: HTMLElement): void {
  clear(legend);
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.backgroundColor = colour;
    legend.append(el('li', { dataset: { type } }, swatch, type));
  }
  const line = el('span', { className: 'swatch line' });
  line.style.backgroundColor = FOREIGN_COLOUR;
  legend.append(el('li', { dataset: { type: 'foreign' } }, line, 'BASED_ON a foreign model'));
}
