/**
 * Entity resolution across articles, scored: the articles are built into one graph (as `kg build`
 * does) and every gold entity of every article is followed to the node it became there.
 *
 * - Items: (article, gold entity) pairs whose entity the article's own extraction found (matched
 *   by the scorer's rules, match.ts); what extraction missed is extraction's score, not this one.
 * - Gold clusters: entities of one type that share a normalised name or alias across articles are
 *   one real entity (primary names joined first), except that two entities one article keeps apart
 *   are never joined, and a name that only shortens a longer one of the same entity joins nothing
 *   (an annotator's "라마 3.1" for "라마 3.1 8B", "네이버" for 네이버클라우드 in a headline), nor does a bare variant word or
 *   version number ("나노", "1.5").
 * - Predicted clusters: the node of the built graph that bears the article node's id, else its name.
 * - B³ precision and recall over the items: how much of an item's node is its real entity, and how
 *   much of its real entity is its node. Splits (one real entity, several nodes) cost recall,
 *   merges (several real entities, one node) cost precision.
 */
import { normalizeName } from '../graph/index.js';
import { buildGraphFromFiles, loadRules } from '../pipeline/index.js';
import { resolutionForm } from '../resolve/index.js';
import type { EvalRun } from './evaluate.js';
import type { GoldGraph } from './gold.js';
import { matchEntities, type PredictedGraph } from './match.js';
import type { Prf } from './score.js';

export interface ResolutionCase {
  article: string;
  gold: GoldGraph;
  /** The article extracted alone. */
  graph: PredictedGraph;
}

export interface ResolutionScore extends Prf {
  items: number;
  /** Items whose entity the article's extraction found (the ones scored). */
  matched: number;
  goldClusters: number;
  predictedNodes: number;
  /** One real entity found as several nodes: the node ids, then the gold names. */
  splits: string[];
  /** Several real entities found as one node: the node id, then each entity's first names. */
  merges: string[];
}

interface Item {
  article: string;
  type: string;
  names: string[];
  node?: string;
}

/** A variant word alone ("나노", "미니": an annotator's alias of "카나나 2 나노") names no one entity across articles. */
const VARIANT_WORDS: ReadonlySet<string> = new Set(loadRules().lexicon.variantWords.map((w) => normalizeName(w)));

/** A bare version number ("1.5", "v2.0": an annotator's alias of "X 1.5") names no one entity across articles either. */
const BARE_VERSION = /^\s*v?\d+(?:\.\d+)*\s*$/i;

/** The model gazetteer's families in other scripts, each with its first Latin spelling, longest first ("큐웬" → "qwen"). */
const FAMILY_LATIN: readonly [string, string][] = (() => {
  const out: [string, string][] = [];
  for (const [key, e] of loadRules().byKey) {
    const latin = key.startsWith('model:') ? e.names.find((n) => /^[A-Za-z]/.test(n)) : undefined;
    if (latin) for (const n of e.names) if (!/^[A-Za-z]/.test(n)) out.push([normalizeName(n), normalizeName(latin)]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
})();

/** A normalised name with a family name of another script at its start spelled in Latin ("큐웬3" → "qwen3"). */
function latinSpelled(form: string): string {
  const hit = FAMILY_LATIN.find(([k]) => form.startsWith(k));
  return hit ? hit[1] + form.slice(hit[0].length) : form;
}

/**
 * The names that join an entity to others: all but a shortened form of a longer one (a family or
 * company name an annotator kept as the alias of a size or a subsidiary: "라마 3.1" of "라마 3.1 8B"), a bare variant word or a bare version number.
 */
function joiningNames(names: string[]): string[] {
  const forms = names.map((n) => normalizeName(n));
  const latin = forms.map(latinSpelled);
  // (across scripts too: "큐웬3" shortens "Qwen3-14B", both read as "qwen3…"; not a name glossed in brackets, "딥시크-V3.2(DeepSeek-V3.2)")
  const shortens = (form: string) => {
    const spelled = latinSpelled(form);
    return forms.some((f, j) => f !== form && (f.startsWith(form) || (!names[j]!.includes('(') && latin[j] !== spelled && latin[j]!.startsWith(spelled))));
  };
  // (a name glossed in parentheses, "큐웬3(Qwen3)" beside "Qwen3-8B", shortens a longer one where its gloss does)
  const glossOf = (name: string) => /\(([^()]+)\)\s*$/.exec(name)?.[1];
  return names.filter((n, i) => {
    const gloss = glossOf(n);
    return !VARIANT_WORDS.has(forms[i]!) && !BARE_VERSION.test(n) && !shortens(forms[i]!) && !(gloss && shortens(normalizeName(gloss)));
  });
}

/** Joins items into real entities: union by shared names, never across a pair one article keeps apart. */
function clusterGold(items: Item[]): number[] {
  const parent = items.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const members = items.map((it, i) => new Map([[it.article, i]]));
  const join = (i: number, j: number): void => {
    const [a, b] = [find(i), find(j)];
    if (a === b) return;
    for (const [article, k] of members[b]!) if (members[a]!.has(article) && members[a]!.get(article) !== k) return;
    parent[b] = a;
    for (const [article, k] of members[b]!) members[a]!.set(article, k);
  };
  for (const primaryOnly of [true, false]) {
    const first = new Map<string, number>();
    items.forEach((it, i) => {
      for (const name of primaryOnly ? it.names.slice(0, 1) : joiningNames(it.names)) {
        // (as the resolver reads names: "바른말AI" and "바른말에이아이" are one name, "AI" spelt in Hangul)
        const key = `${it.type}|${resolutionForm(name)}`;
        const j = first.get(key);
        if (j === undefined) first.set(key, i);
        else join(j, i);
      }
    });
  }
  return items.map((_, i) => find(i));
}

/** Maps each form of the built graph's nodes to its node id (a node's own name before others' aliases). */
function indexCorpus(corpus: PredictedGraph): { ids: Set<string>; byForm: Map<string, string> } {
  const byForm = new Map<string, string>();
  const nodes = corpus.nodes ?? [];
  for (const n of nodes) byForm.set(`${n.type}|${normalizeName(n.name)}`, n.id);
  for (const n of nodes)
    for (const a of n.aliases ?? []) {
      const key = `${n.type}|${normalizeName(a)}`;
      if (!byForm.has(key)) byForm.set(key, n.id);
    }
  return { ids: new Set(nodes.map((n) => n.id)), byForm };
}

function groupBy<T, K>(list: T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Scores how the built graph `corpus` resolved the entities of `cases` into nodes. */
export function scoreResolution(cases: ResolutionCase[], corpus: PredictedGraph): ResolutionScore {
  const { ids, byForm } = indexCorpus(corpus);
  const items: Item[] = [];
  for (const c of cases) {
    const { taken, byId } = matchEntities(c.gold, c.graph);
    for (const [key, e] of Object.entries(c.gold.entities)) {
      const n = byId.get(taken.get(key) ?? '');
      const node = !n ? undefined : ids.has(n.id) ? n.id : byForm.get(`${n.type}|${normalizeName(n.name)}`);
      items.push({ article: c.article, type: e.type, names: e.names, node });
    }
  }
  const root = clusterGold(items);
  const scored = items.map((it, i) => ({ ...it, gold: root[i]! })).filter((it) => it.node !== undefined);
  const byGold = groupBy(scored, (it) => it.gold);
  const byNode = groupBy(scored, (it) => it.node!);
  let p = 0;
  let r = 0;
  for (const it of scored) {
    const sameNode = byNode.get(it.node!)!;
    const sameGold = byGold.get(it.gold)!;
    p += sameNode.filter((x) => x.gold === it.gold).length / sameNode.length;
    r += sameGold.filter((x) => x.node === it.node).length / sameGold.length;
  }
  p = scored.length ? p / scored.length : 1;
  r = scored.length ? r / scored.length : 1;
  const splits = [...byGold.values()]
    .filter((g) => new Set(g.map((x) => x.node)).size > 1)
    .map((g) => `${[...new Set(g.map((x) => x.node))].sort().join(' | ')} <= ${[...new Set(g.flatMap((x) => x.names))].join(', ')}`);
  const merges = [...byNode]
    .filter(([, g]) => new Set(g.map((x) => x.gold)).size > 1)
    .map(([node, g]) => `${node} <= ${[...groupBy(g, (x) => x.gold).values()].map((x) => x[0]!.names.slice(0, 3).join('/')).join(' || ')}`);
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    items: items.length,
    matched: scored.length,
    goldClusters: byGold.size,
    predictedNodes: byNode.size,
    splits: splits.sort(),
    merges: merges.sort(),
  };
}

/** Builds every article a run extracted into one graph, as `kg build` would, and scores its entity resolution. */
export async function scoreRunResolution(run: EvalRun): Promise<ResolutionScore> {
  const ok = run.results.filter((r) => r.graph);
  const { graph } = await buildGraphFromFiles(ok.map((r) => r.case.input));
  return scoreResolution(ok.map((r) => ({ article: r.case.name, gold: r.gold, graph: r.graph! })), graph);
}
