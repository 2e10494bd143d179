import { type Locale, localizeError } from '../../messages/index.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
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
