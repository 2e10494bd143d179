import { z } from 'zod';
import { DOCUMENT_CONTENT_TYPES, EXCHANGE_ROUTES, familyDocumentQuerySchema } from '../../api/exchange.js';
import { familyParamsSchema } from '../../api/families.js';
import type { ApiInstance, RouteDeps } from './types.js';
import { getFamily } from '../../use-cases/families/read-families.js';
import { renderDocument } from '../../use-cases/render-document.js';

const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** The longest download name (characters of the name without extension). */
export const FILENAME_MAX = 80;

/**
 * `Content-Disposition` for a download: a short, safe name (issue 11: a 1 MB FUBE title once
 * became a 2 MB header). The name is cut to FILENAME_MAX characters (never inside a
 * character), loses control, bidirectional and path characters, and is sent twice: as an
 * ASCII fallback (accents dropped, the rest `_`) and as RFC 5987 `filename*` in UTF-8 with
 * every character outside attr-char percent-encoded.
 */
export function attachment(name: string): string {
  const dot = /\.[A-Za-z0-9]{1,5}$/.exec(name);
  const extension = dot?.[0] ?? '';
  const stem = Array.from(
    name
      .slice(0, name.length - extension.length)
      .normalize('NFC')
      // Control, format (bidi, zero-width), surrogate and private characters; path and quoting characters.
      .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\\/:*?"<>|;]/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, FILENAME_MAX)
    .join('')
    .trim();
  const safe = `${stem === '' ? 'document' : stem}${extension}`;
  const ascii = safe
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
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
      const document = await renderDocument(deps, { kind: 'family', format, family, generatedAt });
      return reply
        .type(DOCUMENT_CONTENT_TYPES[format])
        .header('content-disposition', attachment(`${family.id}-v${family.version}.${format}`))
        .send(document as unknown as string);
    },
  );
}
