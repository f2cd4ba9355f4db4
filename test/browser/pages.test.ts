/**
 * The playground and the graph viewer in Debian's chromium (playwright-core), against the real
 * server on an ephemeral port holding the seed graph (plus a few nodes named with markup).
 * Every request a page makes must go to 127.0.0.1. Screenshots land in test-results/screenshots/.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import type { Store } from '../../src/store/index.js';
import { hostileGraph } from '../export/fixtures.js';
import { seedGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { embeddedFactory } from '../support/stores.js';
import { browserSkipReason, ensureWebBuild, launchBrowser, README_SCREENSHOT, repoRoot, screenshotPath, WEB_DIST, type Browser } from './support.js';

const skip = browserSkipReason();

interface ApiGraph {
  nodes: { id: string; type: string; label: string }[];
  edges: { id: string; source: string; target: string; type: string; evidence: { sentence: string; article: { title: string; url: string | null } | null }[] }[];
  truncated: boolean;
}

const GRAPH = `query($center: String, $ids: [ID!], $depth: Int) { graph(center: $center, ids: $ids, depth: $depth) {
  nodes { id type label } edges { id source target type evidence { sentence article { title url } } } truncated } }`;

describe.skipIf(skip)(`pages in chromium${skip ? ` (${skip})` : ''}`, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let webDir = '';
  const pageErrors: string[] = [];
  const api = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const r = await postGraphQL(`${server.url}/graphql`, query, variables);
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    return r.body.data as T;
  };
  const apiGraph = async (variables: Record<string, unknown>) => (await api<{ graph: ApiGraph }>(GRAPH, variables)).graph;

  beforeAll(async () => {
    webDir = ensureWebBuild();
    const { graph } = await seedGraph();
    const hostile = hostileGraph('browser');
    const doc: GraphDocument = { version: 1, articles: [...graph.articles, ...hostile.articles], nodes: [...graph.nodes, ...hostile.nodes], edges: [...graph.edges, ...hostile.edges] };
    store = await embeddedFactory.create(doc);
    server = await startServer({ store, port: 0, webDir });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && /Content Security Policy/i.test(m.text()) && pageErrors.push(m.text())));
  }, 300_000);

  afterEach(() => {
    expect(browser.offsite(), 'requests that left 127.0.0.1').toEqual([]);
    expect(pageErrors, 'script errors and CSP violations').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (webDir && webDir !== WEB_DIST) rmSync(webDir, { recursive: true, force: true });
  });

  async function openViewer(query: string): Promise<void> {
    await page.goto(`${server.url}/graph?${query}`);
    await page.waitForFunction(() => window.__kgViewer !== undefined);
    await page.evaluate(() => window.__kgViewer!.ready());
  }

  /** Clicks an element of the drawn graph where it is on screen; true when the panel then shows it. */
  async function clickElement(id: string, kind: 'node' | 'edge'): Promise<boolean> {
    const at = await page.evaluate((x) => window.__kgViewer!.clientPosition(x), id);
    if (!at) return false;
    await page.mouse.click(at.x, at.y);
    const shown = await page.locator('#details .detail').getAttribute('data-id', { timeout: 2000 }).catch(() => null);
    const shownKind = await page.locator('#details .detail').getAttribute('data-kind', { timeout: 500 }).catch(() => null);
    return shown === id && shownKind === kind;
  }

  it('the playground loads and runs the preloaded ModelBasedOn query', async () => {
    const expected = JSON.parse(readFileSync(path.join(repoRoot, 'test/spec/contract-expected.json'), 'utf8')) as {
      ModelBasedOn: { model: { name: string; developer: { name: string } } };
    };
    await page.goto(`${server.url}/`);
    await page.waitForSelector('.graphiql-query-editor .monaco-editor');
    await expect.poll(() => page.locator('.graphiql-tab').allTextContents()).toContainEqual(expect.stringContaining('ModelBasedOn'));
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ModelBasedOn'));
    // The editor may still be wiring up right after it appears: click until the query is sent — and not once the
    // answer shows (a click after it sends the query again and blanks the result while it runs).
    let result = '';
    await expect
      .poll(async () => {
        result = (await page.locator('.result-window').textContent()) ?? '';
        if (!result.includes(expected.ModelBasedOn.model.developer.name)) await page.locator('.graphiql-execute-button').click();
        return result;
      }, { timeout: 20_000, interval: 1000 })
      .toContain(expected.ModelBasedOn.model.developer.name);
    await answered;
    // Monaco shows spaces as no-break spaces.
    const shown = result.replace(/\s+/g, ' ');
    expect(shown).toContain(`"name": "${expected.ModelBasedOn.model.name}"`);
    expect(shown).toContain('"foreign": true');
    await page.screenshot({ path: screenshotPath('playground.png') });
  });

  it('the playground links to the viewer, and the viewer back to the playground', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('a[href="/graph"]').click();
    await page.waitForURL(/\/graph/);
    await page.evaluate(() => window.__kgViewer!.ready());
    expect(await page.locator('a.playground').getAttribute('href')).toBe('/');
    // With no centre the viewer shows an overview: what the API returns for the same ids.
    const request = await page.evaluate(() => window.__kgViewer!.lastRequest());
    expect(request).not.toBeNull();
    expect(await page.evaluate(() => window.__kgViewer!.nodeCount())).toBeGreaterThan(0);
  });

  it('the viewer draws as many nodes as the API returns and shows evidence on a click', async () => {
    const center = 'SK텔레콤';
    await openViewer(`center=${encodeURIComponent(center)}&depth=1`);
    const fromApi = await apiGraph({ center, depth: 1 });
    expect(fromApi.nodes.length).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.__kgViewer!.nodeCount())).toBe(fromApi.nodes.length);
    expect(await page.evaluate(() => window.__kgViewer!.edgeCount())).toBe(fromApi.edges.length);
    expect((await page.evaluate(() => window.__kgViewer!.nodeIds())).sort()).toEqual(fromApi.nodes.map((n) => n.id).sort());
    expect(await page.locator('#status').textContent()).toContain(`${fromApi.nodes.length} nodes · ${fromApi.edges.length} edges`);

    let clicked: ApiGraph['edges'][number] | undefined;
    for (const edge of fromApi.edges) {
      if (await clickElement(edge.id, 'edge')) {
        clicked = edge;
        break;
      }
    }
    expect(clicked, 'no edge could be clicked').toBeDefined();
    const sentences = await page.locator('#details .evidence-item .sentence').allTextContents();
    expect(sentences).toEqual(clicked!.evidence.map((e) => e.sentence));
    const articleTitle = clicked!.evidence[0]!.article!.title;
    expect(await page.locator('#details .evidence-item .article').first().textContent()).toContain(articleTitle);
    await page.screenshot({ path: screenshotPath('viewer-evidence.png') });

    const centreNode = fromApi.nodes.find((n) => n.label === center)!;
    expect(await clickElement(centreNode.id, 'node')).toBe(true);
    expect(await page.locator('#details .detail-title').textContent()).toBe(center);
    await page.screenshot({ path: screenshotPath('viewer.png') });
  });

  it('the depth and type controls redraw what the API returns for them', async () => {
    const center = 'SK텔레콤';
    await openViewer(`center=${encodeURIComponent(center)}&depth=1`);
    await page.locator('#depth').selectOption('2');
    await page.evaluate(() => window.__kgViewer!.ready());
    const deeper = await apiGraph({ center, depth: 2 });
    expect(await page.evaluate(() => window.__kgViewer!.nodeCount())).toBe(deeper.nodes.length);
    expect(page.url()).toContain('depth=2');
    await page.locator('#types input[value="Policy"]').uncheck();
    await page.evaluate(() => window.__kgViewer!.ready());
    const types = ['Company', 'Model', 'Benchmark', 'Person'];
    const typed = (await api<{ graph: ApiGraph }>(
      'query($c: String, $t: [NodeType!]) { graph(center: $c, depth: 2, types: $t) { nodes { id type label } edges { id source target type evidence { sentence article { title url } } } truncated } }',
      { c: center, t: types },
    )).graph;
    expect(typed.nodes.length).toBeLessThan(deeper.nodes.length);
    expect((await page.evaluate(() => window.__kgViewer!.nodeIds())).sort()).toEqual(typed.nodes.map((n) => n.id).sort());
    expect(await page.evaluate(() => window.__kgViewer!.lastRequest()?.types)).toEqual(types);
  });

  it('foreign BASED_ON edges are highlighted exactly where the API says so', async () => {
    await openViewer(`center=${encodeURIComponent('A.X 4.0')}&depth=2`);
    const fromApi = await apiGraph({ center: 'A.X 4.0', depth: 2 });
    const based = fromApi.edges.filter((e) => e.type === 'BASED_ON');
    expect(based.length).toBeGreaterThan(0);
    const expected: string[] = [];
    for (const edge of based) {
      const data = await api<{ node: { basedOn: { foreign: boolean; base: { id: string } }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Model { basedOn { foreign base { id } } } } }',
        { id: edge.source },
      );
      if (data.node.basedOn.some((b) => b.base.id === edge.target && b.foreign)) expected.push(edge.id);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect((await page.evaluate(() => window.__kgViewer!.foreignEdgeIds())).sort()).toEqual(expected.sort());
    expect(await clickElement(expected[0]!, 'edge')).toBe(true);
    expect(await page.locator('#details .flag.foreign').textContent()).toBe('foreign base');
    await page.screenshot({ path: screenshotPath('viewer-foreign.png') });
    if (!existsSync(README_SCREENSHOT) || process.env.KG_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(path.dirname(README_SCREENSHOT), { recursive: true });
      copyFileSync(screenshotPath('viewer-foreign.png'), README_SCREENSHOT);
    }
  });

  it('the search box finds a node by alias and re-centres the view on it', async () => {
    await openViewer(`center=${encodeURIComponent('SK텔레콤')}&depth=1`);
    const text = '에이닷 엑스 4.0';
    const hits = (await api<{ search: { id: string; name: string }[] }>('query($t: String!) { search(text: $t) { ... on Node { id name } } }', { t: text })).search;
    expect(hits.length).toBeGreaterThan(0);
    await page.locator('#search').fill(text);
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#search-results button').allTextContents()).toEqual(hits.map((h) => expect.stringContaining(h.name)));
    await page.locator('#search-results button').first().click();
    await page.evaluate(() => window.__kgViewer!.ready());
    expect(await page.evaluate(() => window.__kgViewer!.lastRequest()?.ids)).toEqual([hits[0]!.id]);
    const fromApi = await apiGraph({ ids: [hits[0]!.id], depth: 1 });
    expect(await page.evaluate(() => window.__kgViewer!.nodeCount())).toBe(fromApi.nodes.length);
    expect(page.url()).toContain(`ids=${encodeURIComponent(hits[0]!.id)}`);
  });

  it('names and sentences with markup are shown as text, never run', async () => {
    const hostile = hostileGraph('browser');
    const target = hostile.nodes.find((n) => n.name.startsWith('<img'))!;
    await openViewer(`ids=${encodeURIComponent(target.id)}&depth=1`);
    expect(await clickElement(target.id, 'node')).toBe(true);
    expect(await page.locator('#details .detail-title').textContent()).toBe(target.name);
    await page.locator('#search').fill('script');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#search-results button').allTextContents()).toContainEqual(expect.stringContaining('<script>alert(1)</script>'));
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('#details img, #search-results img').length,
      script: document.querySelectorAll('body script:not([type="module"])').length,
    }));
    expect(injected).toEqual({ img: 0, script: 0 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#search-results').isHidden()).toBe(true);
    const fromApi = await apiGraph({ ids: [target.id], depth: 1 });
    let edge: ApiGraph['edges'][number] | undefined;
    for (const e of fromApi.edges) {
      if (await clickElement(e.id, 'edge')) {
        edge = e;
        break;
      }
    }
    if (!edge) await page.screenshot({ path: screenshotPath('debug-hostile.png') });
    expect(edge, 'no edge of the node could be clicked').toBeDefined();
    expect(await page.locator('#details .sentence').allTextContents()).toEqual(edge!.evidence.map((e) => e.sentence));
    expect(await page.locator('#details a[href^="javascript:"]').count()).toBe(0);
  });

  it('an unknown centre is said plainly, as text', async () => {
    const name = '없는<b>회사</b>';
    await openViewer(`center=${encodeURIComponent(name)}`);
    expect(await page.evaluate(() => window.__kgViewer!.nodeCount())).toBe(0);
    expect(await page.locator('#status').textContent()).toBe(`Nothing is named “${name}”: try the search box.`);
    expect(await page.locator('#status b').count()).toBe(0);
  });

  it('the viewer page forbids other origins (Content-Security-Policy)', async () => {
    const r = await fetch(`${server.url}/graph`);
    expect(r.status).toBe(200);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(browser.requests.length).toBeGreaterThan(10);
  });
});
