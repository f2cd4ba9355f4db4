import type { ArticleRecord, Evidence } from '../../graph/index.js';

/**
 * One copy of each repeated string of a graph document while it is merged: a sentence that
 * gives evidence for several edges, rule names, dates, publishers. JSON.parse and the pipeline
 * give every occurrence its own string; the index keeps hundreds of thousands of them, so
 * sharing them is most of what the evidence costs. Dropped with the merge (nothing is kept).
 */
export class SharedStrings {
  private readonly seen = new Map<string, string>();

  of(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    this.seen.set(s, s);
    return s;
  }

  /** A copy of `a` whose repeated fields share their strings. */
  article(a: ArticleRecord): ArticleRecord {
    const copy = { ...a };
    if (copy.publishedAt !== undefined) copy.publishedAt = this.of(copy.publishedAt);
    if (copy.publisher !== undefined) copy.publisher = this.of(copy.publisher);
    if (copy.author !== undefined) copy.author = this.of(copy.author);
    return copy;
  }

  /** A copy of `e` with the article id as `articleId` (the article record's own string when known). */
  evidence(e: Evidence, articleId: string): Evidence {
    return { ...e, articleId, sentence: this.of(e.sentence), rule: this.of(e.rule) };
  }
}
