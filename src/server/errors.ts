import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DomainError } from '../domain/errors.js';
import { formatPath } from '../domain/errors.js';
import { dutchErrorMap } from '../domain/family/validate.js';
import { type Locale, type LocalizableError, type MessageRef, catalogueError, localizeError, ref, renderMessage } from '../domain/messages/index.js';
import { zodErrors } from '../domain/messages/zod.js';
import { type FieldError, PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type Problem } from '../api/problem.js';
import { requestLocale } from './locale.js';

/**
 * Everything that goes wrong in a handler ends here as problem+json (RFC 9457). Handlers
 * throw these typed errors; anything else becomes a generic 500 whose details stay in the
 * server log (no stack traces or SQL in a response body).
 *
 * Texts are catalogue messages (or plain strings, shown as they are) and field errors keep
 * their code and params, so the problem is rendered in the request's language at the end
 * (toProblem); `problem` is the Dutch rendering.
 */
export type Text = string | MessageRef;

export interface FieldErrorSpec extends LocalizableError {
  path: string;
  line?: number | undefined;
  column?: number | undefined;
}

export interface ProblemSpec {
  type: string;
  title: Text;
  status: number;
  /** Without detail, the field errors joined (`paths`: each with its path). */
  detail?: Text;
  detailFrom?: 'messages' | 'paths';
  instance?: string;
  errors?: FieldErrorSpec[];
  currentRevision?: number;
}

export class ApiProblem extends Error {
  constructor(readonly spec: ProblemSpec) {
    const problem = renderProblem(spec, 'nl');
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get problem(): Problem {
    return renderProblem(this.spec, 'nl');
  }
}

const text = (value: Text, locale: Locale): string => (typeof value === 'string' ? value : (renderMessage(locale, value) ?? value.key));

export function renderProblem(spec: ProblemSpec, locale: Locale): Problem {
  const errors = spec.errors?.map((e): FieldError => ({
    path: e.path,
    message: localizeError(e, locale),
    code: e.code,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
  }));
  const joined = (errors ?? []).map((e) => (spec.detailFrom === 'paths' && e.path !== '' ? `${e.path}: ${e.message}` : e.message)).join('; ');
  const detail = spec.detail !== undefined ? text(spec.detail, locale) : errors !== undefined ? joined : undefined;
  return {
    type: spec.type,
    title: text(spec.title, locale),
    status: spec.status,
    ...(detail !== undefined ? { detail } : {}),
    ...(spec.instance !== undefined ? { instance: spec.instance } : {}),
    ...(errors !== undefined ? { errors } : {}),
    ...(spec.currentRevision !== undefined ? { currentRevision: spec.currentRevision } : {}),
  };
}

export const notFound = (what: Text): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.notFound, title: ref('problem.not-found'), status: 404, detail: what });

/** A write based on a revision that is no longer the current one. */
export const staleRevision = (currentRevision: number, baseRevision: number): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.conflict,
    title: ref('problem.conflict'),
    status: 409,
    detail: ref('problem.detail.stale', { base: baseRevision, current: currentRevision }),
    currentRevision,
    errors: [catalogueError('revision.stale', 'baseRevision', { current: currentRevision })],
  });

export const unauthorized = (): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.unauthorized, title: ref('problem.unauthorized'), status: 401, detail: ref('problem.detail.unauthorized') });

export const forbidden = (detail: Text): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.forbidden, title: ref('problem.forbidden'), status: 403, detail });

/** A domain rule refused the request: 422 with every error and its field path. */
export const domainRefused = (errors: DomainError[], title: Text = ref('problem.domain'), prefix = ''): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.domain,
    title,
    status: 422,
    errors: errors.map((e) => fieldError(e, prefix)),
  });

export const badRequest = (errors: FieldErrorSpec[], detail?: Text): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.validation,
    title: ref('problem.bad-request'),
    status: 400,
    ...(detail !== undefined ? { detail } : { detailFrom: 'paths' as const }),
    errors,
  });

function fieldError(e: DomainError, prefix: string): FieldErrorSpec {
  const path = prefix === '' ? e.path : e.path === '' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}`;
  return { ...e, path };
}

const pathFromPointer = (pointer: string): string =>
  formatPath(
    pointer
      .split('/')
      .filter((s) => s !== '')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
  );

const PARTS = { body: 'problem.part.body', querystring: 'problem.part.querystring', params: 'problem.part.params', headers: 'problem.part.headers' } as const;

/**
 * A request that does not match its route's zod schema. The issues are found again by
 * parsing the same input with `reportInput`, so every message can be rendered in the
 * request's language; schemas without zod keep the validator's own messages.
 */
function validationProblem(error: FastifyError & { validationContext?: string }, request: FastifyRequest, locale: Locale): Problem {
  const part = error.validationContext ?? 'body';
  const schema = (request.routeOptions.schema as Record<string, unknown> | undefined)?.[part];
  const input = { body: request.body, querystring: request.query, params: request.params, headers: request.headers }[part as 'body'];
  const reparsed = schema instanceof z.ZodType ? schema.safeParse(input, { error: dutchErrorMap, reportInput: true }) : undefined;
  const errors: FieldErrorSpec[] =
    reparsed !== undefined && !reparsed.success
      ? zodErrors(reparsed.error)
      : (error.validation ?? []).map((v) => ({ path: pathFromPointer(v.instancePath), message: v.message ?? 'ongeldig', code: `schema.${v.keyword}` }));
  const rendered = renderProblem({ type: PROBLEM_TYPES.validation, title: '', status: 400, errors, detailFrom: 'paths' }, locale);
  const where = part in PARTS ? ref(PARTS[part as keyof typeof PARTS]) : part;
  return renderProblem(badRequest(errors, ref('problem.detail.request-part', { part: where, errors: rendered.detail ?? '' })).spec, locale);
}

export function toProblem(error: unknown, request: FastifyRequest): Problem {
  const locale = requestLocale(request);
  if (error instanceof ApiProblem) return renderProblem(error.spec, locale);
  if (hasZodFastifySchemaValidationErrors(error)) return validationProblem(error as FastifyError, request, locale);
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  // Fastify's own client errors (bad JSON, unsupported media type, body too large) are safe to show.
  if (status !== undefined && status >= 400 && status < 500) {
    const detail = clientErrorDetail(fastifyError);
    return renderProblem(
      {
        type: PROBLEM_TYPES.validation,
        title: ref('problem.bad-request'),
        status,
        detail,
        errors: [{ path: '', code: fastifyError.code ?? 'request.invalid', message: typeof detail === 'string' ? detail : (renderMessage('nl', detail) ?? '') }],
      },
      locale,
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return renderProblem({ type: PROBLEM_TYPES.internal, title: ref('problem.internal'), status: 500, detail: ref('problem.detail.internal') }, locale);
}

function clientErrorDetail(error: Partial<FastifyError>): Text {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ref('problem.detail.media-type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ref('problem.detail.empty-json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return ref('problem.detail.too-large');
    default:
      return error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? ref('problem.detail.invalid-json', { detail: error.message ?? '' })
        : (error.message ?? 'ongeldige aanvraag');
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  // The texts follow Accept-Language (locale.ts): a shared cache must keep the languages apart.
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).header('vary', 'Accept-Language').send(JSON.stringify(problem));
}
