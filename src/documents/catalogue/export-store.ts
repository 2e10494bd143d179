import type { Family } from '../../domain/family/schema.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import type { WorkflowState } from '../../domain/workflow/schema.js';
import type { Store } from '../../store/index.js';
import { buildCatalogue, serializeCatalogue } from './export.js';
import type { Catalogue, CatalogueFilters, CatalogueFube } from './schema.js';

export interface StoreExportOptions {
  /** The export's date and time (ISO 8601); the caller's clock, or pinned for comparisons. */
  exportedAt: string;
  /** The search filters (as in GET /api/search); none for the whole catalogue. */
  filters?: CatalogueFilters;
  /** Leaves out what the caller may not see (the API passes the access rule). */
  visible?: (fube: CatalogueFube) => boolean;
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * The FUBEs of the store that match the filters, as a catalogue. The column filters run in
 * SQL; the words (`q`) go through the store's own search so an export holds exactly what
 * the search shows.
 */
export async function exportCatalogueFromStore(store: Store, options: StoreExportOptions): Promise<Catalogue> {
  const filters = options.filters ?? {};
  let query = store.db.selectFrom('fubes').selectAll();
  if (filters.family !== undefined) query = query.where('family_id', '=', filters.family);
  if (filters.class !== undefined) query = query.where('class', '=', filters.class);
  if (filters.entity !== undefined) query = query.where('entity_id', '=', filters.entity);
  if (filters.state !== undefined) query = query.where('state', '=', filters.state);
  const rows = await query.orderBy('id').execute();

  let matching: Set<string> | undefined;
  if (filters.q !== undefined && filters.q.trim() !== '') {
    matching = new Set(await store.search.matchingIds(filters));
  }

  const criteria = new Map<string, string[] | undefined>();
  const criteriaOf = async (id: string, version: number) => {
    const key = `${id}@${version}`;
    if (!criteria.has(key)) criteria.set(key, (await store.families.get(id, version))?.family.criteria.map((c) => c.id));
    return criteria.get(key);
  };

  const fubes: CatalogueFube[] = [];
  for (const row of rows) {
    if (matching !== undefined && !matching.has(row.id)) continue;
    const fube: CatalogueFube = {
      id: row.id,
      revision: row.revision,
      inForceRevision: row.in_force_revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      workflow: parseJson<WorkflowState>(row.workflow),
      content: inCriteriaOrder(parseJson<FubeContent>(row.content), await criteriaOf(row.family_id, row.family_version)),
    };
    if (options.visible === undefined || options.visible(fube)) fubes.push(fube);
  }
  return buildCatalogue(fubes, { exportedAt: options.exportedAt, filters });
}

/**
 * The weighing values in the family's criterion order. PostgreSQL's jsonb does not keep the
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
  };
}

/** The same, as the canonical JSON text (docs/catalogue-format.md). */
export async function exportCatalogueJson(store: Store, options: StoreExportOptions): Promise<string> {
  return serializeCatalogue(await exportCatalogueFromStore(store, options));
}
