/**
 * The load's warm-up (warm-up.ts) in a worker thread of its own, so that it runs while the main
 * thread is busy with something synchronous: a build resolving its articles into one graph uses one
 * core and leaves the other free. `kg load <articles>` and the benchmark start it once every article
 * has been read and stop it just before the load. It is best-effort: a warm-up that fails (Neo4j not
 * there yet, a refused login) says why in its figures and the load goes on as it would have.
 */
import { Worker } from 'node:worker_threads';
import type { Neo4jOptions } from './connection.js';
import type { WarmUpFigures } from './warm-up.js';

export interface WarmUpOutcome extends Partial<WarmUpFigures> {
  /** Why the warm-up ended early (it never fails the load). */
  error?: string;
}

export interface WarmUpThread {
  /** Asks the warm-up to stop after its current batch (rolled back) and waits for the thread to end. */
  stop(): Promise<WarmUpOutcome>;
}

/** Messages from the warm-up worker. */
export type WarmUpMessage = { done: WarmUpFigures } | { error: string };

const workerUrl = (): URL => new URL(import.meta.url.endsWith('.ts') ? './warm-up-worker-boot.mjs' : './warm-up-worker.js', import.meta.url);

/** Starts warming up the Neo4j at `options.uri` for at most `maxSeconds` (its schema must already be in place: store.init()). */
export function startWarmUpThread(options: Neo4jOptions, maxSeconds = 120): WarmUpThread {
  let outcome: WarmUpOutcome = {
    error: 'the warm-up thread ended without a word',
  };
  const w = new Worker(workerUrl(), { workerData: { options, maxSeconds } });
  w.unref(); // never keeps the process alive
  w.on('message', (msg: WarmUpMessage) => {
    outcome = 'done' in msg ? msg.done : { error: msg.error };
  });
  const ended = new Promise<void>((resolve) => {
    w.on('error', (e: unknown) => {
      outcome = { error: e instanceof Error ? e.message : String(e) };
    });
    w.on('exit', () => resolve());
  });
  return {
    async stop() {
      w.postMessage('stop');
      await ended;
      return outcome;
    },
  };
}
