import { sessionSchema, userSchema } from '../../api/auth.js';
import { fastifyPath } from '../../api/routes.js';
import { whoAmI } from '../../use-cases/accounts/who-am-i.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function meRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('me'),
    { schema: { tags: ['accounts'], summary: 'De aangemelde gebruiker met zijn rollen en waar hij een FUBE mag starten (401 als anoniem)', response: { 200: userSchema } } },
    async (request) => whoAmI(deps, request.ctx),
  );
  api.get(
    fastifyPath('session'),
    {
      schema: {
        tags: ['accounts'],
        summary: 'Wie aangemeld is: de gebruiker zoals GET /api/me, of null voor een anonieme bezoeker (altijd 200; de webapp vraagt dit)',
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      // Personal: never kept by a shared cache.
      reply.header('cache-control', 'no-store');
      return { user: request.ctx.actor === null ? null : await whoAmI(deps, request.ctx) };
    },
  );
}
