import { matrixCellQuerySchema, matrixCellSchema, matrixQuerySchema, matrixSchema } from '../../api/matrix.js';
import { fastifyPath } from '../../api/routes.js';
import { functionMatrix, matrixCell } from '../../use-cases/fubes/matrix.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function matrixRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  const tags = ['functieniveaumatrix'];

  api.get(
    fastifyPath('matrix'),
    { schema: { tags, summary: 'Families × klassen met het aantal FUBEs per cel', querystring: matrixQuerySchema, response: { 200: matrixSchema } } },
    async (request) => functionMatrix(deps, request.ctx, request.query),
  );

  api.get(
    fastifyPath('matrixCell'),
    { schema: { tags, summary: 'De FUBEs in één cel van de matrix', querystring: matrixCellQuerySchema, response: { 200: matrixCellSchema } } },
    async (request) => matrixCell(deps, request.ctx, request.query),
  );
}
