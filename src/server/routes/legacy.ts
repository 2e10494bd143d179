import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fubeParamsSchema, fubeWeighedSchema } from '../../api/fubes.js';
import {
  LEGACY_UPLOAD_BODY_LIMIT,
  acceptSuggestionSchema,
  fubeSuggestionSchema,
  legacyDraftQuerySchema,
  legacyDraftResultSchema,
} from '../../api/legacy.js';
import { fastifyPath } from '../../api/routes.js';
import { acceptSuggestion } from '../../use-cases/fubes/accept-suggestion.js';
import { fubeSuggestion } from '../../use-cases/fubes/fube-suggestion.js';
import { uploadLegacyDraft } from '../../use-cases/fubes/upload-legacy-draft.js';
import type { ApiInstance, RouteDeps } from './types.js';

/**
 * Old function descriptions (issue 17 items 3 and 5, decision 0064): one uploaded file as a
 * draft (the body is the file's bytes; the page sends one request per file), the suggestion
 * of a draft made from one, and taking it into the draft's weighing.
 */
export async function legacyRoutes(api: ApiInstance, { deps }: RouteDeps): Promise<void> {
  const tags = ['functiebeschrijvingen'];
  api.get(
    fastifyPath('fubeSuggestion'),
    {
      schema: {
        tags,
        summary:
          'Het voorstel waarmee een ontwerp uit een oude functiebeschrijving gemaakt is (familie, resultaatgebieden, waarden met bewijszinnen en zekerheid); 404 als er geen is',
        params: fubeParamsSchema,
        response: { 200: fubeSuggestionSchema },
      },
    },
    async (request) => fubeSuggestion(deps, request.ctx, request.params.id),
  );
  api.post(
    fastifyPath('fubeSuggestionAccept'),
    {
      schema: {
        tags,
        summary:
          'Het voorstel (of de waarden van enkele criteria) overnemen als weging van het ontwerp (nieuwe revisie); beslist nooit de klasse',
        params: fubeParamsSchema,
        body: acceptSuggestionSchema,
        response: { 200: fubeWeighedSchema },
      },
    },
    async (request) => acceptSuggestion(deps, request.ctx, { id: request.params.id, ...request.body }),
  );

  // The file's bytes as they were sent, whatever the content type (Word, text or PDF).
  await api.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: LEGACY_UPLOAD_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scoped.post(
      fastifyPath('legacyDrafts'),
      {
        bodyLimit: LEGACY_UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Een oude functiebeschrijving (.docx, .txt of .pdf, hoogstens 10 MB) inlezen als ontwerp met een voorstel, in een entiteit (en afdeling) binnen uw bereik; 201 met het ontwerp, of 422 met de reden als het bestand niet gelezen kan worden',
          querystring: legacyDraftQuerySchema,
          body: z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ description: 'het bestand zelf' }),
          response: { 201: legacyDraftResultSchema, 422: legacyDraftResultSchema },
        },
      },
      async (request, reply) => {
        const { entity, unit, family, file } = request.query;
        const result = await uploadLegacyDraft(
          deps,
          request.ctx,
          { entityId: entity, unitId: unit, familyId: family, file },
          request.body,
        );
        return reply.status(result.status === 'created' ? 201 : 422).send(result);
      },
    );
  });
}
