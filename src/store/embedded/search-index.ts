/**
 * Candidates for a contains-search over normalised names and aliases: node ids by each pair of
 * adjacent characters (bigram) of their keys. Every node with a key containing the needle is
 * among the ids of any one of the needle's bigrams, so the search checks only the rarest
 * bigram's ids instead of every node. One-character needles fall back to every node.
 */
export class BigramIndex {
  private readonly postings = new Map<string, string[]>();

  constructor(entries: Iterable<[id: string, keys: readonly string[]]>) {
    for (const [id, keys] of entries) {
      const grams = new Set<string>();
      for (const k of keys) for (let i = 0; i + 2 <= k.length; i++) grams.add(k.slice(i, i + 2));
      for (const g of grams) {
        let list = this.postings.get(g);
        if (!list) this.postings.set(g, (list = []));
        list.push(id);
      }
    }
  }

  /** Ids that may contain `needle` (a superset of those that do), or null when every node may. */
  candidates(needle: string): readonly string[] | null {
    if (needle.length < 2) return null;
    let best: readonly string[] | undefined;
    for (let i = 0; i + 2 <= needle.length; i++) {
      const list = this.postings.get(needle.slice(i, i + 2)) ?? [];
      if (!best || list.length < best.length) best = list;
      if (best.length === 0) break;
    }
    return best ?? [];
  }
}
