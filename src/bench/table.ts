/** The one table `npm run bench` prints. */
import type { ExtractionFigures } from './extraction.js';
import { formatScore } from './extract-bench.js';
import type { BenchResults } from './run.js';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

function extractionRows(label: string, f: ExtractionFigures): string[][] {
  const rows: string[][] = [[`${label}: htmlparser2 parse only`, `${f.htmlparser2.articlesPerSecond} articles/s`, `${f.articles} pages, ${f.megabytes} MB`]];
  if (f.parse) rows.push([`${label}: parse stage`, `${f.parse.articlesPerSecond} articles/s`, '']);
  if (f.extractOneCore) {
    rows.push([`${label}: extraction, 1 core`, `${f.extractOneCore.articlesPerSecond} articles/s`, `${f.extractOneCore.ratioToHtmlparser2}× htmlparser2 time`]);
  }
  if (f.buildOneWorker) rows.push([`${label}: build, 1 worker`, `${f.buildOneWorker.articlesPerSecond} articles/s`, `${f.buildOneWorker.seconds} s`]);
  if (f.buildAllWorkers) {
    rows.push([`${label}: build, ${f.buildAllWorkers.workers} workers`, `${f.buildAllWorkers.articlesPerSecond} articles/s`, `${f.buildAllWorkers.seconds} s`]);
  }
  for (const s of f.skipped) rows.push([`${label}: skipped`, '', s]);
  return rows;
}

export function formatTable(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`sovereign-kg bench ${r.date} | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}`);
  out.push(`articles: ${r.options.articles} generated + seed (seed ${r.options.seed}); extraction over ${r.options.extractArticles} per page set; API: ${r.options.connections} connections × ${r.options.durationSeconds} s per query`);
  const rows: string[][] = [];
  if (r.extraction) {
    rows.push(...extractionRows('generated', r.extraction.generated), ...extractionRows('seed copies', r.extraction.seedCopies));
  }
  if (r.build) {
    rows.push([`build ${r.build.articles} articles, ${r.build.workers} workers`, `${r.build.seconds} s`, `${r.build.articlesPerSecond} articles/s; ${r.build.nodes} nodes, ${r.build.edges} edges; ${r.build.failed} failed`]);
  }
  if (r.neo4jLoad) {
    rows.push([`load into Neo4j`, `${r.neo4jLoad.seconds} s`, `${r.neo4jLoad.relationshipsPerSecond} relationships/s (${r.neo4jLoad.relationshipsCreated} relationships)`]);
    rows.push([`build + load, end to end`, `${r.neo4jLoad.endToEndSeconds} s`, '']);
  }
  for (const a of r.api) rows.push([`server RSS holding the graph (${a.store})`, `${a.rssMiB.afterLoad} MiB`, `${a.rssMiB.ready} MiB at start-up (after GC)`]);
  for (const [k, v] of Object.entries(r.skipped)) rows.push([k, 'not measured', v]);
  const w0 = Math.max(...rows.map((x) => x[0]!.length));
  const w1 = Math.max(...rows.map((x) => x[1]!.length));
  for (const [a, b, c] of rows) out.push(`${pad(a!, w0)}  ${padL(b!, w1)}  ${c}`);

  if (r.extraction) out.push(formatScore(r.extraction.score, r.extraction.scoreSkipped));
  if (r.lineageTarget) out.push(`3-hop lineage query on "${r.lineageTarget.name}" (BASED_ON chain ${r.lineageTarget.depth} deep in the built graph)`);

  if (r.api.length > 0) {
    const stores = r.api.map((a) => a.store);
    const ops = r.api[0]!.figures.map((f) => f.operation);
    const w = Math.max(12, ...ops.map((o) => o.length));
    out.push('');
    out.push(`${pad('API query', w)}  ${stores.map((s) => pad(`${s}: req/s   p50 ms   p99 ms`, 34)).join('  ')}`);
    for (const op of ops) {
      const cells = r.api.map((a) => {
        const f = a.figures.find((x) => x.operation === op);
        if (!f) return pad('—', 34);
        const flag = f.non2xx || f.errors ? ` !${f.non2xx + f.errors} failed` : f.graphqlErrors ? ' !errors' : '';
        return pad(`${' '.repeat(s0(a.store))}${padL(f.requestsPerSecond, 6)}  ${padL(f.p50ms, 7)}  ${padL(f.p99ms, 7)}${flag}`, 34);
      });
      out.push(`${pad(op, w)}  ${cells.join('  ')}`);
    }
  }
  return out.join('\n');
}

/** Indent so numbers sit under their store's header. */
function s0(store: string): number {
  return store.length + 2 - 1;
}
