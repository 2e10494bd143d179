import { userSchema } from '../../api/auth.js';
import { fastifyPath } from '../../api/routes.js';
import { requireCaller } from '../access.js';
import type { ApiInstance } from './types.js';

export function meRoutes(api: ApiInstance): void {
  api.get(
    fastifyPath('me'),
    { schema: { tags: ['accounts'], summary: 'De aangemelde gebruiker met zijn rollen (401 als anoniem)', response: { 200: userSchema } } },
    async (request) => {
      const caller = requireCaller(request.ctx);
      return {
        id: caller.userId,
        username: caller.username,
        name: caller.name,
        personId: caller.personId ?? null,
        roles: caller.roles.map((g) => ({ role: g.role, entityId: g.entityId ?? null, unitId: g.unitId ?? null })),
      };
    },
  );
}
