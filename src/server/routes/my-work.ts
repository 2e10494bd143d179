import { myWorkQuerySchema, myWorkSchema } from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import { myWork } from '../../use-cases/fubes/my-work.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function myWorkRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('myWork'),
    { schema: { tags: ['mijn werk'], summary: 'FUBEs die op een actie van de aangemelde gebruiker wachten', querystring: myWorkQuerySchema, response: { 200: myWorkSchema } } },
    async (request) => myWork(deps, request.ctx, request.query),
  );
}
