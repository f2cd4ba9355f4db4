/** Worker thread: extracts the facts of the files it is sent and posts them back one by one. */
import { parentPort, workerData } from 'node:worker_threads';
import { ensureKgError } from '../errors/index.js';
import { extractFileFacts } from './extract-file.js';

interface Job {
  files: string[];
  rulesDir?: string;
}

const job = workerData as Job;
for (const file of job.files) {
  try {
    const { facts, warnings } = extractFileFacts(file, job.rulesDir);
    parentPort!.postMessage({ file, facts, warnings });
  } catch (e: unknown) {
    const err = ensureKgError(e);
    parentPort!.postMessage({ file, error: { code: err.code, message: err.message } });
  }
}
parentPort!.postMessage({ done: true });
