import { userSchema } from '../../api/auth.js';
import { fastifyPath } from '../../api/routes.js';
import { whoAmI } from '../../use-cases/accounts/who-am-i.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function meRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('me'),
    { schema: { tags: ['accounts'], summary: 'De aangemelde gebruiker met zijn rollen en waar hij een FUBE mag starten (401 als anoniem)', response: { 200: userSchema } } },
    async (request) => whoAmI(deps, request.ctx),
  );
}
