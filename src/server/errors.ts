import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { DomainError } from '../domain/errors.js';
import { formatPath } from '../domain/errors.js';
import { type FieldError, PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type Problem } from '../api/problem.js';

/**
 * Everything that goes wrong in a handler ends here as problem+json (RFC 9457). Handlers
 * throw these typed errors; anything else becomes a generic 500 whose details stay in the
 * server log (no stack traces or SQL in a response body).
 */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }
}

export const notFound = (what: string): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.notFound, title: 'Niet gevonden', status: 404, detail: what });

/** A write based on a revision that is no longer the current one. */
export const staleRevision = (currentRevision: number, baseRevision: number): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.conflict,
    title: 'Intussen gewijzigd',
    status: 409,
    detail: `de wijziging is gebaseerd op revisie ${baseRevision}, maar de huidige revisie is ${currentRevision}: laad de FUBE opnieuw`,
    currentRevision,
    errors: [{ path: 'baseRevision', code: 'revision.stale', message: `verwacht revisie ${currentRevision}` }],
  });

export const unauthorized = (): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.unauthorized, title: 'Niet aangemeld', status: 401, detail: 'meld je aan om verder te gaan' });

export const forbidden = (detail: string): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.forbidden, title: 'Niet toegestaan', status: 403, detail });

/** A domain rule refused the request: 422 with every error and its field path. */
export const domainRefused = (errors: DomainError[], title = 'De gegevens voldoen niet aan de regels', prefix = ''): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.domain,
    title,
    status: 422,
    detail: errors.map((e) => e.message).join('; '),
    errors: errors.map((e) => fieldError(e, prefix)),
  });

export const badRequest = (errors: FieldError[], detail?: string): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.validation,
    title: 'Ongeldige aanvraag',
    status: 400,
    detail: detail ?? errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`)).join('; '),
    errors,
  });

function fieldError(e: DomainError, prefix: string): FieldError {
  const path = prefix === '' ? e.path : e.path === '' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}`;
  return {
    path,
    message: e.message,
    code: e.code,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
  };
}

const pathFromPointer = (pointer: string): string =>
  formatPath(
    pointer
      .split('/')
      .filter((s) => s !== '')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
  );

export function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof ApiProblem) return error.problem;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as { validationContext?: string }).validationContext ?? 'body';
    const errors = error.validation.map((v) => ({ path: pathFromPointer(v.instancePath), message: v.message ?? 'ongeldig', code: `schema.${v.keyword}` }));
    const where = { body: 'de inhoud', querystring: 'de zoekparameters', params: 'het pad', headers: 'de headers' }[part] ?? part;
    return badRequest(errors, `${where} van de aanvraag: ${errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`)).join('; ')}`).problem;
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  // Fastify's own client errors (bad JSON, unsupported media type, body too large) are safe to show.
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      type: PROBLEM_TYPES.validation,
      title: 'Ongeldige aanvraag',
      status,
      detail: clientErrorDetail(fastifyError),
      errors: [{ path: '', message: clientErrorDetail(fastifyError), code: fastifyError.code ?? 'request.invalid' }],
    };
  }
  request.log.error({ err: error }, 'unhandled error');
  return {
    type: PROBLEM_TYPES.internal,
    title: 'Interne fout',
    status: 500,
    detail: 'er ging iets mis op de server; de fout is gelogd',
  };
}

function clientErrorDetail(error: Partial<FastifyError>): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'dit inhoudstype wordt niet ondersteund';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'de JSON-inhoud is leeg';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'de inhoud is te groot';
    default:
      return error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? `ongeldige JSON: ${error.message ?? ''}`
        : (error.message ?? 'ongeldige aanvraag');
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
