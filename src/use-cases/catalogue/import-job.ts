import type { Result } from '../../domain/errors.js';
import { type StoreLocation, openStore } from '../../store/index.js';
import { type CatalogueImportSummary, importCatalogue } from './import-catalogue.js';

/** What the main thread hands to an import worker: plain data only. */
export interface ImportJob {
  location: StoreLocation;
  text: string;
  actorId: string;
  partial: boolean;
  file: string;
  /** The main store's time at the start: every row of the one transaction carries it. */
  at: string;
}

/** Runs in the worker: the import on a connection of its own, closed afterwards. */
export async function runImportJob(job: ImportJob): Promise<Result<CatalogueImportSummary>> {
  const at = new Date(job.at);
  const store = await openStore({ ...job.location, now: () => at, poolSize: 2 });
  try {
    return await importCatalogue(store, job.text, { actorId: job.actorId, partial: job.partial, file: job.file });
  } finally {
    await store.close();
  }
}
