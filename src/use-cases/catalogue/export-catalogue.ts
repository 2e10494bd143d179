import type { Family } from '../../domain/family/schema.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import type { SearchScope, Store } from '../../store/index.js';
import { buildCatalogue, serializeCatalogue } from '../../documents/catalogue/export.js';
import type { Catalogue, CatalogueFilters, CatalogueFube } from '../../documents/catalogue/schema.js';

export interface StoreExportOptions {
  /** The export's date and time (ISO 8601); the caller's clock, or pinned for comparisons. */
  exportedAt: string;
  /** The search filters (as in GET /api/search); none for the whole catalogue. */
  filters?: CatalogueFilters;
  /** Only the FUBEs in this scope (what the caller may open); every FUBE when absent (CLI). */
  scope?: SearchScope | undefined;
}

/**
 * The FUBEs of the store that match the filters (and the scope), as a catalogue: the same
 * FUBEs the search shows with those filters.
 */
export async function exportCatalogueFromStore(store: Store, options: StoreExportOptions): Promise<Catalogue> {
  const filters = options.filters ?? {};
  const rows = await store.catalogue.exportRows(filters, options.scope);
  const criteria = new Map<string, string[] | undefined>();
  const criteriaOf = async (id: string, version: number) => {
    const key = `${id}@${version}`;
    if (!criteria.has(key)) criteria.set(key, (await store.families.get(id, version))?.family.criteria.map((c) => c.id));
    return criteria.get(key);
  };
  const fubes: CatalogueFube[] = [];
  for (const { familyId, familyVersion, ...fube } of rows)
    fubes.push({ ...fube, content: inCriteriaOrder(fube.content, await criteriaOf(familyId, familyVersion)) });
  return buildCatalogue(fubes, { exportedAt: options.exportedAt, filters });
}

/**
 * The weighing values (and those a tie decision settles) in the family's criterion order. PostgreSQL's jsonb does not keep the
 * order of keys (SQLite's text does), and the export must be the same bytes on both.
 */
function inCriteriaOrder(content: FubeContent, criteria: Family['criteria'][number]['id'][] | undefined): FubeContent {
  const weighing = content.weighing;
  if (weighing === undefined || criteria === undefined) return content;
  const order = (values: Record<string, number>) => {
    const rank = (key: string) => {
      const at = criteria.indexOf(key);
      return at === -1 ? criteria.length : at;
    };
    return Object.fromEntries(Object.entries(values).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)));
  };
  return {
    ...content,
    weighing: { ...weighing, values: order(weighing.values), ...(weighing.result !== undefined ? { result: { ...weighing.result, values: order(weighing.result.values) } } : {}) },
    ...(content.tieDecision !== undefined ? { tieDecision: { ...content.tieDecision, values: order(content.tieDecision.values) } } : {}),
  };
}

/** The same, as the canonical JSON text (docs/catalogue-format.md). */
export async function exportCatalogueJson(store: Store, options: StoreExportOptions): Promise<string> {
  return serializeCatalogue(await exportCatalogueFromStore(store, options));
}
