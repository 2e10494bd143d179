import { Worker } from 'node:worker_threads';
import type { Result } from '../../domain/errors.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { ref } from '../../messages/index.js';
import type { Store } from '../../store/index.js';
import { ApiProblem } from '../problems.js';
import { type CatalogueImportSummary, importCatalogue } from './import-catalogue.js';
import type { ImportJob } from './import-job.js';

const WORKER_URL = new URL('./import-worker.mjs', import.meta.url);

/**
 * From this size on a file is imported in a worker. Starting one (loading the sources) costs
 * 1–3 s; a file under 1 MiB (some 70 FUBEs) is imported here in well under 100 ms.
 */
export const OFF_THREAD_FROM_BYTES = 1024 * 1024;

/**
 * A worker's limits: 10,000 FUBEs (138 MiB) take some 15–25 s and about 1.5 GB; past these the
 * worker is terminated, its connection closes and the database rolls the transaction back.
 */
export const IMPORT_LIMITS = { timeoutMs: 10 * 60_000, maxMemoryMb: 4096 };

const importLimitProblem = (limits: typeof IMPORT_LIMITS) =>
  new ApiProblem({
    type: PROBLEM_TYPES.importUnavailable,
    title: ref('problem.import-unavailable'),
    status: 503,
    detail: ref('problem.detail.import-limit', { seconds: Math.round(limits.timeoutMs / 1000) }),
  });

/**
 * A catalogue import off the request thread (issue 11 item 3): parsing a file of up to 100 MB,
 * checking every record and writing them in one transaction take seconds, which on SQLite
 * (a synchronous driver) would hold every other request. The worker opens the same database
 * on its own connection; this process keeps answering (reads see the last committed state;
 * a write waits for the import's transaction, asynchronously, up to the busy limit). Caches
 * need no telling: hot reads follow `data_version`, FUBE views their stamp. A small file,
 * and any file for an in-memory database (which cannot be opened twice), is imported here.
 */
export async function importOffThread(
  store: Store,
  text: string,
  options: { actorId: string; partial: boolean; file: string },
  limits: typeof IMPORT_LIMITS = IMPORT_LIMITS,
): Promise<Result<CatalogueImportSummary>> {
  const inMemory = 'file' in store.location && store.location.file === ':memory:';
  if (inMemory || text.length < OFF_THREAD_FROM_BYTES) return importCatalogue(store, text, options);
  const job: ImportJob = { location: store.location, text, ...options, at: store.now() };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb } });
    let answered = false;
    const answer = (fn: () => void) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => answer(() => void worker.terminate().finally(() => reject(importLimitProblem(limits)))), limits.timeoutMs);
    worker.once('message', (message: { ok: true; result: Result<CatalogueImportSummary> } | { ok: false; message: string }) =>
      answer(() => (message.ok ? resolve(message.result) : reject(new Error(`catalogue import worker: ${message.message}`)))),
    );
    worker.once('error', (error) =>
      answer(() => reject((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? importLimitProblem(limits) : error)),
    );
    worker.once('exit', (code) => answer(() => reject(new Error(`catalogue import worker stopped (exit ${code}) without an answer`))));
  });
}
