// A catalogue import in a worker thread (import-off-thread.ts): loads the TypeScript sources
// with tsx, as bin/weegschaal.mjs does, runs one import on its own connection and answers once.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runImportJob } = await import('./import-job.ts');

try {
  parentPort.postMessage({ ok: true, result: await runImportJob(workerData) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
