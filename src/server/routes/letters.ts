import { z } from 'zod';
import { letterDocumentQuerySchema, letterListSchema, letterParamsSchema, letterSchema, receiptRequestSchema } from '../../api/letters.js';
import { fubeParamsSchema } from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import { DOCUMENT_TYPES } from '../../use-cases/fubes/fube-document.js';
import { letterDocument, listLetters, recordReceipt } from '../../use-cases/letters/letters.js';
import { requestLocale } from '../locale.js';
import { attachment } from './documents.js';
import type { ApiInstance, RouteDeps } from './types.js';

/** Letters to the holders: the list, the letter as Word or PDF, the receipt (decision 0028). */
export function letterRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  const tags = ['brieven'];
  api.get(
    fastifyPath('fubeLetters'),
    { schema: { tags, summary: 'De brieven van een FUBE die ik mag lezen (een functiehouder: de eigen brief)', params: fubeParamsSchema, response: { 200: letterListSchema } } },
    async (request) => listLetters(deps, request.ctx, request.params.id),
  );
  api.get(
    fastifyPath('fubeLetterDocument'),
    {
      schema: {
        tags,
        summary: 'Een brief als Word-document (.docx) of PDF',
        params: letterParamsSchema,
        querystring: letterDocumentQuerySchema,
        response: { 200: { description: 'De brief', content: { [DOCUMENT_TYPES.docx]: { schema: z.string() }, [DOCUMENT_TYPES.pdf]: { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const document = await letterDocument(deps, request.ctx, { ...request.params, format: request.query.format }, requestLocale(request));
      return reply.type(document.contentType).header('content-disposition', attachment(document.filename)).send(document.bytes as unknown as string);
    },
  );
  api.post(
    fastifyPath('fubeLetterReceipt'),
    {
      schema: {
        tags,
        summary: 'Ontvangst van een brief: de functiehouder bevestigt ({}), of HR registreert de bezorging (datum en kanaal)',
        params: letterParamsSchema,
        body: receiptRequestSchema,
        response: { 200: letterSchema },
      },
    },
    async (request) => recordReceipt(deps, request.ctx, { ...request.params, body: request.body }),
  );
}
