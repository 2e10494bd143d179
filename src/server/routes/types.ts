import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { UseCaseDeps } from '../../use-cases/context.js';

/** The Fastify instance as route files see it: zod schemas give typed requests and replies. */
export type ApiInstance = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What routes hand to the use cases: the process's dependencies (the store, caches). */
export interface RouteDeps {
  deps: UseCaseDeps;
  version: string;
}
