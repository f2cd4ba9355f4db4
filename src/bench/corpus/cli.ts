/**
 * Writes a synthetic corpus: articles (four layouts) and their gold graphs.
 *
 *   node --import tsx src/bench/corpus/cli.ts --articles 1000 --out .data/corpus-1k [--seed 42] [--layout daum]
 *
 * Output: <out>/articles/<name>.{html,txt}, <out>/gold/<name>.json (the scorer's gold format),
 * <out>/manifest.json (seed, counts by layout, world size, models with deep BASED_ON chains).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { createCorpus, deepModels, GENERATOR_VERSION, LAYOUTS, type Layout } from './index.js';

export interface WriteCorpusOptions {
  articles: number;
  out: string;
  seed: number;
  layout?: Layout;
  onProgress?: (done: number) => void;
}

export interface CorpusManifest {
  generatorVersion: number;
  seed: number;
  articles: number;
  layouts: Record<string, number>;
  world: { companies: number; models: number; benchmarks: number; people: number; policies: number };
  /** Models with a BASED_ON chain of three or more (for lineage queries), deepest first. */
  deepModels: { name: string; en: string; depth: number }[];
  bytes: number;
}

/** Generates the corpus into `out` and returns its manifest. */
export async function writeCorpus(o: WriteCorpusOptions): Promise<CorpusManifest> {
  const corpus = createCorpus({ articles: o.articles, seed: o.seed, layout: o.layout });
  const articlesDir = path.join(o.out, 'articles');
  const goldDir = path.join(o.out, 'gold');
  await mkdir(articlesDir, { recursive: true });
  await mkdir(goldDir, { recursive: true });
  const layouts: Record<string, number> = {};
  let bytes = 0;
  let done = 0;
  let pending: Promise<void>[] = [];
  for (const f of corpus.files()) {
    layouts[f.layout] = (layouts[f.layout] ?? 0) + 1;
    bytes += Buffer.byteLength(f.text);
    pending.push(writeFile(path.join(articlesDir, f.file), f.text));
    pending.push(writeFile(path.join(goldDir, `${f.file.replace(/\.(html|txt)$/, '')}.json`), `${JSON.stringify(f.gold, null, 1)}\n`));
    if (pending.length >= 256) {
      await Promise.all(pending);
      pending = [];
    }
    done++;
    if (done % 1000 === 0) o.onProgress?.(done);
  }
  await Promise.all(pending);
  const { world } = corpus;
  const deep = deepModels(world, 3)
    .map((m) => ({ name: m.ko, en: m.en, depth: lineageDepth(world, m.key) }))
    .sort((a, b) => b.depth - a.depth || a.name.localeCompare(b.name))
    .slice(0, 20);
  const manifest: CorpusManifest = {
    generatorVersion: GENERATOR_VERSION,
    seed: o.seed,
    articles: o.articles,
    layouts,
    world: {
      companies: world.companies.length,
      models: world.models.length,
      benchmarks: world.benchmarks.length,
      people: world.people.length,
      policies: world.policies.length,
    },
    deepModels: deep,
    bytes,
  };
  await writeFile(path.join(o.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function lineageDepth(world: ReturnType<typeof createCorpus>['world'], key: string): number {
  let depth = 0;
  let cur = world.byKey.get(key) as { basedOn?: string } | undefined;
  while (cur?.basedOn && depth < 10) {
    depth++;
    cur = world.byKey.get(cur.basedOn) as { basedOn?: string } | undefined;
  }
  return depth;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function main(): Promise<void> {
  const program = new Command('corpus')
    .description('Write a deterministic synthetic corpus of Korean AI news articles with gold graphs')
    .requiredOption('--articles <n>', 'number of articles', positiveInt)
    .requiredOption('--out <dir>', 'output directory')
    .option('--seed <n>', 'seed (same seed, same bytes)', (v) => Number.parseInt(v, 10), 42)
    .option('--layout <layout>', `one layout for all articles (${LAYOUTS.join(', ')})`)
    .parse();
  const opts = program.opts<{ articles: number; out: string; seed: number; layout?: string }>();
  if (opts.layout && !LAYOUTS.includes(opts.layout as Layout)) {
    console.error(`corpus: --layout ${opts.layout}: expected one of ${LAYOUTS.join(', ')}`);
    process.exit(2);
  }
  if (!Number.isInteger(opts.seed)) {
    console.error('corpus: --seed: expected a whole number');
    process.exit(2);
  }
  const started = performance.now();
  const m = await writeCorpus({
    articles: opts.articles,
    out: opts.out,
    seed: opts.seed,
    layout: opts.layout as Layout | undefined,
    onProgress: (n) => process.stderr.write(`\r${n}/${opts.articles}`),
  });
  const secs = (performance.now() - started) / 1000;
  if (opts.articles >= 1000) process.stderr.write('\n');
  console.log(
    `wrote ${m.articles} articles (${Object.entries(m.layouts).map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
      `${(m.bytes / 1e6).toFixed(1)} MB, world of ${m.world.companies} companies / ${m.world.models} models, ` +
      `to ${opts.out} in ${secs.toFixed(1)} s`,
  );
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href;
if (invokedDirectly) {
  main().catch((e: unknown) => {
    console.error(`corpus: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
