import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Security headers on every response, written by hand (what @fastify/helmet would set,
 * without the dependency). Scripts only from our own origin: no inline scripts, no eval.
 * Inline styles stay allowed (React's style attributes); they cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const HSTS = 'max-age=31536000; includeSubDomains';

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply, https: boolean): void {
  // Swagger UI sets its own stricter CSP (with hashes) on its pages; keep that one.
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header('referrer-policy', 'same-origin');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (https) reply.header('strict-transport-security', HSTS);
  // Answers about people and pay grades are not for shared caches.
  if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
}
