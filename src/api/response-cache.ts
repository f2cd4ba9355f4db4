import { getOperationAST, parse } from 'graphql';

/**
 * An opt-in cache of whole GraphQL answers for a store that can say when its graph changed
 * (Store.revision: the embedded store). Off by default: `KG_RESPONSE_CACHE=1` or the
 * `responseCache` option turns it on. Only successful answers to queries are kept (no errors,
 * no mutations, no requests carrying an Authorization header), keyed by the request body text, and
 * an entry is used only while the store's revision is the one read before the query ran.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { revision: number; type: string; body: string }>();
  /** Whether a body's operation is a query (parsed once per distinct body; false when it does not parse). */
  private readonly kinds = new Map<string, boolean>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 256,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  /** The remembered answer (its content type and body) while the revision is unchanged. */
  get(key: string, revision: number): { type: string; body: string } | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.revision === revision) return e;
    this.drop(key);
    return undefined;
  }

  /** Remembers `body` when the request was a query and the answer has no errors. */
  offer(key: string, revision: number, query: unknown, operationName: unknown, type: string, body: string): void {
    if (body.startsWith('{"errors"') || body.length * 2 > this.maxBytes / 4) return;
    if (!this.isQuery(key, query, operationName)) return;
    this.drop(key);
    while (this.entries.size >= this.maxEntries || this.bytes + body.length * 2 > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.drop(oldest.value);
    }
    this.entries.set(key, { revision, type, body });
    this.bytes += body.length * 2;
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.body.length * 2;
  }

  private isQuery(key: string, query: unknown, operationName: unknown): boolean {
    let kind = this.kinds.get(key);
    if (kind === undefined) {
      kind = false;
      if (typeof query === 'string') {
        try {
          const op = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined);
          kind = op?.operation === 'query';
        } catch {
          kind = false;
        }
      }
      if (this.kinds.size >= this.maxEntries * 4) this.kinds.clear();
      this.kinds.set(key, kind);
    }
    return kind;
  }
}

/** Whether the environment turns the response cache on (KG_RESPONSE_CACHE=1 or true). */
export function responseCacheWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes|on)$/i.test(env.KG_RESPONSE_CACHE ?? '');
}
