import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  type ZodTypeProvider,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { PROBLEM_TYPES } from '../api/problem.js';
import { API_ROUTES } from '../api/routes.js';
import { type Clock, systemClock } from '../domain/clock.js';
import { type ActorResolver, type RequestContext, resolveActor as resolveFromSession } from './context.js';
import { sendProblem, toProblem } from './errors.js';
import type { ApiStore } from './ports.js';
import { registerRoutes } from './routes/index.js';

export interface AppOptions {
  store: ApiStore;
  clock?: Clock;
  /** Tests inject the caller here; production resolves it from the session (context.ts). */
  resolveActor?: ActorResolver;
  logger?: FastifyServerOptions['logger'];
  /** The built web app (dist/web); served with an SPA fallback when it exists. */
  webRoot?: string;
  version?: string;
}

export type App = FastifyInstance;

/** The HTTP API as a Fastify instance, not listening: `serve.ts` listens, tests inject. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Family sources are uploaded as YAML (or plain text); keep them as strings.
  app.addContentTypeParser(['application/yaml', 'application/x-yaml', 'text/yaml'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  const clock = options.clock ?? systemClock;
  const resolveActor = options.resolveActor ?? resolveFromSession;
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    request.ctx = { actor: await resolveActor(request), clock };
  });

  app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(error, request)));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Weegschaal API',
        description:
          'Functieclassificatie voor de Vlaamse overheid: functiefamilies, functiebeschrijvingen (FUBE), weging, validatie en beroep. Fouten volgen RFC 9457 (application/problem+json) met het veldpad in `errors[].path`.',
        version: options.version ?? '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: API_ROUTES.docs, staticCSP: true });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(API_ROUTES.openapi, { schema: { hide: true } }, async () => app.swagger());
      await registerRoutes(typed, { store: options.store, version: options.version ?? '0.1.0' });
    },
  );

  const webRoot = options.webRoot !== undefined ? resolve(options.webRoot) : undefined;
  const serveWeb = webRoot !== undefined && existsSync(resolve(webRoot, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (serveWeb && request.method === 'GET' && !path.startsWith('/api/') && path !== '/api')
      return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, {
      type: PROBLEM_TYPES.notFound,
      title: 'Niet gevonden',
      status: 404,
      detail: `${request.method} ${path} bestaat niet`,
    });
  });
  return app;
}
