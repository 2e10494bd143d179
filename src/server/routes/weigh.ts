import { ref } from '../../messages/index.js';
import { fastifyPath } from '../../api/routes.js';
import { weighRequestSchema, weighResponseSchema } from '../../api/weigh.js';
import { explain, weigh } from '../../domain/weighing/index.js';
import { domainRefused } from '../errors.js';
import { requireFamily } from '../../use-cases/family-versions.js';
import type { ApiInstance, RouteDeps } from './types.js';

export function weighRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.post(
    fastifyPath('weigh'),
    {
      schema: {
        tags: ['weging'],
        summary: 'Een weging berekenen (niets wordt bewaard)',
        body: weighRequestSchema,
        response: { 200: weighResponseSchema },
      },
    },
    async (request) => {
      const { familyId, familyVersion, values, rule } = request.body;
      const family = await requireFamily(deps.store, familyId, familyVersion);
      const result = weigh(family, values, rule);
      if (!result.ok) throw domainRefused(result.errors, ref('problem.weighing-invalid'));
      return { result: result.value, explanation: explain(result.value, family) };
    },
  );
}
