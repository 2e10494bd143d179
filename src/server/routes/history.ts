import { historyListSchema, historyQuerySchema } from '../../api/history.js';
import { fastifyPath } from '../../api/routes.js';
import { readHistory } from '../../use-cases/history/read-history.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function historyRoutes(api: ApiInstance, { deps }: RouteDeps): void {
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
    async (request) => readHistory(deps, request.ctx, request.query),
  );
}
