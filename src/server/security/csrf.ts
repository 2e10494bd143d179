import type { FastifyRequest } from 'fastify';
import { type MessageRef, ref } from '../../messages/index.js';

/**
 * CSRF: the session cookie is SameSite=Lax, and every write (POST, PUT, PATCH, DELETE) is
 * checked for where it comes from. Browsers send Origin with every such request made by a
 * page; a write whose Origin (or, failing that, Referer) names another site is refused. A
 * write that carries the session cookie but neither header is refused too, because every
 * browser we support sends one; clients without cookies (curl, scripts) are unaffected.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfVerdict {
  allowed: boolean;
  /** Why a write is refused, as a catalogue message (rendered in the caller's language). */
  reason?: MessageRef;
}

/** The origins this server answers on: the configured public ones, or the Host it was reached on. */
export function expectedOrigins(request: FastifyRequest, configured: readonly string[]): string[] {
  const origins = configured.length > 0 ? configured : request.headers.host === undefined ? [] : [`${request.protocol}://${request.headers.host}`];
  // Through URL, so `http://host:80` and `http://host` compare equal.
  return origins.map(originOf).filter((o): o is string => o !== undefined);
}

function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin.toLowerCase();
  } catch {
    return undefined;
  }
}

export function checkCsrf(request: FastifyRequest, configured: readonly string[], hasSessionCookie: boolean): CsrfVerdict {
  if (SAFE_METHODS.has(request.method)) return { allowed: true };
  const origin = request.headers.origin;
  const referer = request.headers.referer;
  const claimed = typeof origin === 'string' && origin !== 'null' ? originOf(origin) : typeof referer === 'string' ? originOf(referer) : undefined;
  if (origin === 'null') return { allowed: false, reason: ref('csrf.null-origin') };
  if (claimed === undefined) {
    if (hasSessionCookie) return { allowed: false, reason: ref('csrf.no-origin') };
    return { allowed: true };
  }
  if (expectedOrigins(request, configured).includes(claimed)) return { allowed: true };
  return { allowed: false, reason: ref('csrf.foreign-origin', { origin: claimed }) };
}
