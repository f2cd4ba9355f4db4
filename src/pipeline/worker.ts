/**
 * Worker thread of the pool (pool.ts): loads the rules, asks for files ({want}), extracts each
 * batch it is sent, posting every outcome back, then asks again. The pool ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRules } from '../extract/index.js';
import { extractOutcome, type WorkerMessage } from './pool.js';

const { rulesDir } = workerData as { rulesDir?: string };
const port = parentPort!;
const send = (m: WorkerMessage) => port.postMessage(m);
try {
  loadRules(rulesDir);
} catch {
  // reported per file, as in the main thread
}
port.on('message', (files: string[]) => {
  for (const file of files) send(extractOutcome(file, rulesDir));
  send({ want: true });
});
send({ want: true });
