/**
 * The graph viewer (/graph): a neighbourhood from the API's `graph` query drawn with Cytoscape.js,
 * a search box, centre/depth/type/limit controls, a colour per node type, foreign BASED_ON edges
 * in red, and a details panel with evidence. Everything comes from this origin; every name is
 * set as text, never as HTML. State lives in the URL (?center=…&depth=…), so views can be linked.
 *
 * Tests read it through `window.__kgViewer` (see ViewerHook).
 */
import cytoscape from 'cytoscape';
import { fetchForeignFlags, fetchGraph, overviewIds, searchNodes, ViewerError, type GraphRequest, type GraphView, type ViewEdge, type ViewNode } from './api.js';
import { renderLegend, showEdge, showNode, showNothing, typeBadge } from './details.js';
import { clear, el } from './dom.js';
import { runLayout } from './layout.js';
import { graphStyle, TYPE_COLOURS } from './styles.js';

const NODE_TYPES = Object.keys(TYPE_COLOURS);
const MAX_DEPTH = 5;

export interface ViewerHook {
  /** Resolves when the view being loaded is drawn (foreign flags included). */
  ready(): Promise<void>;
  nodeCount(): number;
  edgeCount(): number;
  /** What the API returned for the last load. */
  lastResponse(): { nodes: number; edges: number; truncated: boolean } | null;
  lastRequest(): GraphRequest | null;
  foreignEdgeIds(): string[];
  /** Page coordinates of an element's centre (for real mouse clicks in tests). */
  clientPosition(id: string): { x: number; y: number } | null;
  nodeIds(): string[];
  edgeIds(): string[];
}

declare global {
  interface Window {
    __kgViewer?: ViewerHook;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const container = $<HTMLDivElement>('cy');
const details = $<HTMLElement>('details');
const status = $<HTMLElement>('status');
const centreLabel = $<HTMLElement>('centre-label');
const downloads = $<HTMLElement>('downloads');
const depthSelect = $<HTMLSelectElement>('depth');
const limitInput = $<HTMLInputElement>('limit');
const typesBox = $<HTMLFieldSetElement>('types');
const searchForm = $<HTMLFormElement>('search-form');
const searchInput = $<HTMLInputElement>('search');
const searchResults = $<HTMLUListElement>('search-results');

const cy = cytoscape({ container, style: graphStyle(), minZoom: 0.2, maxZoom: 3 });
let current: GraphView | null = null;
let currentRequest: GraphRequest | null = null;
let foreign = new Map<string, boolean>();
let loading: Promise<void> = Promise.resolve();
let generation = 0;

/** The request the URL describes. */
function readRequest(): GraphRequest {
  const q = new URLSearchParams(window.location.search);
  const depth = clampInt(q.get('depth'), 1, 0, MAX_DEPTH);
  const limit = clampInt(q.get('limit'), 200, 1, 5000);
  const types = (q.get('types') ?? '').split(',').filter((t) => NODE_TYPES.includes(t));
  const ids = (q.get('ids') ?? '').split(',').filter((s) => s !== '');
  const center = q.get('center') ?? '';
  return { ...(center ? { center } : {}), ...(ids.length ? { ids } : {}), depth, limit, ...(types.length ? { types } : {}) };
}

function writeRequest(r: GraphRequest): void {
  const q = new URLSearchParams();
  if (r.center) q.set('center', r.center);
  if (r.ids?.length) q.set('ids', r.ids.join(','));
  q.set('depth', String(r.depth));
  if (r.limit !== 200) q.set('limit', String(r.limit));
  if (r.types?.length) q.set('types', r.types.join(','));
  history.replaceState(null, '', `${window.location.pathname}?${q.toString()}`);
}

function clampInt(v: string | null, fallback: number, min: number, max: number): number {
  const n = v === null || v === '' ? fallback : Number(v);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** The controls' values over the given selection. */
function controlsRequest(base: Pick<GraphRequest, 'center' | 'ids'>): GraphRequest {
  const checked = [...typesBox.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  return {
    ...base,
    depth: Number(depthSelect.value),
    limit: clampInt(limitInput.value, 200, 1, 5000),
    ...(checked.length > 0 && checked.length < NODE_TYPES.length ? { types: checked } : {}),
  };
}

function setupControls(r: GraphRequest): void {
  for (let d = 0; d <= MAX_DEPTH; d++) {
    const o = el('option', {}, String(d));
    o.value = String(d);
    depthSelect.append(o);
  }
  depthSelect.value = String(r.depth);
  limitInput.value = String(r.limit);
  for (const type of NODE_TYPES) {
    const box = el('input');
    box.type = 'checkbox';
    box.value = type;
    box.checked = !r.types || r.types.includes(type);
    typesBox.append(el('label', {}, box, typeBadge(type)));
  }
  const reload = () => currentRequest && load(controlsRequest(currentRequest));
  depthSelect.addEventListener('change', reload);
  limitInput.addEventListener('change', reload);
  typesBox.addEventListener('change', reload);
  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void runSearch(searchInput.value.trim());
  });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hideResults());
}

async function runSearch(text: string): Promise<void> {
  clear(searchResults);
  if (!text) return hideResults();
  searchResults.hidden = false;
  try {
    const hits = await searchNodes(text, 10);
    if (hits.length === 0) searchResults.append(el('li', { className: 'none' }, `Nothing is named “${text}”.`));
    for (const hit of hits) {
      const button = el('button', { dataset: { id: hit.id } }, typeBadge(hit.__typename), el('span', {}, hit.name));
      button.type = 'button';
      button.addEventListener('click', () => {
        hideResults();
        searchInput.value = hit.name;
        void load(controlsRequest({ ids: [hit.id] }));
      });
      searchResults.append(el('li', {}, button));
    }
  } catch (e: unknown) {
    searchResults.append(el('li', { className: 'none' }, messageOf(e)));
  }
}

function hideResults(): void {
  searchResults.hidden = true;
  clear(searchResults);
}

/** Loads and draws a view; a later call supersedes an earlier one still in flight. */
function load(request: GraphRequest): Promise<void> {
  const mine = ++generation;
  loading = draw(request, mine);
  return loading;
}

async function draw(request: GraphRequest, mine: number): Promise<void> {
  setStatus('Loading…');
  try {
    let effective = request;
    if (!request.center && !request.ids?.length) effective = { ...request, ids: await overviewIds() };
    const view = await fetchGraph(effective);
    if (mine !== generation) return;
    current = view;
    currentRequest = request;
    writeRequest(request);
    render(view, request);
    foreign = await fetchForeignFlags(view.edges);
    if (mine !== generation) return;
    cy.edges().forEach((edge) => void edge.toggleClass('foreign', foreign.get(edge.id()) === true));
    if (view.nodes.length === 0) {
      setStatus(request.center ? `Nothing is named “${request.center}”: try the search box.` : 'Nothing to show: the graph is empty.', true);
      return;
    }
    const cut = view.truncated ? ` — cut at the limit of ${request.limit}; raise it or lower the depth` : '';
    const nForeign = [...foreign.values()].filter(Boolean).length;
    setStatus(`${view.nodes.length} nodes · ${view.edges.length} edges${nForeign ? ` · ${nForeign} foreign BASED_ON` : ''}${cut}`);
  } catch (e: unknown) {
    if (mine === generation) setStatus(messageOf(e), true);
  }
}

function render(view: GraphView, request: GraphRequest): void {
  const ids = new Set(view.nodes.map((n) => n.id));
  cy.elements().remove();
  cy.add([
    ...view.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, type: n.type } })),
    ...view.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type, label: e.label } })),
  ]);
  const centreIds = new Set(request.ids ?? []);
  const centreNode = request.center ? view.nodes.find((n) => n.label === request.center || n.aliases.includes(request.center!)) : undefined;
  if (centreNode) centreIds.add(centreNode.id);
  cy.nodes().forEach((n) => void n.toggleClass('center', centreIds.has(n.id())));
  runLayout(cy, centreIds);
  const names = view.nodes.filter((n) => centreIds.has(n.id)).map((n) => n.label);
  centreLabel.textContent = names.length ? `Centre: ${names.join(', ')} · depth ${request.depth}` : `Overview · depth ${request.depth}`;
  renderDownloads(request);
  showNothing(details);
}

function renderDownloads(request: GraphRequest): void {
  clear(downloads);
  const q = new URLSearchParams();
  if (request.center) q.set('center', request.center);
  if (request.ids?.length) q.set('ids', request.ids.join(','));
  if (q.size > 0) {
    q.set('depth', String(request.depth));
    q.set('limit', String(request.limit));
    if (request.types?.length) q.set('types', request.types.join(','));
  }
  downloads.append('Download:');
  for (const [ext, name] of [['cyjs', 'Cytoscape'], ['graphml', 'GraphML'], ['cypher', 'Cypher']] as const) {
    const a = el('a', {}, name);
    a.href = `/export/graph.${ext}${q.size > 0 ? `?${q.toString()}` : ''}`;
    a.setAttribute('download', '');
    downloads.append(a);
  }
}

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function messageOf(e: unknown): string {
  return e instanceof ViewerError ? e.message : e instanceof Error ? `error: ${e.message}` : String(e);
}

function nodeById(id: string): ViewNode | undefined {
  return current?.nodes.find((n) => n.id === id);
}

function edgeById(id: string): ViewEdge | undefined {
  return current?.edges.find((e) => e.id === id);
}

cy.on('tap', 'node', (evt) => {
  const node = nodeById(evt.target.id());
  if (node) showNode(details, node, evt.target.degree(false), { centreOn: (n) => void load(controlsRequest({ ids: [n.id] })) });
});
cy.on('tap', 'edge', (evt) => {
  const edge = edgeById(evt.target.id());
  if (edge) showEdge(details, edge, nodeById(edge.source), nodeById(edge.target), foreign.get(edge.id));
});
cy.on('tap', (evt) => {
  if (evt.target === cy) showNothing(details);
});

window.__kgViewer = {
  ready: async () => {
    let seen: Promise<void> | undefined;
    while (seen !== loading) {
      seen = loading;
      await seen;
    }
  },
  nodeCount: () => cy.nodes().length,
  edgeCount: () => cy.edges().length,
  lastResponse: () => (current ? { nodes: current.nodes.length, edges: current.edges.length, truncated: current.truncated } : null),
  lastRequest: () => currentRequest,
  foreignEdgeIds: () => cy.edges('.foreign').map((e) => e.id()),
  clientPosition: (id) => {
    const ele = cy.getElementById(id);
    if (ele.empty()) return null;
    const p = ele.isEdge() ? (ele as cytoscape.EdgeSingular).renderedMidpoint() : (ele as cytoscape.NodeSingular).renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  nodeIds: () => cy.nodes().map((n) => n.id()),
  edgeIds: () => cy.edges().map((e) => e.id()),
};

renderLegend($<HTMLUListElement>('legend'));
const initial = readRequest();
setupControls(initial);
showNothing(details);
void load(initial);
