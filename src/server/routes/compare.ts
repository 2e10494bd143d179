import { compareFubesQuerySchema, fubeComparisonSchema } from '../../api/compare.js';
import { fastifyPath } from '../../api/routes.js';
import { compareFubes } from '../../use-cases/fubes/compare-fubes.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function compareRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('compareFubes'),
    {
      schema: {
        tags: ['functiebeschrijvingen'],
        summary:
          'Twee tot zes FUBEs naast elkaar, vergeleken met de eerste: waarden per criterium met hun niveaus, niveau en klasse, teksten en resultaatgebieden woord per woord. 404 voor de hele vraag als één FUBE niet bestaat of verborgen is.',
        querystring: compareFubesQuerySchema,
        response: { 200: fubeComparisonSchema },
      },
    },
    async (request) => compareFubes(deps, request.ctx, request.query.ids),
  );
}
