import type { FubeSummary } from '../../api/fubes.js';
import type { Matrix } from '../../api/matrix.js';
import type { Status } from '../../domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { searchScopeFor } from './list-scope.js';

export interface MatrixFilter {
  entity?: string | undefined;
  state?: Status | undefined;
}

/** The function level matrix: published families × classes, counting the FUBEs the caller may open. */
export async function functionMatrix(deps: UseCaseDeps, ctx: UseCaseContext, filter: MatrixFilter): Promise<Matrix> {
  const caller = requireCaller(ctx);
  const [published, fubes] = await Promise.all([
    deps.store.families.published(),
    searchScopeFor(deps, caller).then((scope) => deps.store.fubes.summaries({ scope, entityId: filter.entity, state: filter.state })),
  ]);
  const families = published.map(({ family }) => ({ id: family.id, version: family.version, name: family.name, levels: family.levels }));
  const counts = new Map<string, number>();
  const undecided = new Map<string, number>();
  for (const fube of fubes) {
    if (fube.class === null) undecided.set(fube.familyId, (undecided.get(fube.familyId) ?? 0) + 1);
    else counts.set(`${fube.familyId}\u0000${fube.class}`, (counts.get(`${fube.familyId}\u0000${fube.class}`) ?? 0) + 1);
  }
  const classes = [...new Set(families.flatMap((f) => f.levels.flatMap((l) => l.classes)))].sort((a, b) => a - b);
  const cells = families.flatMap((f) => f.levels.flatMap((l) => l.classes.map((cls) => ({ familyId: f.id, class: cls, count: counts.get(`${f.id}\u0000${cls}`) ?? 0 }))));
  return { families, classes, cells, undecided: [...undecided].map(([familyId, count]) => ({ familyId, count })) };
}

/** The FUBEs of one cell of the matrix that the caller may open. */
export async function matrixCell(deps: UseCaseDeps, ctx: UseCaseContext, filter: MatrixFilter & { family: string; class: number }): Promise<{ familyId: string; class: number; items: FubeSummary[] }> {
  const caller = requireCaller(ctx);
  const scope = await searchScopeFor(deps, caller);
  const items = await deps.store.fubes.summaries({ scope, familyId: filter.family, class: filter.class, entityId: filter.entity, state: filter.state });
  return { familyId: filter.family, class: filter.class, items: items.map(({ holderIds: _h, managerId: _m, ...summary }) => summary) };
}
