import { Worker } from 'node:worker_threads';
import { PROBLEM_TYPES } from '../../api/problem.js';
import type { Result } from '../../domain/errors.js';
import type { CatalogueFilters } from '../../documents/catalogue/schema.js';
import { ref } from '../../messages/index.js';
import type { SearchScope, Store } from '../../store/index.js';
import { ApiProblem } from '../problems.js';
import { type ExchangeJob, exportFileBytes } from './exchange-job.js';
import { type CatalogueImportSummary, importCatalogue } from './import-catalogue.js';

const WORKER_URL = new URL('./exchange-worker.mjs', import.meta.url);

export interface ExchangeLimits {
  /**
   * A worker's limits: 10,000 FUBEs (138 MiB) take some 15–25 s and about 1.5 GB; past these the
   * worker is terminated, its connection closes and the database rolls the transaction back.
   */
  timeoutMs: number;
  maxMemoryMb: number;
  /**
   * From this size on a file is imported in a worker. Starting one (loading the sources) costs
   * 1–3 s; a file under 1 MiB (some 70 FUBEs) is imported here in well under 100 ms.
   */
  fromBytes: number;
  /** From this many FUBEs on (some 7 MB of JSON) an export is made in a worker. */
  fromFubes: number;
}

export const EXCHANGE_LIMITS: ExchangeLimits = { timeoutMs: 10 * 60_000, maxMemoryMb: 4096, fromBytes: 1024 * 1024, fromFubes: 500 };

const limitProblem = (kind: ExchangeJob['kind'], limits: ExchangeLimits) =>
  new ApiProblem({
    type: PROBLEM_TYPES.importUnavailable,
    title: ref(kind === 'import' ? 'problem.import-unavailable' : 'problem.export-unavailable'),
    status: 503,
    detail: ref(kind === 'import' ? 'problem.detail.import-limit' : 'problem.detail.export-limit', { seconds: Math.round(limits.timeoutMs / 1000) }),
  });

/** An in-memory database cannot be opened twice: its jobs run here. */
const inMemory = (store: Store) => 'file' in store.location && store.location.file === ':memory:';

/**
 * A catalogue import off the request thread (issue 11 item 3): parsing a file of up to 100 MB,
 * checking every record and writing them in one transaction take seconds, which on SQLite
 * (a synchronous driver) would hold every other request. The worker opens the same database
 * on its own connection; this process keeps answering (reads see the last committed state;
 * a write waits for the import's lock, asynchronously, up to the busy limit). Caches need no
 * telling: hot reads follow `data_version`, FUBE views their stamp. A small file is imported here.
 */
export async function importOffThread(
  store: Store,
  text: string,
  options: { actorId: string; partial: boolean; file: string },
  limits: ExchangeLimits = EXCHANGE_LIMITS,
): Promise<Result<CatalogueImportSummary>> {
  if (inMemory(store) || text.length < limits.fromBytes) return importCatalogue(store, text, options);
  return runInWorker<Result<CatalogueImportSummary>>({ kind: 'import', location: store.location, text, ...options, at: store.now() }, limits);
}

/** A catalogue export as the bytes of its file; a large one is read and written in a worker. */
export async function exportOffThread(
  store: Store,
  options: { format: 'json' | 'csv'; exportedAt: string; filters: CatalogueFilters; scope: SearchScope | undefined },
  limits: ExchangeLimits = EXCHANGE_LIMITS,
): Promise<Uint8Array> {
  if (inMemory(store) || (await store.catalogue.exportCount(options.filters, options.scope)) < limits.fromFubes) return exportFileBytes(store, options);
  return runInWorker<Uint8Array>({ kind: 'export', location: store.location, ...options }, limits);
}

function runInWorker<T>(job: ExchangeJob, limits: ExchangeLimits): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb } });
    let answered = false;
    const answer = (fn: () => void) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => answer(() => void worker.terminate().finally(() => reject(limitProblem(job.kind, limits)))), limits.timeoutMs);
    worker.once('message', (message: { ok: true; result: T } | { ok: false; message: string }) =>
      answer(() => (message.ok ? resolve(message.result) : reject(new Error(`catalogue ${job.kind} worker: ${message.message}`)))),
    );
    worker.once('error', (error) =>
      answer(() => reject((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitProblem(job.kind, limits) : error)),
    );
    worker.once('exit', (code) => answer(() => reject(new Error(`catalogue ${job.kind} worker stopped (exit ${code}) without an answer`))));
  });
}
