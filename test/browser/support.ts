/**
 * Browser test support: Debian's chromium driven by playwright-core, the real server on an
 * ephemeral port, a guard that every request stays on 127.0.0.1, and screenshots as artefacts.
 *
 * Chromium comes from apt (`apt-get install -y chromium fonts-nanum`; .ci/run installs both). When
 * it is missing the browser tests fail under CI (env CI set) and are skipped locally with the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Request } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.KG_CHROMIUM || '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-results/screenshots');
/** The screenshot the README shows (committed; rewritten when missing or with KG_UPDATE_SCREENSHOTS=1). */
export const README_SCREENSHOT = path.join(repoRoot, 'test/browser/__screenshots__/viewer.png');
export const WEB_DIST = path.join(repoRoot, 'dist/web');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. Throws under CI. */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `browser tests skipped: ${CHROMIUM} is missing — install it with \`apt-get install -y chromium fonts-nanum\``;
  if (process.env.CI) throw new Error(reason.replace('skipped', 'REQUIRED under CI but cannot run'));
  console.warn(reason);
  return reason;
}

export interface Browser {
  context: BrowserContext;
  /** Every URL a page asked for, in order. */
  requests: string[];
  /** Requests to anything but 127.0.0.1 (data: and blob: URLs never leave the page). */
  offsite(): string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'ko-KR',
  });
  const requests: string[] = [];
  const record = (r: Request) => void requests.push(r.url());
  context.on('request', record);
  return {
    context,
    requests,
    offsite: () => requests.filter((u) => !isLocal(u)),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && u.hostname === '127.0.0.1';
}

/**
 * The web build to serve: dist/web when it is there and newer than src/web (as after `npm ci`,
 * whose prepare script builds it); otherwise a fresh build into a private temporary folder, so
 * the tests never run against a stale bundle nor rewrite dist/web under another process.
 */
export function ensureWebBuild(): string {
  const built = ['playground', 'viewer'].map((p) => path.join(WEB_DIST, p, 'index.html'));
  const builtAt = Math.min(...built.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (builtAt > newestSource(path.join(repoRoot, 'src/web'))) return WEB_DIST;
  const outDir = mkdtempSync(path.join(tmpdir(), 'kg-browser-test-web-'));
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${(r.stderr || r.stdout).slice(-2000)}`);
  return outDir;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    newest = Math.max(newest, d.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}
