import type { FastifyRequest } from 'fastify';
import type { Clock } from '../domain/clock.js';
import type { Actor } from '../domain/access/index.js';

/**
 * The request context: who is calling, resolved once per request in one place, and the
 * clock. Every handler reads `request.ctx`; nothing else looks at cookies or headers.
 */
export interface Caller extends Actor {
  username: string;
  /** Display name of the person. */
  name: string;
}

export interface RequestContext {
  /** null for an anonymous caller. */
  actor: Caller | null;
  clock: Clock;
}

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
