import { healthSchema } from '../../api/common.js';
import { fastifyPath } from '../../api/routes.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function healthRoutes(api: ApiInstance, { deps, version }: RouteDeps): void {
  api.get(
    fastifyPath('health'),
    { schema: { tags: ['systeem'], summary: 'Werkt de server?', response: { 200: healthSchema } } },
    async (request) => ({ status: 'ok' as const, version, database: deps.store.dialect, time: request.ctx.clock.now().toISOString() }),
  );
}
