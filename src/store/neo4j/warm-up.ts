/**
 * Warming a Neo4j up for a load. A Neo4j that has just started plans every statement of the loader
 * the first time it sees it and runs its write path with its JIT cold: on the 2-core machine a
 * 100k-article load wrote its first 20,000 rows in ~15 s and every later 20,000 in ~4 s.
 * `warmUpWrites` runs the loader's own batches (writeBatch, both the mode for an empty store and the
 * reading mode) over a small synthetic graph inside transactions that it always rolls back, so the
 * statements are planned and their code compiled while nothing is ever committed: the database is
 * the same before and after. Worth it only where a core would otherwise sit idle (while a build
 * resolves its articles on one thread: warm-up-thread.ts).
 */
import { syntheticGraph } from '../../graph/index.js';
import type { Connection } from './connection.js';
import { idsIn, planBatches } from './plan.js';
import { writeBatch } from './writer.js';

/** Thrown at the end of every warm-up transaction so that it rolls back. */
class RollBack extends Error {
  constructor() {
    super('warm-up transaction rolled back');
  }
}

export interface WarmUpFigures {
  /** Transactions run (and rolled back). */
  rounds: number;
  seconds: number;
}

/** Names in the warm-up graph start with this (its ids are unlike any extracted graph's). */
export const WARM_UP_PREFIX = 'kg warm-up';

export interface WarmUpLimits {
  /** Asked between batches: true ends the warm-up (its transaction rolled back as always). */
  stop?: () => boolean;
  /** Default 60. */
  maxSeconds?: number;
  maxRounds?: number;
}

/**
 * Runs rolled-back load transactions until `stop` says so (checked between batches), or `maxSeconds`
 * have passed, or `maxRounds` transactions have run. Errors other than its own roll-back end it and are thrown.
 */
export async function warmUpWrites(conn: Connection, { stop = () => false, maxSeconds = 60, maxRounds = Infinity }: WarmUpLimits = {}): Promise<WarmUpFigures> {
  // small batches: the warm-up stops within one of them when asked
  const graph = syntheticGraph(1_500, 7, {
    prefix: WARM_UP_PREFIX,
    everyType: true,
  });
  const { batches } = planBatches(graph, 0, 250);
  const started = performance.now();
  const over = (): boolean => stop() || performance.now() - started > maxSeconds * 1000;
  let rounds = 0;
  while (rounds < maxRounds && !over()) {
    // even rounds: a load into an empty store (creates); odd: the reading mode (state reads, merges)
    const written = rounds % 2 === 0 ? new Set<string>() : null;
    try {
      await conn.writeTransaction(async (run) => {
        for (const batch of batches) {
          await writeBatch(run, batch, written);
          if (written) for (const id of idsIn(batch.edges)) written.add(id);
          if (over()) break;
        }
        throw new RollBack();
      });
    } catch (e: unknown) {
      if (!(e instanceof RollBack)) throw e;
    }
    rounds++;
  }
  return { rounds, seconds: (performance.now() - started) / 1000 };
}
