import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Security headers on every response, set by @fastify/helmet (decision 0029). Scripts only
 * from our own origin: no inline scripts, no eval. Inline styles stay allowed (React's style
 * attributes); they cannot run code. Swagger UI sets its own stricter CSP (with hashes) on
 * its pages, which replaces this one there.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  // HSTS only when the request came over HTTPS (or the server is told it is behind one):
  // helmet would send it over plain HTTP too, where a browser ignores it.
  strictTransportSecurity: false,
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/** What helmet does not set: HSTS over HTTPS only, the permissions policy, no-store on the API. */
export function setOwnHeaders(request: FastifyRequest, reply: FastifyReply, https: boolean): void {
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (https) reply.header('strict-transport-security', HSTS);
  // Answers about people and pay grades are not for shared caches.
  if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
}
