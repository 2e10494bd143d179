import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EXCHANGE_ROUTES,
  catalogueImportQuerySchema,
  catalogueImportSummarySchema,
  catalogueQuerySchema,
} from '../../api/exchange.js';
import { exportCatalogueFile, importCatalogueFile } from '../../use-cases/catalogue/exchange-catalogue.js';
import type { ApiInstance, RouteDeps } from './types.js';
import { attachment } from './documents.js';

const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** 10,000 FUBEs are about 35 MB of catalogue JSON. */
const IMPORT_BODY_LIMIT = 100 * 1024 * 1024;

/**
 * The catalogue exchange: export of the FUBEs the caller may see (search filters) as JSON or
 * CSV, and the bulk import of a JSON catalogue (administrators only), all or nothing unless
 * `partial=true`.
 */
export async function catalogueRoutes(api: ApiInstance, { deps }: RouteDeps): Promise<void> {
  const tags = ['catalogus'];

  api.get(
    fastifyPath(EXCHANGE_ROUTES.catalogue),
    {
      schema: {
        tags,
        summary: 'De FUBEs die je mag zien (met de filters van het zoeken) als JSON-catalogus of CSV',
        querystring: catalogueQuerySchema,
        response: { 200: { description: 'De catalogus', content: { 'application/json': { schema: z.string() }, 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
      const { exportedAt, bytes } = await exportCatalogueFile(deps, request.ctx, filters, format);
      return reply
        .type(format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(`weegschaal-catalogus-${exportedAt.slice(0, 10)}.${format}`))
        // The file's bytes as they are (Fastify sends a Buffer unserialised); the schema describes the text.
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as string);
    },
  );

  // The import reads the body as text: the errors give lines in the file as it was sent.
  await api.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    // The app's bounded JSON parser is replaced here: the loader measures this text itself.
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scoped.post(
      fastifyPath(EXCHANGE_ROUTES.catalogueImport),
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Een JSON-catalogus invoeren (beheerder): alles of niets, of met partial=true de goede FUBEs',
          querystring: catalogueImportQuerySchema,
          body: z.string().meta({ description: 'de catalogus (docs/catalogue-format.md), als application/json' }),
          response: { 200: catalogueImportSummarySchema, 422: catalogueImportSummarySchema },
        },
      },
      async (request, reply) => {
        const summary = await importCatalogueFile(deps, request.ctx, request.body, { partial: request.query.partial, file: 'catalogus' });
        return reply.status(summary.committed ? 200 : 422).send(summary);
      },
    );
  });
}
