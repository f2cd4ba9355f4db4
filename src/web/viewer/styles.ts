import type cytoscape from 'cytoscape';

/** One colour per node type (also used by the legend). */
export const TYPE_COLOURS: Record<string, string> = {
  Company: '#2563eb',
  Model: '#16a34a',
  Benchmark: '#d97706',
  Policy: '#9333ea',
  Person: '#db2777',
};
export const FALLBACK_COLOUR = '#6b7280';
export const FOREIGN_COLOUR = '#dc2626';

const FONT = '"NanumGothic", "Nanum Gothic", "Noto Sans KR", system-ui, sans-serif';

/** The Cytoscape stylesheet: colour by type, foreign BASED_ON edges red and thick. */
export function graphStyle(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK_COLOUR,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 13,
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': colour } })),
    { selector: 'node.center', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#111827' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 9,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        // A click on an edge's label selects the edge: a bigger target than a thin line.
        'text-events': 'yes',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
      },
    },
    { selector: 'edge[type = "PARTNERS_WITH"]', style: { 'target-arrow-shape': 'none', 'line-style': 'dotted' } },
    { selector: 'edge[type = "BASED_ON"]', style: { 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', width: 2 } },
    {
      selector: 'edge.foreign',
      style: { 'line-color': FOREIGN_COLOUR, 'target-arrow-color': FOREIGN_COLOUR, width: 4, color: FOREIGN_COLOUR, 'font-weight': 'bold' },
    },
    { selector: ':selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  ];
}
