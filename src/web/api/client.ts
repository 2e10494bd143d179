import type { Problem } from '../../api/problem.js';
import { type Query, type RouteName, apiUrl } from '../../api/routes.js';

export { type Query, apiUrl };

/**
 * A failed API call: the HTTP status and the problem document (RFC 9457) when the server
 * sent one. `status` 0 means the server could not be reached; `invalid` that a successful
 * answer was not JSON.
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
 * Calls the API; `T` is the answer's type from the shared contract (`z.infer<typeof
 * someSchema>`, a type-only import). The answer is not parsed again here: the server sends
 * nothing its response schema does not pass (fastify-type-provider-zod's serializer), and
 * keeping zod's schemas out of the browser saves their construction on every first load
 * (decision 0065).
 */
export async function request<T>(route: RouteName, options: RequestOptions = {}): Promise<T> {
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
  const json = text === '' ? null : safeJson(text);
  if (!response.ok) throw new ApiError(response.status, problemOf(json));
  if (json === undefined) throw new ApiError(response.status, null, 'invalid');
  return json as T;
}

/**
 * Sends a file's bytes as they are (not JSON) to a route. The answer is the result (`T`) when
 * its status is one of `resultStatuses` (an import's result, also when the file was refused,
 * e.g. 422 with every rejected row); any other answer is a problem (ApiError).
 */
export async function uploadFile<T>(url: string, file: File, resultStatuses: readonly number[], contentType?: string): Promise<T> {
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
  const json = text === '' ? null : safeJson(text);
  if (resultStatuses.includes(response.status) && json !== undefined && json !== null) return json as T;
  throw new ApiError(response.status, problemOf(json), response.ok ? 'invalid' : 'http');
}

/** The parsed JSON; undefined when the text is not JSON. */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A problem document (RFC 9457) as our server sends it: the fields the pages read, checked by
 * hand (a proxy's error page or another server's JSON is not one).
 */
function problemOf(json: unknown): Problem | null {
  if (typeof json !== 'object' || json === null) return null;
  const candidate = json as Record<string, unknown>;
  const optional = (key: string, type: 'string' | 'number') => candidate[key] === undefined || typeof candidate[key] === type;
  const ok =
    typeof candidate.type === 'string' &&
    typeof candidate.title === 'string' &&
    Number.isInteger(candidate.status) &&
    optional('detail', 'string') &&
    optional('instance', 'string') &&
    optional('currentRevision', 'number') &&
    (candidate.errors === undefined ||
      (Array.isArray(candidate.errors) &&
        candidate.errors.every((e: unknown) => typeof e === 'object' && e !== null && typeof (e as { path?: unknown }).path === 'string' && typeof (e as { message?: unknown }).message === 'string')));
  return ok ? (candidate as Problem) : null;
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
