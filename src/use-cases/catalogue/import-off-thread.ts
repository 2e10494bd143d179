import { Worker } from 'node:worker_threads';
import type { Result } from '../../domain/errors.js';
import type { Store } from '../../store/index.js';
import { type CatalogueImportSummary, importCatalogue } from './import-catalogue.js';
import type { ImportJob } from './import-job.js';

const WORKER_URL = new URL('./import-worker.mjs', import.meta.url);

/**
 * From this size on a file is imported in a worker. Starting one (loading the sources) costs
 * 1–3 s; a file under 1 MiB (some 70 FUBEs) is imported here in well under 100 ms.
 */
export const OFF_THREAD_FROM_BYTES = 1024 * 1024;

/**
 * A catalogue import off the request thread (issue 11 item 3): parsing a file of up to 100 MB,
 * checking every record and writing them in one transaction take seconds, which on SQLite
 * (a synchronous driver) would hold every other request. The worker opens the same database
 * on its own connection; this process keeps answering (reads see the last committed state;
 * a write waits for the import's transaction, asynchronously, up to the busy limit). Caches
 * need no telling: hot reads follow `data_version`, FUBE views their stamp. A small file,
 * and any file for an in-memory database (which cannot be opened twice), is imported here.
 */
export async function importOffThread(store: Store, text: string, options: { actorId: string; partial: boolean; file: string }): Promise<Result<CatalogueImportSummary>> {
  const inMemory = 'file' in store.location && store.location.file === ':memory:';
  if (inMemory || text.length < OFF_THREAD_FROM_BYTES) return importCatalogue(store, text, options);
  const job: ImportJob = { location: store.location, text, ...options, at: store.now() };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    let answered = false;
    worker.once('message', (message: { ok: true; result: Result<CatalogueImportSummary> } | { ok: false; message: string }) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`catalogue import worker: ${message.message}`));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`catalogue import worker stopped (exit ${code}) without an answer`));
    });
  });
}
