/**
 * The graph viewer page: GET /graph serves the Vite build of src/web/viewer (dist/web/viewer/
 * index.html; its hashed assets are served by the app's static handler under /assets/). The page
 * is sent with a Content-Security-Policy that allows nothing outside the origin.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';

export interface ViewerRouteDeps {
  /** The web build directory (dist/web). */
  distDir: string;
}

/** Everything from this origin only. Styles may be inline: Cytoscape.js injects a small <style> for its container; scripts may not. */
export const VIEWER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Mounts GET /graph (and /graph/) on the app. */
export function mountViewerRoutes(app: express.Express, deps: ViewerRouteDeps): void {
  app.get(['/graph', '/graph/'], (req, res, next) => {
    const page = path.join(deps.distDir, 'viewer/index.html');
    if (!existsSync(page)) return void res.status(503).type('html').send(MISSING_BUILD_PAGE);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', VIEWER_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(page, (e) => e && next(e));
  });
}

const MISSING_BUILD_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>sovereign-kg: graph viewer not built</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>The graph viewer is not built yet</h1>
<p>Run <code>npm run build:web</code> in the repository, then reload this page.</p>
<p>Exports work without it: <a href="/export/graph.cyjs"><code>/export/graph.cyjs</code></a>,
<a href="/export/graph.graphml"><code>.graphml</code></a>, <a href="/export/graph.cypher"><code>.cypher</code></a>.</p>
</body></html>`;
