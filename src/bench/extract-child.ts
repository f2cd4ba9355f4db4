/**
 * One extraction process of the multi-core figure (forked by src/bench/extraction.ts): reads its
 * share of the pages, warms up, says {type:'ready'}; on {type:'go', minSeconds} parses and
 * extracts its pages in passes for at least that long and answers {type:'done', articles, seconds}.
 */
import { readFileSync } from 'node:fs';
import { extractFacts } from '../extract/index.js';
import { parseArticle } from '../parse/index.js';
import { loadRules } from '../pipeline/index.js';

interface Go {
  type: 'go';
  minSeconds: number;
}

const files = JSON.parse(process.argv[2] ?? '[]') as string[];
const pages = files.map((file) => ({ file, bytes: readFileSync(file) }));
const rules = loadRules();
const extract = (p: { file: string; bytes: Buffer }) => extractFacts(parseArticle(p.bytes, { source: p.file }), rules);
for (const p of pages.slice(0, 50)) extract(p);
process.on('message', (m: Go) => {
  if (m.type !== 'go') return;
  let articles = 0;
  const started = performance.now();
  do {
    for (const p of pages) extract(p);
    articles += pages.length;
  } while ((performance.now() - started) / 1000 < m.minSeconds);
  process.send?.({ type: 'done', articles, seconds: (performance.now() - started) / 1000 });
  process.exit(0);
});
process.send?.({ type: 'ready' });
