import { peopleListSchema, peopleQuerySchema } from '../../api/people.js';
import { fastifyPath } from '../../api/routes.js';
import { findPeople } from '../../use-cases/people/find-people.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function peopleRoutes(api: ApiInstance, { deps }: RouteDeps): void {
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
    async (request) => findPeople(deps, request.ctx, request.query),
  );
}
