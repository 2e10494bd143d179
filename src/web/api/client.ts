import type { z } from 'zod';
import { type Problem, problemSchema } from '../../api/problem.js';
import { type Query, type RouteName, apiUrl } from '../../api/routes.js';

export { type Query, apiUrl };

/**
 * A failed API call: the HTTP status and the problem document (RFC 9457) when the server
 * sent one. `status` 0 means the server could not be reached; `invalid` that the answer did
 * not match the shared schema.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly kind: 'http' | 'network' | 'invalid' = 'http',
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** The UI language, sent as Accept-Language so problems come back in it (nl-BE until set). */
let language = 'nl-BE';
export function setApiLanguage(tag: string): void {
  language = tag;
}
/** The language sent with requests, for calls made without `request` (file uploads). */
export const apiLanguage = (): string => language;

export interface RequestOptions {
  params?: Record<string, string | number>;
  query?: Query;
  body?: unknown;
  /** A body that already is JSON text, sent as it is (a .json family file keeps its lines). */
  jsonText?: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  signal?: AbortSignal;
}

/**
 * Calls the API and parses the answer with the shared zod schema, so the pages work with
 * the same types the server validated against.
 */
export async function request<S extends z.ZodType>(route: RouteName, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const body = options.jsonText ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(apiUrl(route, options.params, options.query), {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': language, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null, 'network');
  }
  const text = await response.text();
  const json: unknown = text === '' ? null : safeJson(text);
  if (!response.ok) {
    const problem = problemSchema.safeParse(json);
    throw new ApiError(response.status, problem.success ? problem.data : null);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(response.status, null, 'invalid');
  return parsed.data;
}

/**
 * Sends a file's bytes as they are (not JSON) to a route. The answer is parsed with `schema`
 * when its status is one of `resultStatuses` (an import's result, also when the file was
 * refused, e.g. 422 with every rejected row); any other answer is a problem (ApiError).
 */
export async function uploadFile<S extends z.ZodType>(url: string, file: File, schema: S, resultStatuses: readonly number[], contentType?: string): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': language, 'content-type': contentType ?? (file.type === '' ? 'application/octet-stream' : file.type) },
      body: file,
    });
  } catch {
    throw new ApiError(0, null, 'network');
  }
  const text = await response.text();
  const json: unknown = text === '' ? null : safeJson(text);
  if (resultStatuses.includes(response.status)) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
  }
  const problem = problemSchema.safeParse(json);
  throw new ApiError(response.status, problem.success ? problem.data : null, response.ok ? 'invalid' : 'http');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
