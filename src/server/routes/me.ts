import { userSchema } from '../../api/auth.js';
import { fastifyPath } from '../../api/routes.js';
import { unauthorized } from '../errors.js';
import type { ApiInstance } from './types.js';

export function meRoutes(api: ApiInstance): void {
  api.get(
    fastifyPath('me'),
    { schema: { tags: ['accounts'], summary: 'De aangemelde gebruiker met zijn rollen (401 als anoniem)', response: { 200: userSchema } } },
    async (request) => {
      const { actor } = request.ctx;
      if (actor.userId === null) throw unauthorized();
      return { id: actor.userId, username: actor.username ?? actor.userId, name: actor.name, personId: actor.personId, roles: actor.roles };
    },
  );
}
