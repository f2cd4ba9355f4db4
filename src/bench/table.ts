/** The one table `npm run bench` prints. */
import type { ExtractionFigures } from './extraction.js';
import { formatScore } from './extract-bench.js';
import type { BenchResults } from './run.js';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);
const round2 = (x: number) => Math.round(x * 100) / 100;

function extractionRows(label: string, f: ExtractionFigures): string[][] {
  const rows: string[][] = [[`${label}: htmlparser2 parse only`, `${f.htmlparser2.articlesPerSecond} articles/s`, `${f.articles} pages, ${f.megabytes} MB`]];
  rows.push([`${label}: parse stage only`, `${f.parse.articlesPerSecond} articles/s`, '']);
  rows.push([`${label}: extraction, 1 core`, `${f.extractOneCore.articlesPerSecond} articles/s`, `${f.extractOneCore.ratioToHtmlparser2}× the htmlparser2 time`]);
  rows.push([`${label}: extraction, ${f.extractAllCores.processes} processes`, `${f.extractAllCores.articlesPerSecond} articles/s`, 'one process per core']);
  for (const [name, b] of [['build, 1 worker', f.buildOneWorker], [`build, ${f.buildAllWorkers.workers} workers`, f.buildAllWorkers]] as const) {
    rows.push(b.error ? [`${label}: ${name}`, 'failed', b.error] : [`${label}: ${name}`, `${b.articlesPerSecond} articles/s`, `${b.seconds} s`]);
  }
  return rows;
}

export function formatTable(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`sovereign-kg bench ${r.date} | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}${m.nodeFlags?.length ? ` ${m.nodeFlags.join(' ')}` : ''} | load average ${m.loadAverage} at start, ${r.loadAverageAtEnd} at end | ${r.totalSeconds} s`);
  out.push(`articles: ${r.options.articles} generated + seed (seed ${r.options.seed}); extraction over ${r.options.extractArticles} per page set; API: ${r.options.connections} connections × ${r.options.durationSeconds} s per query${r.options.warmupSeconds ? ` after a discarded ${r.options.warmupSeconds} s warm-up` : ''}`);
  const rows: string[][] = [];
  if (r.extraction) {
    rows.push(...extractionRows('generated', r.extraction.generated), ...extractionRows('seed copies', r.extraction.seedCopies));
  }
  if (r.build) {
    rows.push([`build ${r.build.articles} articles, ${r.build.workers} workers`, `${r.build.seconds} s`, `${r.build.articlesPerSecond} articles/s${r.build.resolutionSeconds === undefined ? '' : ` (reading ${r.build.extractionSeconds} s, resolution ${r.build.resolutionSeconds} s)`}; ${r.build.nodes} nodes, ${r.build.edges} edges; ${r.build.failed} failed`]);
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

  if (r.extraction) out.push(formatScore(r.extraction.score));
  if (r.lineageTarget) out.push(`3-hop lineage query on "${r.lineageTarget.name}" (BASED_ON chain ${r.lineageTarget.depth} deep in the built graph)`);

  if (r.api.length > 0) {
    const ops = [...new Set(r.api.flatMap((a) => a.figures.map((f) => f.operation)))];
    const ours = r.api.find((a) => a.store === 'neo4j');
    const theirs = r.api.find((a) => a.store === 'neo4j-graphql');
    const header = ['API query', ...r.api.flatMap((a) => [`${a.store} req/s`, 'p50 ms', 'p99 ms'])];
    if (ours && theirs) header.push('neo4j ÷ neo4j-graphql');
    const body = ops.map((op) => {
      const row = [
        op,
        ...r.api.flatMap((a) => {
          const f = a.figures.find((x) => x.operation === op);
          if (!f) return ['—', '—', '—'];
          if (f.requests === 0) return ['no answer', '—', '—'];
          const bad = f.non2xx + f.errors;
          return [`${f.requestsPerSecond}${bad ? ` (${bad} failed)` : f.graphqlErrors ? ' (errors)' : ''}`, String(f.p50ms), String(f.p99ms)];
        }),
      ];
      if (ours && theirs) {
        const a = ours.figures.find((x) => x.operation === op);
        const b = theirs.figures.find((x) => x.operation === op);
        row.push(a && b && b.requestsPerSecond > 0 ? `${round2(a.requestsPerSecond / b.requestsPerSecond)}×` : '—');
      }
      return row;
    });
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
    out.push('');
    for (const row of [header, ...body]) out.push(row.map((c, i) => (i === 0 ? pad(c, widths[i]!) : padL(c, widths[i]!))).join('  '));
  }
  return out.join('\n');
}
