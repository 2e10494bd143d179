import type { Result } from '../../domain/errors.js';
import { serializeCatalogue, toCsv } from '../../documents/catalogue/index.js';
import type { CatalogueFilters } from '../../documents/catalogue/schema.js';
import { type SearchScope, type StoreLocation, openStore } from '../../store/index.js';
import { exportCatalogueFromStore } from './export-catalogue.js';
import { type CatalogueImportSummary, importCatalogue } from './import-catalogue.js';

/** What the main thread hands to an exchange worker: plain data only. */
export type ExchangeJob =
  | {
      kind: 'import';
      location: StoreLocation;
      text: string;
      actorId: string;
      partial: boolean;
      file: string;
      /** The main store's time at the start: every row of the one transaction carries it. */
      at: string;
    }
  | {
      kind: 'export';
      location: StoreLocation;
      format: 'json' | 'csv';
      exportedAt: string;
      filters: CatalogueFilters;
      scope: SearchScope | undefined;
    };

export type ExchangeOutcome<J extends ExchangeJob> = J extends { kind: 'import' } ? Result<CatalogueImportSummary> : Uint8Array;

/** The export as the bytes of its file (canonical JSON or CSV). */
export async function exportFileBytes(
  store: Parameters<typeof exportCatalogueFromStore>[0],
  job: Omit<Extract<ExchangeJob, { kind: 'export' }>, 'kind' | 'location'>,
): Promise<Uint8Array> {
  const catalogue = await exportCatalogueFromStore(store, { exportedAt: job.exportedAt, filters: job.filters, scope: job.scope });
  return Buffer.from(job.format === 'json' ? serializeCatalogue(catalogue) : toCsv(catalogue.fubes), 'utf8');
}

/** Runs in the worker: the job on a connection of its own, closed afterwards. */
export async function runExchangeJob(job: ExchangeJob): Promise<Result<CatalogueImportSummary> | Uint8Array> {
  const at = job.kind === 'import' ? new Date(job.at) : undefined;
  const store = await openStore({ ...job.location, ...(at !== undefined ? { now: () => at } : {}), poolSize: 2 });
  try {
    if (job.kind === 'import') return await importCatalogue(store, job.text, { actorId: job.actorId, partial: job.partial, file: job.file });
    const bytes = await exportFileBytes(store, job);
    // A buffer of its own (not a slice of Node's pool), so it can be transferred.
    return new Uint8Array(bytes);
  } finally {
    await store.close();
  }
}
