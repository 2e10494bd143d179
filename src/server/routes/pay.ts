import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fastifyPath } from '../../api/routes.js';
import {
  PAY_IMPORT_BODY_LIMIT,
  payImportQuerySchema,
  payImportResultSchema,
  payPeriodListSchema,
  payPeriodParamsSchema,
  payPeriodSchema,
  payRecordsSchema,
} from '../../api/pay.js';
import { deletePayPeriod } from '../../use-cases/pay/delete-pay-period.js';
import { importResultView } from '../../use-cases/pay/import-pay.js';
import { importPayFile } from '../../use-cases/pay/import-pay-file.js';
import { listPayPeriods } from '../../use-cases/pay/list-pay-periods.js';
import { readPayRecords } from '../../use-cases/pay/read-pay-records.js';
import { requestLocale } from '../locale.js';
import type { ApiInstance, RouteDeps } from './types.js';

/**
 * Pay data per reference period (issue 16, docs/pay-transparency.md § Privacy): the list of
 * periods (counts only), the import of a file as a period (the pay analyst; the body is the
 * file's bytes), its person-level records (the pay analyst; each read in the history) and
 * the deletion of a period.
 */
export async function payRoutes(api: ApiInstance, { deps }: RouteDeps): Promise<void> {
  const tags = ['loongegevens'];
  api.get(
    fastifyPath('payPeriods'),
    { schema: { tags, summary: 'De loonperiodes die je mag zien, met aantallen (geen bedragen)', response: { 200: payPeriodListSchema } } },
    async (request) => listPayPeriods(deps, request.ctx),
  );
  api.get(
    fastifyPath('payPeriodRecords'),
    {
      schema: {
        tags,
        summary: 'De loongegevens per persoon van een periode (alleen de loonanalist; elke lezing staat in de historiek)',
        params: payPeriodParamsSchema,
        response: { 200: payRecordsSchema },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await readPayRecords(deps, request.ctx, request.params.period)),
  );
  api.delete(
    fastifyPath('payPeriod'),
    {
      schema: {
        tags,
        summary: 'De loongegevens van een periode verwijderen, als geheel (de loonanalist van het bereik of de beheerder)',
        params: payPeriodParamsSchema,
        response: { 200: payPeriodSchema },
      },
    },
    async (request) => deletePayPeriod(deps, request.ctx, request.params.period),
  );

  // The file's bytes as they were sent, whatever the content type (CSV text or an .xlsx).
  await api.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: PAY_IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scoped.post(
      fastifyPath('payPeriodImport'),
      {
        bodyLimit: PAY_IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Een loonbestand (CSV of Logib-gegevensblad M1) invoeren als periode (de loonanalist): alles of niets, of met partial=true de goede rijen; vervangt een bestaande periode',
          params: payPeriodParamsSchema,
          querystring: payImportQuerySchema,
          body: z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ description: 'het bestand zelf (text/csv of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)' }),
          response: { 200: payImportResultSchema, 422: payImportResultSchema },
        },
      },
      async (request, reply) => {
        const { partial, referenceDate, entity, threshold } = request.query;
        const result = await importPayFile(deps, request.ctx, { period: request.params.period, partial, referenceDate, entityId: entity, threshold }, request.body);
        return reply.status(result.committed ? 200 : 422).send(importResultView(result, requestLocale(request)));
      },
    );
  });
}
