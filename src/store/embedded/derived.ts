/**
 * Answers computed from the whole graph (developer countries, foreign-based models, sorted and
 * filtered lists, the search index), kept until the graph changes: every merge or delete bumps
 * the graph's version, and the first read after that starts from an empty cache.
 */
export class DerivedCache {
  private readonly entries = new Map<string, unknown>();
  private version = -1;

  /** At most `maxEntries` answers are kept; past that the least recently used is dropped. */
  constructor(private readonly maxEntries = 256) {}

  /** The value under `key` for graph `version`, computed once by `compute`. */
  get<T>(version: number, key: string, compute: () => T): T {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) {
      const hit = this.entries.get(key) as T;
      this.entries.delete(key); // most recently used last
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }
}
