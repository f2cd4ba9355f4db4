/** Page sets on disk for the benchmarks: a generated corpus (cached by size and seed) and seed copies. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATOR_VERSION, type GoldGraph } from './corpus/index.js';
import { writeCorpus, type CorpusManifest } from './corpus/cli.js';

export const BENCH_DIR = path.resolve('.data/bench');
export const SEED_DIR = path.resolve('seed');

export interface PageSet {
  dir: string;
  paths: string[];
  manifest?: CorpusManifest;
}

/** The generated corpus of `articles` for `seed`, written once under .data/bench and reused. */
export async function ensureCorpus(articles: number, seed: number): Promise<PageSet> {
  const dir = path.join(BENCH_DIR, `corpus-${articles}-s${seed}`);
  const manifestFile = path.join(dir, 'manifest.json');
  let manifest: CorpusManifest | undefined;
  if (existsSync(manifestFile)) {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as CorpusManifest;
    if (manifest.articles !== articles || manifest.seed !== seed || manifest.generatorVersion !== GENERATOR_VERSION) manifest = undefined;
  }
  if (!manifest) {
    process.stderr.write(`bench: generating ${articles} articles (seed ${seed}) into ${dir}\n`);
    manifest = await writeCorpus({ articles, seed, out: dir });
  }
  const articlesDir = path.join(dir, 'articles');
  const paths = (await readdir(articlesDir)).sort().map((f) => path.join(articlesDir, f));
  return { dir, paths, manifest };
}

export async function readGolds(set: PageSet): Promise<GoldGraph[]> {
  return Promise.all(
    set.paths.map(async (p) => JSON.parse(await readFile(path.join(set.dir, 'gold', `${path.basename(p).replace(/\.(html|txt)$/, '')}.json`), 'utf8')) as GoldGraph),
  );
}

/** The seed pages copied until there are `count` (each copy a distinct file, same article text). */
export async function ensureSeedCopies(count: number): Promise<PageSet> {
  const dir = path.join(BENCH_DIR, `seed-x${count}`);
  const seeds = (await readdir(SEED_DIR)).filter((f) => /\.(html?|txt)$/i.test(f)).sort();
  if (seeds.length === 0) throw new Error(`no seed pages in ${SEED_DIR}`);
  await mkdir(dir, { recursive: true });
  const texts = await Promise.all(seeds.map((f) => readFile(path.join(SEED_DIR, f), 'utf8')));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const src = seeds[i % seeds.length] as string;
    const file = path.join(dir, `${String(i).padStart(6, '0')}_${src}`);
    if (!existsSync(file)) await writeFile(file, `${texts[i % texts.length]}\n<!-- copy ${i} -->\n`);
    paths.push(file);
  }
  return { dir, paths };
}
