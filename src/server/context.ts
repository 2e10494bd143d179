import type { FastifyRequest } from 'fastify';
import type { Clock } from '../domain/clock.js';

/**
 * The request context: who is calling, resolved once per request in one place, and the
 * clock. Every handler reads `request.ctx`; nothing else looks at cookies or headers.
 */
export interface RoleAssignment {
  role: string;
  entityId: string | null;
  unitId: string | null;
}

export interface Actor {
  /** null for the anonymous caller. */
  userId: string | null;
  username: string | null;
  personId: string | null;
  name: string;
  roles: RoleAssignment[];
}

export const ANONYMOUS: Actor = Object.freeze({ userId: null, username: null, personId: null, name: 'anoniem', roles: [] }) as Actor;

export interface RequestContext {
  actor: Actor;
  clock: Clock;
}

export type ActorResolver = (request: FastifyRequest) => Actor | Promise<Actor>;

/**
 * Resolves the caller from the session cookie. Accounts and sessions come with the accounts
 * work; until then every caller is anonymous (writes answer 401). Tests inject an actor
 * through `buildApp({ resolveActor })`; there is deliberately no development header.
 */
export function resolveActor(_request: FastifyRequest): Actor {
  return ANONYMOUS;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}
