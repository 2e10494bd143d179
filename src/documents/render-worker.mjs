// A worker thread of the document pool (render-pool.ts): loads the TypeScript sources with
// tsx, as bin/weegschaal.mjs does, and makes one document, or reads one uploaded file, per message.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runRenderJob } = await import('./render-job.ts');
const { runReadJob } = await import('./read-job.ts');

parentPort.on('message', async ({ id, task, job }) => {
  try {
    if (task === 'read') {
      // The result is plain data (a Result of the reader): cloned to the main thread.
      parentPort.postMessage({ id, ok: true, value: await runReadJob(job) });
      return;
    }
    const bytes = await runRenderJob(job);
    // A copy of its own, so its memory moves to the main thread instead of being copied again.
    const out = new Uint8Array(bytes);
    parentPort.postMessage({ id, ok: true, bytes: out }, [out.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
