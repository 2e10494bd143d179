import { z } from 'zod';
import { DOCUMENT_CONTENT_TYPES, EXCHANGE_ROUTES, familyDocumentQuerySchema } from '../../api/exchange.js';
import { familyParamsSchema } from '../../api/families.js';
import { buildFamilyDocx, buildFamilyPdf } from '../../documents/index.js';
import type { ApiInstance, RouteDeps } from './types.js';
import { getFamily } from '../../use-cases/families/read-families.js';

const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** `Content-Disposition` for a download, with an ASCII fallback and the UTF-8 name. */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replaceAll('"', '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The family as a Word document or PDF. Families are public reference data (as GET
 * /api/families/{id}), so no caller is needed; the FUBE document is in routes/fubes.ts.
 */
export function documentRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath(EXCHANGE_ROUTES.familyDocument),
    {
      schema: {
        tags: ['functiefamilies'],
        summary: 'De functiefamilie als Word-document (.docx) of PDF',
        params: familyParamsSchema,
        querystring: familyDocumentQuerySchema,
        response: {
          200: {
            description: 'Het document',
            content: { [DOCUMENT_CONTENT_TYPES.docx]: { schema: z.string() }, [DOCUMENT_CONTENT_TYPES.pdf]: { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const { format, version } = request.query;
      const { family } = await getFamily(deps, request.ctx, request.params.id, version);
      const generatedAt = request.ctx.clock.now().toISOString();
      const document = format === 'docx' ? await buildFamilyDocx(family, { generatedAt }) : await buildFamilyPdf(family, { generatedAt });
      return reply
        .type(DOCUMENT_CONTENT_TYPES[format])
        .header('content-disposition', attachment(`${family.id}-v${family.version}.${format}`))
        .send(document as unknown as string);
    },
  );
}
