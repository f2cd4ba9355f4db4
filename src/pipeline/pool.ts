/**
 * Many files shared out between the main thread and worker threads. All take their next files
 * from one queue as they become free, so the main thread starts at once and a worker joins when it
 * has started (a worker loads the TypeScript and the rules and warms up for ~1 s; with fixed
 * shares the whole build waited for that). A worker that has not started when the queue runs out
 * is stopped unused.
 */
import { Worker } from 'node:worker_threads';
import { ensureKgError } from '../errors/index.js';
import type { ArticleFacts } from '../extract/index.js';
import { extractFileFacts } from './extract-file.js';

export interface FileOutcome {
  file: string;
  facts?: ArticleFacts;
  warnings?: string[];
  error?: { code: string; message: string };
}

/** Messages from a worker: an outcome, or `want` (ready for more files). */
export type WorkerMessage = FileOutcome | { want: true };

/** One file's outcome, errors caught (the same in every thread). */
export function extractOutcome(file: string, rulesDir: string | undefined): FileOutcome {
  try {
    const { facts, warnings } = extractFileFacts(file, rulesDir);
    return { file, facts, warnings };
  } catch (e: unknown) {
    const err = ensureKgError(e);
    return { file, error: { code: err.code, message: err.message } };
  }
}

const workerUrl = () => new URL(import.meta.url.endsWith('.ts') ? './worker-boot.mjs' : './worker.js', import.meta.url);

/** Files handed to a worker at a time: small near the end so no thread is left with a long tail. */
const batchSize = (left: number, threads: number) => Math.max(1, Math.min(8, Math.floor(left / (4 * threads))));

/**
 * Extracts `files` in the main thread and `threads - 1` workers; `report` gets every outcome once
 * (in completion order). Rejects when a worker fails to run (its 'error' event).
 */
export async function extractPooled(files: string[], threads: number, rulesDir: string | undefined, report: (o: FileOutcome) => void): Promise<void> {
  let next = 0;
  let failure: unknown;
  const take = (n: number) => files.slice(next, (next = Math.min(files.length, next + n)));
  const workers = Array.from({ length: threads - 1 }, () => {
    const w = new Worker(workerUrl(), { workerData: { rulesDir } });
    const pending = new Set<string>();
    let stopped = false;
    const stop = () => {
      stopped = true;
      void w.terminate();
    };
    const exited = new Promise<void>((resolve) => {
      w.on('message', (msg: WorkerMessage) => {
        if ('want' in msg) {
          const batch = take(batchSize(files.length - next, threads));
          if (!batch.length) return stop();
          for (const f of batch) pending.add(f);
          w.postMessage(batch);
          return;
        }
        pending.delete(msg.file);
        report(msg);
      });
      w.on('error', (e) => (failure ??= e));
      w.on('exit', (code) => {
        if (failure === undefined) for (const file of pending) report({ file, error: { code: 'INTERNAL', message: `${file}: worker stopped (exit ${code})` } });
        pending.clear();
        resolve();
      });
    });
    // a worker with no files in hand when the queue is empty is stopped (it may still be starting)
    const release = () => {
      if (!stopped && pending.size === 0) stop();
    };
    return { exited, release, stop };
  });
  // the main thread's share: one file at a time, letting the workers' messages in between
  while (next < files.length && failure === undefined) {
    report(extractOutcome(files[next++]!, rulesDir));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (failure !== undefined) for (const w of workers) w.stop();
  else for (const w of workers) w.release();
  await Promise.all(workers.map((w) => w.exited));
  if (failure !== undefined) throw failure;
}
