import { authorize } from '../../domain/access/index.js';
import { ref } from '../../messages/index.js';
import type { CatalogueFilters } from '../../documents/catalogue/schema.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused, forbidden, limitRefused } from '../problems.js';
import { searchScopeFor } from '../fubes/list-scope.js';
import type { CatalogueImportSummary } from './import-catalogue.js';
import { exportOffThread, importOffThread } from './exchange-off-thread.js';

/** The FUBEs the caller may open that match the search filters, as a catalogue file (JSON or CSV). */
export async function exportCatalogueFile(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  filters: CatalogueFilters,
  format: 'json' | 'csv',
): Promise<{ exportedAt: string; bytes: Uint8Array }> {
  const caller = requireCaller(ctx);
  const scope = await searchScopeFor(deps, caller);
  const exportedAt = ctx.clock.now().toISOString();
  return { exportedAt, bytes: await exportOffThread(deps.store, { format, exportedAt, filters, scope }) };
}

/** A catalogue imported by the administrator: all or nothing, or with `partial` the good records. */
export async function importCatalogueFile(deps: UseCaseDeps, ctx: UseCaseContext, text: string, options: { partial: boolean; file: string }): Promise<CatalogueImportSummary> {
  const caller = requireCaller(ctx);
  if (!authorize(caller, 'manage', { type: 'user' }).allowed) throw forbidden(ref('problem.detail.catalogue-admin-only'));
  const result = await importOffThread(deps.store, text, { actorId: caller.userId, partial: options.partial, file: options.file });
  if (!result.ok) throw limitRefused(result.errors) ?? domainRefused(result.errors, ref('problem.catalogue-invalid'));
  return result.value;
}
