import { matrixCellQuerySchema, matrixCellSchema, matrixQuerySchema, matrixSchema } from '../../api/matrix.js';
import { fastifyPath } from '../../api/routes.js';
import { visibility } from '../access.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function matrixRoutes(api: ApiInstance, { store }: RouteDeps): void {
  const tags = ['functieniveaumatrix'];

  api.get(
    fastifyPath('matrix'),
    { schema: { tags, summary: 'Families × klassen met het aantal FUBEs per cel', querystring: matrixQuerySchema, response: { 200: matrixSchema } } },
    async (request) => {
      const visibleTo = visibility(request.ctx);
      const { entity, state } = request.query;
      const summaries = await store.families.list();
      const families = [];
      for (const summary of summaries.filter((f) => f.status === 'published')) {
        const stored = await store.families.get(summary.id);
        if (stored !== undefined) families.push({ id: summary.id, version: summary.version, name: summary.name, levels: stored.family.levels });
      }
      const fubes = await store.fubes.summaries({ visibleTo, ...(entity !== undefined ? { entityId: entity } : {}), ...(state !== undefined ? { state } : {}) });
      const counts = new Map<string, number>();
      const undecided = new Map<string, number>();
      for (const fube of fubes) {
        if (fube.class === null) undecided.set(fube.familyId, (undecided.get(fube.familyId) ?? 0) + 1);
        else counts.set(`${fube.familyId}\u0000${fube.class}`, (counts.get(`${fube.familyId}\u0000${fube.class}`) ?? 0) + 1);
      }
      const classes = [...new Set(families.flatMap((f) => f.levels.flatMap((l) => l.classes)))].sort((a, b) => a - b);
      const cells = families.flatMap((f) =>
        f.levels.flatMap((l) => l.classes.map((cls) => ({ familyId: f.id, class: cls, count: counts.get(`${f.id}\u0000${cls}`) ?? 0 }))),
      );
      return { families, classes, cells, undecided: [...undecided].map(([familyId, count]) => ({ familyId, count })) };
    },
  );

  api.get(
    fastifyPath('matrixCell'),
    { schema: { tags, summary: 'De FUBEs in één cel van de matrix', querystring: matrixCellQuerySchema, response: { 200: matrixCellSchema } } },
    async (request) => {
      const visibleTo = visibility(request.ctx);
      const { family, class: cls, entity, state } = request.query;
      const items = await store.fubes.summaries({
        visibleTo,
        familyId: family,
        class: cls,
        ...(entity !== undefined ? { entityId: entity } : {}),
        ...(state !== undefined ? { state } : {}),
      });
      return { familyId: family, class: cls, items };
    },
  );
}
