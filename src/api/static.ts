import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/**
 * Serves a Vite build: precompressed `.br`/`.gz` siblings when the client accepts them, hashed
 * files under assets/ cached for a year, everything else revalidated.
 */
export function serveBuild(dir: string): express.RequestHandler {
  const plain = express.static(dir, { index: false, setHeaders: setCacheHeaders });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const rel = path.normalize(decodeURIComponent(req.path)).replace(/^(\.\.[/\\])+/, '');
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !isFile(file)) return next();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) && isFile(`${file}.br`) ? 'br' : /\bgzip\b/.test(accepts) && isFile(`${file}.gz`) ? 'gzip' : null;
    if (!encoding) return plain(req, res, next);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    setCacheHeaders(res, file);
    res.sendFile(`${file}${encoding === 'br' ? '.br' : '.gz'}`, { headers: {} }, (e) => e && next(e));
  };
}

function setCacheHeaders(res: Response, file: string): void {
  const immutable = file.split(path.sep).includes('assets');
  res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}
