/**
 * Small parts of the Neo4j writer (writer.ts): waiting for pipelined statements, telling a lost race
 * from a real failure, and naming the edge whose end is missing.
 */
import { GraphFormatError } from '../../errors/index.js';
import type { TxRunner } from './connection.js';
import type { EdgeRow } from './plan.js';

/** Times a batch is written again after a lost race (a constraint another loader tripped, a deadlock). */
export const MAX_ATTEMPTS = 4;

export function isRaceLost(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || code.startsWith('Neo.TransientError.Transaction.'));
}

/** Waits for all the statements sent; throws the first failure. */
export async function settle<T>(runs: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(runs);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

export async function findMissing(run: TxRunner, rows: EdgeRow[]): Promise<string[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]))];
  const res = await run('UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing', { ids });
  return (res.records[0]?.get('missing') as string[] | undefined) ?? [];
}

/** Edge rows of a batch whose ends are not in Neo4j (the batch is rolled back). */
export class MissingNodes extends Error {
  constructor(
    readonly rows: EdgeRow[],
    readonly ids: string[],
  ) {
    super(`missing nodes: ${ids.join(', ')}`);
  }
}

export function missingEndpoint(rows: EdgeRow[], missing: string[]): GraphFormatError {
  const gone = new Set(missing);
  const edge = rows.find((r) => gone.has(r.source) || gone.has(r.target));
  const which = edge ? `edge ${edge.id} points at ${gone.has(edge.source) ? edge.source : edge.target}` : 'an edge points at a node';
  return new GraphFormatError('graph', `${which}, which is neither in the graph nor in Neo4j (batch rolled back)`);
}

export function hasExtra(row: { extra: unknown }): boolean {
  return row.extra !== null;
}
