import { ref } from '../../domain/messages/index.js';
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
import { type Family, loadFamilySource, parseFamily } from '../../domain/family/index.js';
import { authorizeFamilyManagement } from '../access.js';
import { competencyProfile, competencyProfileSchema } from '../../domain/profile/index.js';
import { ApiProblem, domainRefused, notFound } from '../errors.js';
import type { ApiStore } from '../ports.js';
import type { ApiInstance, RouteDeps } from './types.js';

/** A family source: YAML or JSON text (text/plain, application/yaml), or a JSON body. */
const familySourceSchema = z.union([z.string(), z.record(z.string(), z.unknown())]);

/** Text keeps line and column in errors; an already parsed JSON body has field paths only. */
function parseSource(body: string | Record<string, unknown>): Result<Family> {
  return typeof body === 'string' ? loadFamilySource(body) : parseFamily(body);
}

const fieldErrors = (errors: DomainError[]) =>
  errors.map((e) => ({
    path: e.path,
    message: e.message,
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

export function familyRoutes(api: ApiInstance, { store }: RouteDeps): void {
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

  api.post(
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
      const result = parseSource(request.body);
      if (!result.ok) return { valid: false, errors: fieldErrors(result.errors) };
      const { id, version, name } = result.value;
      return { valid: true, errors: [], family: { id, version, name } };
    },
  );

  api.post(
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
      const result = parseSource(request.body);
      if (!result.ok) throw domainRefused(result.errors, ref('problem.family-file-invalid'));
      const family = result.value;
      const existing = (await store.families.versions(family.id)).find((v) => v.version === family.version);
      if (existing !== undefined)
        throw new ApiProblem({
          type: PROBLEM_TYPES.conflict,
          title: ref('problem.version-exists'),
          status: 409,
          detail: ref('problem.detail.version-exists', { id: family.id, version: family.version, published: existing.status === 'published' ? 1 : 0 }),
          errors: [{ path: 'version', code: 'family.version-exists', message: `versie ${family.version} bestaat al` }],
        });
      const source = typeof request.body === 'string' ? request.body : JSON.stringify(request.body, null, 2);
      const saved = await store.families.saveDraft(family, source, caller.userId);
      return reply.status(201).send(saved);
    },
  );

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
