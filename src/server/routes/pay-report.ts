import { z } from 'zod';
import { payPeriodParamsSchema } from '../../api/pay.js';
import { payReportExportQuerySchema, payReportViewSchema } from '../../api/pay-report.js';
import { fastifyPath } from '../../api/routes.js';
import { format } from '../../messages/index.js';
import { exportPayReport, readPayReport } from '../../use-cases/pay/pay-report.js';
import { requestLocale } from '../locale.js';
import { attachment } from './documents.js';
import type { ApiInstance, RouteDeps } from './types.js';

const FILE_TYPES = ['text/csv; charset=utf-8', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'] as const;

/** The Art. 9 report of a pay period and its exports (issue 16 item 3; docs/pay-transparency.md). */
export function payReportRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('payReport'),
    {
      schema: {
        tags: ['loontransparantie'],
        summary: 'Het rapport loonkloof (art. 9) van een referentieperiode: geaggregeerde cijfers, kleine groepen onderdrukt',
        params: payPeriodParamsSchema,
        response: { 200: payReportViewSchema },
      },
    },
    async (request) => readPayReport(deps, request.ctx, request.params.period, format(requestLocale(request), 'ui.pay-report.organisation')),
  );

  api.get(
    fastifyPath('payReportExport'),
    {
      schema: {
        tags: ['loontransparantie'],
        summary: 'Het rapport loonkloof als CSV, Excel of PDF (de uitvoer wordt in de geschiedenis opgetekend)',
        params: payPeriodParamsSchema,
        querystring: payReportExportQuerySchema,
        response: { 200: { description: 'Het rapport', content: Object.fromEntries(FILE_TYPES.map((type) => [type, { schema: z.string() }])) } },
      },
    },
    async (request, reply) => {
      const file = await exportPayReport(deps, request.ctx, request.params.period, request.query.format, requestLocale(request));
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes) as unknown as string);
    },
  );
}
