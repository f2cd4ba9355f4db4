import type cytoscape from 'cytoscape';

/**
 * Rings around the centre (one ring per hop, nearest inside, each ring wide enough for its
 * labels) when there is a centre; a force-directed layout for the overview. Zoom is capped so
 * a small view keeps readable labels.
 */
export function runLayout(cy: cytoscape.Core, centreIds: ReadonlySet<string>): void {
  const centres = cy.nodes().filter((n) => centreIds.has(n.id()));
  if (centres.nonempty()) {
    const hops = new Map<string, number>();
    cy.elements().bfs({ roots: centres, directed: false, visit: (v, _e, _u, _i, depth) => void hops.set(v.id(), depth) });
    const far = Math.max(0, ...hops.values()) + 1;
    const rings: cytoscape.NodeSingular[][] = [];
    cy.nodes().forEach((n) => void (rings[hops.get(n.id()) ?? far] ??= []).push(n));
    const positions = new Map<string, cytoscape.Position>();
    let radius = 0;
    for (const [k, ring] of rings.entries()) {
      if (!ring?.length) continue;
      ring.sort((a, b) => String(a.data('type')).localeCompare(String(b.data('type'))) || String(a.data('label')).localeCompare(String(b.data('label'))));
      radius = k === 0 && ring.length === 1 ? 0 : Math.max(radius + 170, (ring.length * 120) / (2 * Math.PI));
      ring.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2 + k * 0.35;
        positions.set(n.id(), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    }
    cy.layout({ name: 'preset', positions: (n: cytoscape.NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 }, animate: false, padding: 30 } as cytoscape.LayoutOptions).run();
  } else {
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 100, padding: 30 } as cytoscape.LayoutOptions).run();
  }
  cy.resize();
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
}

