import type { FubeSummary } from '../../api/fubes.js';
import { MATRIX_CELL_ITEMS, type Matrix } from '../../api/matrix.js';
import type { Status } from '../../domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { searchScopeFor } from './list-scope.js';

export interface MatrixFilter {
  entity?: string | undefined;
  state?: Status | undefined;
}

/**
 * The function level matrix: published families × classes, with the FUBEs the caller may open
 * in each cell (counted, and the first MATRIX_CELL_ITEMS by title). Every family keeps its own
 * levels, so families with other level counts or classes stand side by side.
 */
export async function functionMatrix(deps: UseCaseDeps, ctx: UseCaseContext, filter: MatrixFilter): Promise<Matrix> {
  const caller = requireCaller(ctx);
  const [published, fubes] = await Promise.all([
    deps.store.families.published(),
    searchScopeFor(deps, caller).then((scope) => deps.store.fubes.summaries({ scope, entityId: filter.entity, state: filter.state })),
  ]);
  const families = published.map(({ family }) => ({ id: family.id, version: family.version, name: family.name, levels: family.levels }));
  const inCell = new Map<string, typeof fubes>();
  const undecided = new Map<string, number>();
  for (const fube of fubes) {
    if (fube.class === null) undecided.set(fube.familyId, (undecided.get(fube.familyId) ?? 0) + 1);
    else {
      const key = `${fube.familyId}\u0000${fube.class}`;
      const list = inCell.get(key);
      if (list === undefined) inCell.set(key, [fube]);
      else list.push(fube);
    }
  }
  const byTitle = (a: { title: string; id: string }, b: { title: string; id: string }) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const classes = [...new Set(families.flatMap((f) => f.levels.flatMap((l) => l.classes)))].sort((a, b) => a - b);
  const cells = families.flatMap((f) =>
    f.levels.flatMap((l) =>
      l.classes.map((cls) => {
        const list = inCell.get(`${f.id}\u0000${cls}`) ?? [];
        const items = (list.length > MATRIX_CELL_ITEMS ? smallest(list, MATRIX_CELL_ITEMS, byTitle) : [...list].sort(byTitle)).map(({ id, title, state }) => ({ id, title, state }));
        return { familyId: f.id, class: cls, count: list.length, items };
      }),
    ),
  );
  return { families, classes, cells, undecided: [...undecided].map(([familyId, count]) => ({ familyId, count })) };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The `n` smallest of a long list in order, without sorting all of it (a cell may hold thousands). */
function smallest<T>(list: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of list) {
    if (kept.length === n && compare(item, kept[n - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > n) kept.pop();
  }
  return kept;
}

/** The FUBEs of one cell of the matrix that the caller may open, by title. */
export async function matrixCell(deps: UseCaseDeps, ctx: UseCaseContext, filter: MatrixFilter & { family: string; class: number }): Promise<{ familyId: string; class: number; items: FubeSummary[] }> {
  const caller = requireCaller(ctx);
  const scope = await searchScopeFor(deps, caller);
  const items = await deps.store.fubes.summaries({ scope, familyId: filter.family, class: filter.class, entityId: filter.entity, state: filter.state });
  return {
    familyId: filter.family,
    class: filter.class,
    items: items.map(({ holderIds: _h, managerId: _m, ...summary }) => summary).sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1)),
  };
}
