import type { FastifyRequest } from 'fastify';
import type { Caller, UseCaseContext } from '../use-cases/context.js';

export type { Caller } from '../use-cases/context.js';

/**
 * The request context: who is calling, resolved once per request in one place, and the
 * clock. Every handler reads `request.ctx` and hands it to the use cases; nothing else
 * looks at cookies or headers.
 */
export type RequestContext = UseCaseContext;

export type ActorResolver = (request: FastifyRequest) => Caller | null | Promise<Caller | null>;

/**
 * The resolver of an app without accounts: every caller is anonymous. With
 * `buildApp({ accounts })` the caller comes from the session cookie (auth/sessions.ts);
 * tests inject callers through `buildApp({ resolveActor })`; there is deliberately no
 * development header.
 */
export function resolveActor(_request: FastifyRequest): Caller | null {
  return null;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}
