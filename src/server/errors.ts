import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatPath } from '../domain/errors.js';
import { dutchErrorMap } from '../domain/family/validate.js';
import { type Locale, ref, renderMessage } from '../messages/index.js';
import { zodErrors } from '../domain/messages/zod.js';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type Problem } from '../api/problem.js';
import { requestLocale } from './locale.js';

export {
  ApiProblem,
  type FieldErrorSpec,
  type ProblemSpec,
  type Text,
  badRequest,
  domainRefused,
  forbidden,
  notFound,
  renderProblem,
  staleRevision,
  unauthorized,
} from '../use-cases/problems.js';
import { ApiProblem, type FieldErrorSpec, type Text, badRequest, limitExceeded, renderProblem } from '../use-cases/problems.js';

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
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return renderProblem(limitExceeded({ limit: 'bytes', max: request.routeOptions.bodyLimit ?? 0, offset: 0 }).spec, locale);
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
