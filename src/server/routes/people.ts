import { type PickerRole, peopleListSchema, peopleQuerySchema, pickerRoleSchema } from '../../api/people.js';
import { fastifyPath } from '../../api/routes.js';
import { authorizePeople } from '../access.js';
import type { ApiInstance, RouteDeps } from './types.js';

const PICKER_ROLES: readonly string[] = pickerRoleSchema.options;
const isPickerRole = (role: string): role is PickerRole => PICKER_ROLES.includes(role);

export function peopleRoutes(api: ApiInstance, { store }: RouteDeps): void {
  api.get(
    fastifyPath('people'),
    {
      schema: {
        tags: ['personen'],
        summary: 'Personen zoeken op naam (functiehouders, leidinggevende, leidend ambtenaar, validatiecomité), binnen het eigen bereik',
        querystring: peopleQuerySchema,
        response: { 200: peopleListSchema },
      },
    },
    async (request) => {
      const { purpose, q, entityId, role } = request.query;
      const reach = authorizePeople(request.ctx, purpose);
      const found = await store.people.search({ reach, q, entityId, role });
      // Only roles that help picking: who administers the application is nobody's business here.
      return found.map((person) => ({ ...person, roles: person.roles.filter(isPickerRole) }));
    },
  );
}
