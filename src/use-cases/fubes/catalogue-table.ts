import type { CatalogueTableQuery } from '../../api/overview.js';
import { type CatalogueTableRow, catalogueTableCsv, catalogueTableXlsx } from '../../documents/catalogue-table.js';
import { type Locale, ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { ApiProblem } from '../problems.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { searchScopeFor } from './list-scope.js';
import { classesOf } from './search-fubes.js';

/** A table a spreadsheet opens at once; larger sets are the catalogue export's work. */
export const CATALOGUE_TABLE_LIMIT = 20_000;

/**
 * The catalogue page's list with its current filters as CSV or Excel: exactly the FUBEs the
 * caller may open (the list scope), with names for entities, units, families and people, in
 * the catalogue's order by title. Four queries (five with words), whatever the list holds.
 */
export async function catalogueTable(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  query: CatalogueTableQuery,
  locale: Locale,
): Promise<{ exportedAt: string; format: 'csv' | 'xlsx'; bytes: Buffer }> {
  const caller = requireCaller(ctx);
  const scope = await searchScopeFor(deps, caller);
  const words = query.q?.trim() ?? '';
  const classes = await classesOf(deps, query.class, query.family);
  const [listed, matching] = await Promise.all([
    deps.store.fubes.summaries({ scope, entityId: query.entity, state: query.state, familyId: query.family }),
    words === '' ? undefined : deps.store.search.matchingIds({ q: words, family: query.family, classes, entity: query.entity, state: query.state, page: 1, pageSize: 1 }, scope),
  ]);
  const inWords = matching === undefined ? undefined : new Set(matching);
  const inClasses = classes === undefined ? undefined : new Set(classes);
  const fubes = listed.filter((f) => (inWords === undefined || inWords.has(f.id)) && (inClasses === undefined || (f.class !== null && inClasses.has(f.class))));
  if (fubes.length > CATALOGUE_TABLE_LIMIT)
    throw new ApiProblem({
      type: PROBLEM_TYPES.limit,
      title: ref('problem.too-large'),
      status: 413,
      detail: ref('problem.detail.catalogue-table-too-large', { count: fubes.length, limit: CATALOGUE_TABLE_LIMIT }),
    });
  const personIds = [...new Set(fubes.flatMap((f) => [...f.holderIds, ...(f.managerId === null ? [] : [f.managerId])]))];
  const [entities, families, people] = await Promise.all([deps.store.entities.list(), deps.store.families.list(), deps.store.people.byIds(personIds)]);
  const entityNames = new Map(entities.map((e) => [e.id, e.name]));
  const unitNames = new Map(entities.flatMap((e) => e.units.map((u) => [u.id, u.name] as const)));
  const familyNames = new Map(families.map((f) => [f.id, f.name]));
  const personNames = new Map(people.map((p) => [p.id, p.name]));
  const rows: CatalogueTableRow[] = fubes.map((f) => ({
    title: f.title,
    entity: entityNames.get(f.entityId) ?? f.entityId,
    unit: f.unitId === null ? null : (unitNames.get(f.unitId) ?? f.unitId),
    family: familyNames.get(f.familyId) ?? f.familyId,
    level: f.level,
    class: f.class,
    state: f.state,
    holders: f.holderIds.map((id) => personNames.get(id) ?? id),
    manager: f.managerId === null ? null : (personNames.get(f.managerId) ?? f.managerId),
    updatedAt: f.updatedAt,
  }));
  const exportedAt = ctx.clock.now().toISOString();
  const format = query.format;
  return { exportedAt, format, bytes: format === 'csv' ? Buffer.from(catalogueTableCsv(rows, locale), 'utf8') : await catalogueTableXlsx(rows, locale) };
}
