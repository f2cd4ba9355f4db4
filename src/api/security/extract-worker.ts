/** Worker thread for ingestArticle: parse + extract one page sent by the sandbox, post the graph back. */
import { parentPort } from 'node:worker_threads';
import { KgError } from '../../errors/index.js';
import { parseArticle, parseText } from '../../parse/index.js';
import { extractArticle } from '../../pipeline/index.js';
import type { ExtractJob, ExtractReply } from './sandbox.js';

function handle(job: ExtractJob): ExtractReply {
  try {
    const parsed =
      job.kind === 'html'
        ? parseArticle(Buffer.from(job.content, 'utf8'), { source: 'html', fileName: 'ingest.html' })
        : parseText(job.content, { source: 'text' });
    return { id: job.id, graph: extractArticle(parsed), warnings: parsed.warnings };
  } catch (e: unknown) {
    // only our own errors carry a message meant for the client
    if (e instanceof KgError) return { id: job.id, error: { code: e.code, message: e.message } };
    return { id: job.id, error: { code: 'INTERNAL', message: 'ingestArticle: the extractor failed on this page' }, detail: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (job: ExtractJob) => parentPort?.postMessage(handle(job)));
