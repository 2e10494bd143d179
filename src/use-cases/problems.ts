import type { DomainError } from '../domain/errors.js';
import { type Locale, type LocalizableError, type MessageRef, catalogueError, localizeError, ref, renderMessage } from '../messages/index.js';
import { type FieldError, PROBLEM_TYPES, type Problem } from '../api/problem.js';
import { type LimitExceeded, limitError } from '../domain/parse/limits.js';

/**
 * What a use case refuses, as a problem (RFC 9457) that any adapter renders: the HTTP API
 * as problem+json, the CLI as one line with an exit code. Use cases throw these typed
 * errors; anything else is an internal fault.
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
  /** Seconds after which trying again makes sense: sent as the Retry-After header, not in the body. */
  retryAfterSeconds?: number;
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

/** 403 naming the fields whose people or places the caller may not name. */
export const forbiddenFields = (errors: DomainError[], prefix = ''): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.forbidden, title: ref('problem.forbidden'), status: 403, errors: errors.map((e) => fieldError(e, prefix)) });

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


/** Input over a limit (docs/limits.md): 413 when it is too large, 422 for depth, keys or aliases. */
export const limitExceeded = (exceeded: LimitExceeded, path = '', position: { line?: number; column?: number } = {}): ApiProblem =>
  new ApiProblem({
    type: PROBLEM_TYPES.limit,
    title: ref(exceeded.limit === 'size' || exceeded.limit === 'bytes' ? 'problem.too-large' : 'problem.limit'),
    status: exceeded.limit === 'size' || exceeded.limit === 'bytes' ? 413 : 422,
    errors: [{ ...limitError(exceeded, path), ...position }],
  });

/** A loader's errors when one of them is a limit (code `limit.*`): that limit as the problem, else undefined. */
export function limitRefused(errors: readonly DomainError[]): ApiProblem | undefined {
  const limits = errors.filter((e) => e.code.startsWith('limit.'));
  if (limits.length === 0) return undefined;
  const tooLarge = limits.some((e) => e.code === 'limit.size');
  return new ApiProblem({
    type: PROBLEM_TYPES.limit,
    title: ref(tooLarge ? 'problem.too-large' : 'problem.limit'),
    status: tooLarge ? 413 : 422,
    errors: limits.map((e) => fieldError(e, '')),
  });
}

/**
 * A document job that failed at a limit (src/documents/render-pool.ts): 503 with Retry-After
 * for a timeout or a full pool (try later), 422 for the memory limit (the texts are too
 * much for one document); anything else is an internal error.
 */
/** A time limit in whole seconds, or tenths below ten seconds (a pool configured tighter than the default 30 s). */
const limitSeconds = (limitMs: number): number => (limitMs < 10_000 ? Math.round(limitMs / 100) / 10 : Math.round(limitMs / 1000));

export function documentProblem(reason: 'timeout' | 'memory' | 'busy', limitMs: number): ApiProblem {
  const detail =
    reason === 'timeout'
      ? ref('problem.detail.document-timeout', { seconds: limitSeconds(limitMs) })
      : reason === 'memory'
        ? ref('problem.detail.document-memory')
        : ref('problem.detail.document-busy');
  return new ApiProblem({
    type: PROBLEM_TYPES.documentUnavailable,
    title: ref('problem.document-unavailable'),
    status: reason === 'memory' ? 422 : 503,
    detail,
    // A full pool frees up within one job's time; a job that ran out of time needs a quieter moment.
    ...(reason === 'busy' ? { retryAfterSeconds: 5 } : reason === 'timeout' ? { retryAfterSeconds: 60 } : {}),
  });
}

/** The calibration worker stopped while computing: 503, try again (the next request starts a new worker and recomputes). */
export function calibrationProblem(): ApiProblem {
  return new ApiProblem({
    type: PROBLEM_TYPES.calibrationUnavailable,
    title: ref('problem.calibration-unavailable'),
    status: 503,
    detail: ref('problem.detail.calibration-unavailable'),
    retryAfterSeconds: 5,
  });
}

/**
 * Reading an uploaded file in the document pool (read-job.ts) failed at a limit: as for a
 * document, 503 with Retry-After for a timeout or a full pool, 422 for the memory limit (the
 * file is too much to read). The detail says what to do with the file.
 */
export function readProblem(reason: 'timeout' | 'memory' | 'busy' | 'failed', limitMs: number): ApiProblem {
  const detail =
    reason === 'timeout'
      ? ref('problem.detail.read-timeout', { seconds: limitSeconds(limitMs) })
      : reason === 'memory'
        ? ref('problem.detail.read-memory')
        : reason === 'failed'
          ? ref('problem.detail.read-failed')
          : ref('problem.detail.read-busy');
  return new ApiProblem({
    type: PROBLEM_TYPES.fileUnreadable,
    title: ref('problem.file-unreadable'),
    status: reason === 'memory' || reason === 'failed' ? 422 : 503,
    detail,
    ...(reason === 'busy' ? { retryAfterSeconds: 5 } : reason === 'timeout' ? { retryAfterSeconds: 60 } : {}),
  });
}
