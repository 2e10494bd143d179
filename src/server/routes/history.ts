import { historyListSchema, historyQuerySchema } from '../../api/history.js';
import { fastifyPath } from '../../api/routes.js';
import { authorizeHistory } from '../access.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function historyRoutes(api: ApiInstance, { store }: RouteDeps): void {
  api.get(
    fastifyPath('history'),
    {
      schema: {
        tags: ['geschiedenis'],
        summary: 'De volledige geschiedenis (beheerder): wie, wanneer, wat, waarom',
        querystring: historyQuerySchema,
        response: { 200: historyListSchema },
      },
    },
    async (request) => {
      authorizeHistory(request.ctx);
      const { actor, action, from, to } = request.query;
      return store.history.list({
        ...(actor !== undefined ? { actor } : {}),
        ...(action !== undefined ? { action } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
    },
  );
}
