import { type Locale, catalogueError, localizeError, ref } from '../../domain/messages/index.js';
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
import { PROBLEM_TYPES } from '../../api/problem.js';
import { fastifyPath } from '../../api/routes.js';
import type { DomainError, Result } from '../../domain/errors.js';
import { type Family, loadFamilySource } from '../../domain/family/index.js';
import { authorizeFamilyManagement } from '../access.js';
import { competencyProfile, competencyProfileSchema } from '../../domain/profile/index.js';
import { ApiProblem, domainRefused, notFound } from '../errors.js';
import { requestLocale } from '../locale.js';
import type { ApiStore } from '../ports.js';
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

/** The source text and the family loaded from it. */
function parseSource(body: string, contentType: string | undefined): { source: string; result: Result<Family> } {
  if (!isJsonBody(contentType)) return { source: body, result: loadFamilySource(body) };
  const text = jsonStringValue(body);
  if (text !== undefined) return { source: text, result: loadFamilySource(text) };
  return { source: body, result: loadFamilySource(body, { format: 'json' }) };
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

export async function requireFamily(store: ApiStore, id: string, version?: number) {
  const stored = await store.families.get(id, version);
  if (stored === undefined)
    throw notFound(version === undefined ? ref('not-found.family-published', { id }) : ref('not-found.family-version', { id, version }));
  return stored;
}

export async function familyRoutes(api: ApiInstance, { store }: RouteDeps): Promise<void> {
  const tags = ['functiefamilies'];

  api.get(fastifyPath('families'), { schema: { tags, summary: 'Alle functiefamilies', response: { 200: familyListSchema } } }, async () =>
    store.families.list(),
  );

  api.get(
    fastifyPath('family'),
    { schema: { tags, summary: 'De laatst gepubliceerde versie van een familie', params: familyParamsSchema, response: { 200: familyDocumentSchema } } },
    async (request) => {
      const { family, status, publishedAt } = await requireFamily(store, request.params.id);
      return { family, status, publishedAt };
    },
  );

  api.get(
    fastifyPath('familyVersions'),
    { schema: { tags, summary: 'Alle versies van een familie', params: familyParamsSchema, response: { 200: familyVersionListSchema } } },
    async (request) => {
      const versions = await store.families.versions(request.params.id);
      if (versions.length === 0) throw notFound(ref('not-found.family', { id: request.params.id }));
      return versions;
    },
  );

  api.get(
    fastifyPath('familyVersion'),
    { schema: { tags, summary: 'Eén versie van een familie', params: familyVersionParamsSchema, response: { 200: familyDocumentSchema } } },
    async (request) => {
      const { family, status, publishedAt } = await requireFamily(store, request.params.id, request.params.version);
      // A draft is not yet reference data: only those who manage families read it.
      if (status === 'draft') authorizeFamilyManagement(request.ctx);
      return { family, status, publishedAt };
    },
  );

  // A JSON body is read as text as well: its errors then give the line in the file as it was sent.
  await api.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
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
        const { result } = parseSource(request.body, request.headers['content-type']);
        if (!result.ok) return { valid: false, errors: fieldErrors(result.errors, requestLocale(request)) };
        const { id, version, name } = result.value;
        return { valid: true, errors: [], family: { id, version, name } };
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
      async (request, reply) => {
        const caller = authorizeFamilyManagement(request.ctx);
        const { source, result } = parseSource(request.body, request.headers['content-type']);
        if (!result.ok) throw domainRefused(result.errors, ref('problem.family-file-invalid'));
        const family = result.value;
        const existing = (await store.families.versions(family.id)).find((v) => v.version === family.version);
        if (existing !== undefined)
          throw new ApiProblem({
            type: PROBLEM_TYPES.conflict,
            title: ref('problem.version-exists'),
            status: 409,
            detail: ref('problem.detail.version-exists', { id: family.id, version: family.version, published: existing.status === 'published' ? 1 : 0 }),
            errors: [catalogueError('family.version-exists', 'version', { version: family.version })],
          });
        const saved = await store.families.saveDraft(family, source, caller.userId);
        return reply.status(201).send(saved);
      },
    );
  });

  api.post(
    fastifyPath('familyPublish'),
    { schema: { tags, summary: 'Een ontwerpversie publiceren', params: familyVersionParamsSchema, response: { 200: familyVersionInfoSchema } } },
    async (request) => {
      const caller = authorizeFamilyManagement(request.ctx);
      const { id, version } = request.params;
      const published = await store.families.publish(id, version, caller.userId);
      if (published === undefined) throw notFound(ref('not-found.family-version', { id, version }));
      return published;
    },
  );
}

export function familyProfileRoutes(api: ApiInstance, { store }: RouteDeps): void {
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
    async (request) => {
      const { family } = await requireFamily(store, request.params.id);
      const profile = competencyProfile(family, request.query.class);
      if (!profile.ok) throw domainRefused(profile.errors, ref('problem.unknown-class'));
      return profile.value;
    },
  );
}
