/** Worker entry of warm-up-thread.ts: warms the Neo4j up until the parent says 'stop', then reports and ends. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Neo4jOptions } from './connection.js';
import { createNeo4jStore } from './store.js';
import type { WarmUpMessage } from './warm-up-thread.js';

const { options, maxSeconds } = workerData as {
  options: Neo4jOptions;
  maxSeconds: number;
};
let stopped = false;
parentPort?.on('message', (msg: unknown) => {
  if (msg === 'stop') stopped = true;
});
const store = createNeo4jStore(options);
let message: WarmUpMessage;
try {
  message = { done: await store.warmUp({ stop: () => stopped, maxSeconds }) };
} catch (e: unknown) {
  message = {
    error: e instanceof Error ? e.message.split('\n')[0]! : String(e),
  };
} finally {
  await store.close().catch(() => undefined);
}
parentPort?.postMessage(message);
parentPort?.close();
