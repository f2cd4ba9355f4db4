import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { StoreUnavailableError } from '../../errors/index.js';

export interface Neo4jOptions {
  /** bolt://, neo4j://, bolt+s://, neo4j+s:// … */
  uri: string;
  /** Default `neo4j` when a password is given. */
  user?: string;
  /** Without one the driver connects with no authentication (a local Neo4j with auth disabled). */
  password?: string;
  /** Default: the server's default database. */
  database?: string;
  /** Called once per Cypher statement sent (what the round-trip tests count). */
  onQuery?: (cypher: string) => void;
  /** Connection and acquisition timeout in ms (default 5000). */
  timeoutMs?: number;
  /**
   * How long the driver retries a failed transaction (default 500 ms: one retry, about a second
   * later). Short, so that while Neo4j is down a query fails within ~1 s instead of retrying for
   * many seconds; a pool reconnects by itself once it is back.
   */
  retryMs?: number;
}

export type Params = Record<string, unknown>;

export const DEFAULT_RETRY_MS = 500;

/**
 * One driver with the project's settings: short timeouts (an unreachable Neo4j or a wrong password
 * fails within seconds), plain JS numbers for integers, and a counter of Cypher round trips.
 */
export class Connection {
  readonly uri: string;
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly onQuery: ((cypher: string) => void) | undefined;
  private count = 0;
  private latestBookmark = '';

  constructor(opts: Neo4jOptions) {
    this.uri = opts.uri;
    this.database = opts.database || undefined;
    this.onQuery = opts.onQuery;
    const timeout = opts.timeoutMs ?? 5000;
    const auth = opts.password ? neo4j.auth.basic(opts.user || 'neo4j', opts.password) : undefined;
    try {
      this.driver = neo4j.driver(opts.uri, auth, {
        connectionTimeout: timeout,
        connectionAcquisitionTimeout: timeout,
        maxTransactionRetryTime: opts.retryMs ?? DEFAULT_RETRY_MS,
        disableLosslessIntegers: true,
        userAgent: 'sovereign-kg',
      });
    } catch (e: unknown) {
      throw new StoreUnavailableError(opts.uri, describeNeo4jError(e), { cause: e });
    }
  }

  /** The bookmark of the last read that finished ('' before any). */
  get lastBookmark(): string {
    return this.latestBookmark;
  }

  /** Cypher statements sent since the store was created. */
  get roundTrips(): number {
    return this.count;
  }

  private counted(cypher: string): void {
    this.count++;
    this.onQuery?.(cypher);
  }

  /** Checks that the server answers and accepts the credentials, within the timeout. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      await this.driver.verifyAuthentication({ database: this.database });
    } catch (e: unknown) {
      throw this.unavailable(e);
    }
  }

  /**
   * `RETURN 1` in an auto-commit transaction, without the driver's retries: a health check answers
   * within the connection timeout instead of retrying for maxTransactionRetryTime.
   */
  async probe(): Promise<void> {
    this.counted('RETURN 1');
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1 AS ok');
    } catch (e: unknown) {
      throw this.unavailable(e);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * One statement. A read runs as an auto-commit transaction in a session of its own: one round
   * trip (RUN and PULL sent together), where a managed transaction adds BEGIN and a COMMIT round
   * trip. Writes (schema statements) go through executeQuery, with the driver's retries.
   */
  async query<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}, write = false): Promise<QueryResult<T>> {
    if (!write) return this.read<T>(cypher, params);
    this.counted(cypher);
    try {
      return await this.driver.executeQuery<QueryResult<T>>(cypher, params, {
        database: this.database,
        routing: write ? neo4j.routing.WRITE : neo4j.routing.READ,
      });
    } catch (e: unknown) {
      throw this.unavailable(e);
    }
  }

  private async read<T extends RecordShape>(cypher: string, params: Params): Promise<QueryResult<T>> {
    return (await this.readAt<T>(cypher, params)).result;
  }

  /**
   * A read, with the bookmark it leaves: the database's last committed transaction as the read saw
   * it. Two reads with the same bookmark saw the same data (nothing was written in between).
   */
  async readAt<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<{ result: QueryResult<T>; bookmark: string }> {
    this.counted(cypher);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = (await session.run<T>(cypher, params)) as QueryResult<T>;
      const bookmark = session.lastBookmarks().join(',');
      this.latestBookmark = bookmark;
      return { result, bookmark };
    } catch (e: unknown) {
      throw this.unavailable(e);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Runs `work` in one write transaction: everything it runs commits together or not at all.
   * Errors reach the caller unmapped (so it can say which batch failed).
   */
  async writeTransaction<T>(work: (run: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        work(async (cypher, params = {}) => {
          this.counted(cypher);
          return tx.run(cypher, params);
        }),
      );
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Turns a driver error into the one-line StoreUnavailableError naming the URI. */
  unavailable(e: unknown, context?: string): StoreUnavailableError {
    if (e instanceof StoreUnavailableError) return e;
    const cause = describeNeo4jError(e);
    return new StoreUnavailableError(this.uri, context ? `${context}: ${cause}` : cause, { cause: e });
  }
}

export type TxRunner = (cypher: string, params?: Params) => Promise<QueryResult>;

/** A short, single-line cause for a driver error. */
export function describeNeo4jError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : String(e);
  const firstLine = (message.split('\n').find((l) => l.trim()) ?? message).trim();
  if (code === 'Neo.ClientError.Security.Unauthorized' || /unauthori[sz]ed|authentication failure/i.test(message)) {
    return 'authentication failed (wrong user or password)';
  }
  const acquisition = /Connection acquisition timed out in (\d+) ?ms/i.exec(message);
  if (acquisition) return `cannot connect: no Bolt answer within ${acquisition[1]} ms (is this a Neo4j Bolt port?)`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    const sys = /(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)/.exec(message)?.[1];
    if (sys === 'ECONNREFUSED') return 'cannot connect: connection refused (is Neo4j running?)';
    if (sys === 'ENOTFOUND' || sys === 'EAI_AGAIN') return 'cannot connect: unknown host';
    if (/timed out|timeout/i.test(message) || sys === 'ETIMEDOUT') return 'cannot connect: connection timed out';
    return `cannot connect: ${truncate(firstLine)}`;
  }
  return truncate(code && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine);
}

function truncate(s: string): string {
  return s.length > 300 ? `${s.slice(0, 297)}…` : s;
}
