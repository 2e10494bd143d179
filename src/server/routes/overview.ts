import { z } from 'zod';
import { OVERVIEW_ROUTES, catalogueTableQuerySchema, overviewSchema } from '../../api/overview.js';
import { catalogueTable } from '../../use-cases/fubes/catalogue-table.js';
import { overview } from '../../use-cases/fubes/overview.js';
import { requestLocale } from '../locale.js';
import { attachment } from './documents.js';
import type { ApiInstance, RouteDeps } from './types.js';

const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The HR overview, and the catalogue list as a table (CSV, Excel) with the page's filters. */
export function overviewRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath(OVERVIEW_ROUTES.overview),
    {
      schema: {
        tags: ['mijn werk'],
        summary: 'Overzicht: per entiteit de FUBEs per status, en de termijnen die binnen 5 werkdagen vallen of verstreken zijn',
        response: { 200: overviewSchema },
      },
    },
    async (request) => overview(deps, request.ctx),
  );

  api.get(
    fastifyPath(OVERVIEW_ROUTES.catalogueTable),
    {
      schema: {
        tags: ['catalogus'],
        summary: 'De catalogus zoals de pagina hem toont (met haar filters) als CSV of Excel, met namen in plaats van ids',
        querystring: catalogueTableQuerySchema,
        response: { 200: { description: 'De tabel', content: { [CONTENT_TYPES.csv]: { schema: z.string() }, [CONTENT_TYPES.xlsx]: { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const { exportedAt, format, bytes } = await catalogueTable(deps, request.ctx, request.query, requestLocale(request));
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', attachment(`weegschaal-catalogus-${exportedAt.slice(0, 10)}.${format}`))
        .send(bytes as unknown as string);
    },
  );
}
