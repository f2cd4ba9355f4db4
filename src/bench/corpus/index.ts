/** The synthetic corpus generator: articles in four layouts, each with its gold graph. */
import { composeArticle, type GeneratedArticle, type Layout } from './article.js';
import { renderArticle } from './layouts.js';
import { buildWorld, lineageOf, worldSizeFor, type Model, type World } from './world.js';

export { composeArticle, LAYOUTS, type ArticleContent, type GeneratedArticle, type Layout } from './article.js';
export { danglingKeys, type GoldGraph } from './gold.js';
export { renderArticle } from './layouts.js';
export { Prng } from './prng.js';
export { buildWorld, lineageOf, worldSizeFor, type World } from './world.js';

/** Bumped whenever the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 2;

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Force one layout for every article (default: chosen per article by the seed). */
  layout?: Layout;
}

export interface CorpusFile {
  /** File name with extension. */
  file: string;
  text: string;
  gold: GeneratedArticle['gold'];
  layout: Layout;
}

/** A corpus: the world it is written about, and a lazy sequence of its files. */
export interface Corpus {
  seed: number;
  world: World;
  files(): Generator<CorpusFile>;
}

export function createCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 42;
  const world = buildWorld(seed, worldSizeFor(options.articles));
  return {
    seed,
    world,
    *files() {
      for (let i = 0; i < options.articles; i++) {
        const { content, gold } = composeArticle(world, seed, i, options.layout);
        const { ext, text } = renderArticle(content);
        yield { file: `${content.name}.${ext}`, text, gold, layout: content.layout };
      }
    },
  };
}

/** Models whose BASED_ON chain is at least `depth` long (targets for lineage queries). */
export function deepModels(world: World, depth: number): Model[] {
  return world.models.filter((m) => lineageOf(world, m).length >= depth);
}
