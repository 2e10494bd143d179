import { entityListSchema } from '../../api/entities.js';
import { fastifyPath } from '../../api/routes.js';
import { listEntities } from '../../use-cases/people/list-entities.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function entityRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('entities'),
    { schema: { tags: ['entiteiten'], summary: 'Entiteiten met hun afdelingen', response: { 200: entityListSchema } } },
    async (request) => listEntities(deps, request.ctx),
  );
}
