// A catalogue import or export in a worker thread (exchange-off-thread.ts): loads the
// TypeScript sources with tsx, as bin/weegschaal.mjs does, runs one job on its own database
// connection and answers once.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runExchangeJob } = await import('./exchange-job.ts');

try {
  const result = await runExchangeJob(workerData);
  // Export bytes move to the main thread instead of being copied.
  parentPort.postMessage({ ok: true, result }, result instanceof Uint8Array ? [result.buffer] : []);
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
