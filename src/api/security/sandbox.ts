import { Worker } from 'node:worker_threads';
import { KgError } from '../../errors/index.js';
import type { GraphDocument } from '../../graph/index.js';

export interface ExtractJob {
  id: number;
  kind: 'html' | 'text';
  content: string;
}

export type ExtractReply =
  | { id: number; graph: GraphDocument; warnings: string[]; error?: undefined }
  | { id: number; error: { code: string; message: string }; detail?: string; graph?: undefined };

export interface SandboxOptions {
  /** Time one page may take, worker start included (KG_INGEST_TIMEOUT_MS, default 30 s). */
  timeoutMs?: number;
  /** Heap of the worker (KG_INGEST_MAX_HEAP_MB, default 1024). */
  maxHeapMb?: number;
}

/**
 * Parse + extract for ingestArticle, in a worker thread: the server keeps answering reads while a
 * page is read, a page that takes longer than the budget (a pathological page, runaway
 * backtracking) is stopped with INGEST_TIMEOUT, and one that exhausts the worker's heap with
 * INGEST_TOO_COSTLY, instead of pinning or killing the server. One worker, pages one at a time;
 * a stopped worker is replaced on the next page.
 */
export class ExtractionSandbox {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private seq = 0;

  constructor(private readonly options: SandboxOptions = {}) {}

  /** Reads one page; rejects with a KgError (the page's own INPUT_INVALID, INGEST_TIMEOUT, …). */
  extract(kind: 'html' | 'text', content: string): Promise<{ graph: GraphDocument; warnings: string[] }> {
    const run = this.queue.then(() => this.runNow({ id: ++this.seq, kind, content }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const url = new URL(import.meta.url.endsWith('.ts') ? './extract-worker-boot.mjs' : './extract-worker.js', import.meta.url);
    const w = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb() } });
    w.unref(); // an idle worker never keeps the process alive
    w.on('error', () => undefined); // a job's own listener reports it; never an unhandled 'error' event
    w.on('exit', () => {
      if (this.worker === w) this.worker = undefined;
    });
    return w;
  }

  private timeoutMs(): number {
    return this.options.timeoutMs ?? positive(process.env.KG_INGEST_TIMEOUT_MS) ?? 30_000;
  }

  private heapMb(): number {
    return this.options.maxHeapMb ?? positive(process.env.KG_INGEST_MAX_HEAP_MB) ?? 1024;
  }

  private runNow(job: ExtractJob): Promise<{ graph: GraphDocument; warnings: string[] }> {
    const w = (this.worker ??= this.spawn());
    const timeout = this.timeoutMs();
    return new Promise((resolve, reject) => {
      const finish = (stopWorker: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (stopWorker) {
          if (this.worker === w) this.worker = undefined;
          void w.terminate();
        }
      };
      const timer = setTimeout(() => {
        finish(true);
        reject(new KgError('INGEST_TIMEOUT', `ingestArticle: reading the page took longer than ${seconds(timeout)} and was stopped`));
      }, timeout);
      const onMessage = (reply: ExtractReply) => {
        if (reply.id !== job.id) return;
        finish(false);
        if (reply.error) reject(new KgError(reply.error.code, reply.error.message, { cause: reply.detail }));
        else resolve({ graph: reply.graph, warnings: reply.warnings });
      };
      const onError = (e: Error) => {
        finish(true);
        const code = (e as { code?: string }).code;
        if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(new KgError('INGEST_TOO_COSTLY', `ingestArticle: reading the page needed more than ${this.heapMb()} MB and was stopped`));
        } else reject(new KgError('INTERNAL', 'ingestArticle: the extractor stopped unexpectedly', { cause: e }));
      };
      const onExit = () => {
        finish(true);
        reject(new KgError('INTERNAL', 'ingestArticle: the extractor stopped unexpectedly'));
      };
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(job);
    });
  }
}

function positive(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : undefined;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
}
