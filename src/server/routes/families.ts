import { type Locale, localizeError } from '../../messages/index.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  familyDocxImportedSchema,
  familyDocxQuerySchema,
  familyDocumentSchema,
  familyListSchema,
  familyParamsSchema,
  familyUploadedSchema,
  familyValidationSchema,
  familyVersionInfoSchema,
  familyVersionListSchema,
  familyVersionParamsSchema,
  profileQuerySchema,
} from '../../api/families.js';
import { fastifyPath } from '../../api/routes.js';
import type { DomainError } from '../../domain/errors.js';
import { competencyProfileSchema } from '../../domain/profile/index.js';
import type { FamilySource } from '../../use-cases/families/family-source.js';
import { type ImportNote, MAX_FAMILY_DOCX_BYTES, describeWhere } from '../../documents/family-docx/index.js';
import { importFamilyDocx } from '../../use-cases/families/import-family-docx.js';
import { checkFamilySource, publishFamily, uploadFamilyDraft } from '../../use-cases/families/manage-families.js';
import { familyProfile, familyVersions, getFamily, listFamilies } from '../../use-cases/families/read-families.js';
import { requestLocale } from '../locale.js';
import type { ApiInstance, RouteDeps } from './types.js';

/**
 * A family source, always read as text so that every error keeps its line and column: YAML
 * (or JSON read as YAML) as text/plain or application/yaml; a family as application/json,
 * strict JSON like a .json file; or a JSON string holding a file's text (what the web sends).
 */
const familySourceSchema = z.string().meta({
  description: 'het familiebestand: YAML of JSON als text/plain of application/yaml, een familie als application/json, of de tekst als JSON-string',
});

const isJsonBody = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';

/** The family file a request body holds, by its content type. */
function sourceOf(body: string, contentType: string | undefined): FamilySource {
  if (!isJsonBody(contentType)) return { text: body, format: 'yaml' };
  const text = jsonStringValue(body);
  return text !== undefined ? { text, format: 'yaml' } : { text: body, format: 'json' };
}

/** The text a JSON string literal holds; undefined for any other JSON (or for broken JSON). */
function jsonStringValue(body: string): string | undefined {
  if (!body.trimStart().startsWith('"')) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The verdict of a check is rendered in the request's language, like a refused upload. */
const fieldErrors = (errors: DomainError[], locale: Locale) =>
  errors.map((e) => ({
    path: e.path,
    message: localizeError(e, locale),
    code: e.code,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
  }));

export async function familyRoutes(api: ApiInstance, { deps }: RouteDeps): Promise<void> {
  const tags = ['functiefamilies'];

  api.get(fastifyPath('families'), { schema: { tags, summary: 'Alle functiefamilies', response: { 200: familyListSchema } } }, async () => listFamilies(deps));

  api.get(
    fastifyPath('family'),
    { schema: { tags, summary: 'De laatst gepubliceerde versie van een familie', params: familyParamsSchema, response: { 200: familyDocumentSchema } } },
    async (request) => getFamily(deps, request.ctx, request.params.id),
  );

  api.get(
    fastifyPath('familyVersions'),
    { schema: { tags, summary: 'Alle versies van een familie', params: familyParamsSchema, response: { 200: familyVersionListSchema } } },
    async (request) => familyVersions(deps, request.params.id),
  );

  api.get(
    fastifyPath('familyVersion'),
    { schema: { tags, summary: 'Eén versie van een familie', params: familyVersionParamsSchema, response: { 200: familyDocumentSchema } } },
    async (request) => getFamily(deps, request.ctx, request.params.id, request.params.version),
  );

  // A JSON body is read as text as well: its errors then give the line in the file as it was sent.
  await api.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    // The app's bounded JSON parser is replaced here: the loader measures this text itself.
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    scoped.post(
      fastifyPath('familiesValidate'),
      {
        schema: {
          tags,
          summary: 'Een familiebestand (YAML of JSON) controleren zonder het op te slaan',
          body: familySourceSchema,
          response: { 200: familyValidationSchema },
        },
      },
      async (request) => {
        const verdict = checkFamilySource(sourceOf(request.body, request.headers['content-type']));
        return verdict.valid ? { valid: true, errors: [], family: verdict.family } : { valid: false, errors: fieldErrors(verdict.errors, requestLocale(request)) };
      },
    );

    scoped.post(
      fastifyPath('families'),
      {
        schema: {
          tags,
          summary: 'Een familieversie opladen: gecontroleerd en als ontwerp bewaard',
          body: familySourceSchema,
          response: { 201: familyUploadedSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await uploadFamilyDraft(deps, request.ctx, sourceOf(request.body, request.headers['content-type']))),
    );
  });

  // A Word document: its bytes as sent, whatever the content type, up to the reader's own limit.
  await api.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FAMILY_DOCX_BYTES }, (_request, body, done) => done(null, body));
    scoped.post(
      fastifyPath('familiesImportDocx'),
      {
        bodyLimit: MAX_FAMILY_DOCX_BYTES,
        schema: {
          tags,
          summary: 'Een functiefamilie uit een Word-document (.docx) inlezen en als ontwerpversie bewaren, met het rapport van wat na te kijken is (de beheerder)',
          querystring: familyDocxQuerySchema,
          body: z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ description: 'het Word-document zelf (application/vnd.openxmlformats-officedocument.wordprocessingml.document)' }),
          response: { 201: familyDocxImportedSchema },
        },
      },
      async (request, reply) => {
        const locale = requestLocale(request);
        const { family, name } = request.query;
        const result = await importFamilyDocx(deps, request.ctx, request.body, { ...(family !== undefined ? { familyId: family } : {}), ...(name !== undefined ? { fileName: name } : {}) });
        const note = (n: ImportNote) => ({ ...n, message: localizeError(n, locale), where: describeWhere(n, locale) });
        return reply.status(201).send({ saved: result.saved, report: { layout: result.report.layout, certain: result.report.certain.map(note), check: result.report.check.map(note) } });
      },
    );
  });

  api.post(
    fastifyPath('familyPublish'),
    { schema: { tags, summary: 'Een ontwerpversie publiceren', params: familyVersionParamsSchema, response: { 200: familyVersionInfoSchema } } },
    async (request) => publishFamily(deps, request.ctx, request.params.id, request.params.version),
  );
}

export function familyProfileRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('familyProfile'),
    {
      schema: {
        tags: ['functiefamilies'],
        summary: 'Het competentieprofiel van een functieklasse (afgeleid uit de familie)',
        params: familyParamsSchema,
        querystring: profileQuerySchema,
        response: { 200: competencyProfileSchema },
      },
    },
    async (request) => familyProfile(deps, request.ctx, request.params.id, request.query.class),
  );
}
