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
      return store.history.list(request.query);
    },
  );
}
