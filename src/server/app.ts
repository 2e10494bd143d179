import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import {
  type ZodTypeProvider,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { PROBLEM_TYPES } from '../api/problem.js';
import { API_ROUTES } from '../api/routes.js';
import { type Clock, systemClock } from '../domain/clock.js';
import { type DemoLogins, type User, sessionSchema } from '../api/auth.js';
import type { AccountsPort } from './auth/accounts.js';
import { OidcClient, type OidcSettings, oidcRoutes } from './auth/oidc.js';
import { authRoutes } from './auth/routes.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, sessionResolver } from './auth/sessions.js';
import { type ActorResolver, type RequestContext, resolveActor as resolveAnonymous } from './context.js';
import { type LoginLimits, LoginThrottle, type SecurityOptions, registerSecurity } from './security/index.js';
import { LOCALE_TAGS, ref } from '../messages/index.js';
import { PARSE_LIMITS, measureJson } from '../domain/parse/limits.js';
import { ApiProblem, limitExceeded, unauthorized } from '../use-cases/problems.js';
import { isPublicRoute } from '../api/public-routes.js';
import { cleanRequestTexts } from './security/text-hygiene.js';
import { renderProblem, sendProblem, toProblem } from './errors.js';
import { requestLocale } from './locale.js';
import type { Store } from '../store/index.js';
import { type UseCaseDeps, useCaseDeps } from '../use-cases/context.js';
import { registerRoutes } from './routes/index.js';
import { type RenderedPage, type WebShell, loadWebShell } from './web-shell.js';
import { type PageRenderer, SERVER_RENDER_BUDGET_MS, answerFirstReads, loadPageRenderer, pageLocale, withinBudget } from './server-render.js';
import { type FirstRead, familyVersionRead, firstReads } from '../api/first-pages.js';
import { getFube } from '../use-cases/fubes/get-fube.js';
import { whoAmI } from '../use-cases/accounts/who-am-i.js';
import { DocumentPool, type DocumentPoolOptions } from '../documents/render-pool.js';
import { CalibrationWorker } from '../use-cases/calibration/calibration-engine.js';

export interface AppOptions {
  store: Store;
  /** The use cases' dependencies; made from `store` when absent. */
  deps?: UseCaseDeps;
  clock?: Clock;
  /** Tests inject the caller here; production resolves it from the session (context.ts). */
  resolveActor?: ActorResolver;
  logger?: FastifyServerOptions['logger'];
  /** Whether a signed-in first page is rendered on the server when the build has a renderer (decision 0069); default true. */
  serverRender?: boolean;
  /** The built web app (dist/web); served with an SPA fallback when it exists. */
  webRoot?: string;
  version?: string;
  /** Accounts and sessions (src/server/auth): login routes, and the caller from the session cookie. */
  accounts?: AccountsPort;
  sessionPolicy?: SessionPolicy;
  loginLimits?: LoginLimits;
  security?: SecurityOptions;
  /**
   * Fastify's `trustProxy`: the proxies whose `X-Forwarded-For` names the client (addresses or
   * CIDRs, comma-separated). Unset: the address is the socket's (serve reads WEEGSCHAAL_TRUST_PROXY).
   */
  trustProxy?: string;
  /** The document worker pool's limits (src/documents/render-pool.ts); used when `deps` is absent. */
  documentPool?: DocumentPoolOptions;
  /** Single sign-on with OpenID Connect (serve.ts reads WEEGSCHAAL_OIDC_*); off when absent. */
  oidc?: OidcSettings;
  /**
   * The key that signs the single sign-on cookie (serve.ts: WEEGSCHAAL_COOKIE_SECRET, see
   * docs/deploy.md). Absent: a random key for this process only.
   */
  cookieSecret?: string;
  /**
   * The demo logins the start page lists (`GET /api/login/options`): set by serve.ts only when
   * it runs with `--demo` on a database that holds the demo accounts; absent everywhere else.
   */
  demoLogins?: DemoLogins;
}

export type App = FastifyInstance;

/** The HTTP API as a Fastify instance, not listening: `serve.ts` listens, tests inject. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 5 * 1024 * 1024,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    // A URL that is not valid UTF-8 after decoding, or a path parameter over the router's
    // limit, is refused before routing: as problem+json like every other error (crash suite).
    frameworkErrors: (error, request, reply) => sendProblem(reply, toProblem(error, request)),
  });
  // Cookies are parsed (and the SSO cookie signed) by @fastify/cookie, before anything reads them.
  await app.register(fastifyCookie, { secret: options.cookieSecret ?? randomBytes(32).toString('base64url') });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // JSON bodies are measured before they are parsed (docs/limits.md): depth and keys → 422.
  // Fastify's own parser then reads them, with its guard against __proto__ and constructor.
  const defaultJsonParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const exceeded = measureJson(body as string, PARSE_LIMITS.request);
    if (exceeded !== undefined) {
      done(limitExceeded(exceeded), undefined);
      return;
    }
    defaultJsonParser(request, body as string, done);
  });

  // Family sources are uploaded as YAML (or plain text); keep them as strings.
  app.addContentTypeParser(['application/yaml', 'application/x-yaml', 'text/yaml'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  const clock = options.clock ?? systemClock;
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  // Headers and the CSRF check come first, before anything reads the session.
  await registerSecurity(app, options.security);
  const resolveActor =
    options.resolveActor ?? (options.accounts !== undefined ? sessionResolver(options.accounts, sessionPolicy, clock) : resolveAnonymous);
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    request.ctx = { actor: await resolveActor(request), clock };
    // Authentication before anything reads the request: an anonymous caller of a route that
    // is not public gets 401, never a 400 about its parameters (src/api/public-routes.ts).
    const route = request.routeOptions.url;
    if (request.ctx.actor === null && route !== undefined && route.startsWith('/api/') && !route.startsWith(`${API_ROUTES.docs}`) && !isPublicRoute(request.method, route))
      throw unauthorized();
  });

  // Text hygiene before validation: bad characters → 422 naming the field; the rest NFC.
  app.addHook('preValidation', async (request) => cleanRequestTexts(request));

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiProblem && error.spec.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.spec.retryAfterSeconds));
    return sendProblem(reply, toProblem(error, request));
  });

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

  // Documents are made in worker threads, each job with a time and memory limit.
  let deps = options.deps;
  if (deps === undefined) {
    const pool = new DocumentPool(options.documentPool);
    // Calibration indexes are kept and updated in a worker thread too (calibration-engine.ts).
    const calibration = new CalibrationWorker();
    app.addHook('onClose', () => Promise.all([pool.close(), calibration.close()]).then(() => undefined));
    deps = useCaseDeps(options.store, { documents: pool, calibration });
  }
  const useCases = deps;

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(API_ROUTES.openapi, { schema: { hide: true } }, async () => app.swagger());
      await registerRoutes(typed, { deps: useCases, version: options.version ?? '0.1.0' });
      if (options.accounts !== undefined) {
        const authDeps = {
          accounts: options.accounts,
          policy: sessionPolicy,
          throttle: new LoginThrottle(options.store.loginAttempts, options.loginLimits),
          clock,
          secureCookies: options.security?.https === true,
        };
        authRoutes(typed, authDeps);
        oidcRoutes(typed, { ...authDeps, oidc: options.oidc === undefined ? undefined : new OidcClient(options.oidc), demo: options.demoLogins });
      }
    },
  );

  const webRoot = options.webRoot !== undefined ? resolve(options.webRoot) : undefined;
  const serveWeb = webRoot !== undefined && existsSync(resolve(webRoot, 'index.html'));
  // Built assets have content hashes in their names: cached for a year, never revalidated.
  // Pages (index.html with the caller's session, web-shell.ts) are revalidated on each visit,
  // so a new build is picked up at once. The .br/.gz files the build wrote are sent when the
  // browser accepts them.
  const shell = serveWeb ? loadWebShell(webRoot) : undefined;
  // A signed-in first page is answered with its content rendered (decision 0069), when the build has a renderer.
  if (shell !== undefined && !shell.rendersPages) app.log.warn(`index.html in ${webRoot} has no empty <div id="root"></div>: pages are rendered in the browser only`);
  const renderer =
    shell?.rendersPages === true && webRoot !== undefined && options.serverRender !== false
      ? await loadPageRenderer(webRoot, (error) => app.log.error({ err: error }, 'the server-render bundle cannot be loaded; pages are rendered in the browser'))
      : undefined;
  if (serveWeb)
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // `/` is a page like the others: answered by the shell below, with the session in it.
      index: false,
      preCompressed: true,
      // Folders whose names start with a dot are the build's own (Vite's manifest, the
      // server-render bundle): read by the server, never served.
      // (The files under them get no route in the first place: the glob that finds the files
      // skips dot folders. This also refuses them should that ever change.)
      dotfiles: 'deny',
      allowedPath: (pathName) => !pathName.split('/').some((part) => part.startsWith('.')),
      cacheControl: false,
      setHeaders: (res, path) => res.setHeader('cache-control', webCacheControl(relative(webRoot, path))),
    });

  app.setNotFoundHandler(async (request, reply) => {
    const at = request.url.indexOf('?');
    const path = at < 0 ? request.url : request.url.slice(0, at);
    const search = at < 0 ? '' : request.url.slice(at + 1);
    if (shell !== undefined && (request.method === 'GET' || request.method === 'HEAD') && isPagePath(path)) {
      const session = await sessionOf(useCases, request.ctx);
      const reads = session?.user == null ? undefined : await fubePageReads(useCases, request.ctx, path);
      const rendered =
        renderer === undefined || session?.user == null || request.method === 'HEAD'
          ? undefined
          : await renderFirstPage(app, renderer, request, path, search, session.user, reads);
      return webPage(reply, shell, path, search, session, reads, request.method === 'HEAD', rendered);
    }
    return sendProblem(
      reply,
      renderProblem(
        { type: PROBLEM_TYPES.notFound, title: ref('problem.not-found'), status: 404, detail: ref('problem.detail.route-not-found', { method: request.method, path }) },
        requestLocale(request),
      ),
    );
  });
  return app;
}

const HTML_CACHE_CONTROL = 'no-cache';
const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Vite writes hashed files under assets/ (`path` is relative to the web root); everything else may change with a new build. */
export function webCacheControl(path: string): string {
  return /^assets[\\/]/.test(path) ? IMMUTABLE_CACHE_CONTROL : HTML_CACHE_CONTROL;
}

// A page names who is signed in (the session is in it): stored by no cache at all, so that a
// page from the browser's history never brings back a session that has ended.
const PAGE_CACHE_CONTROL = 'private, no-store';

/**
 * A path the web app answers with a page: not the API, and not a file (a missing asset after
 * a new build, /favicon.ico, /robots.txt, the build's own dot folders: those are 404s, not a
 * page with a session in it).
 */
const isPagePath = (path: string): boolean =>
  path !== '/api' && !path.startsWith('/api/') && !path.startsWith('/assets/') && !/^\/[^/]*\.[A-Za-z0-9]+$/.test(path) && !/\/(\.|%2e)/i.test(path);

/** A page of the web app: index.html with this caller's session and the page's chunks named (web-shell.ts). */
function webPage(
  reply: FastifyReply,
  shell: WebShell,
  path: string,
  search: string,
  session: { user: User | null } | undefined,
  reads: readonly FirstRead[] | undefined,
  head: boolean,
  rendered: RenderedPage | undefined,
) {
  const html = shell.html(path, search, session, reads, rendered);
  return reply.type('text/html; charset=utf-8').header('cache-control', PAGE_CACHE_CONTROL).header('vary', 'cookie').send(head ? '' : html);
}

/**
 * A signed-in first page rendered on the server (decision 0069): its first reads answered
 * through the API's own routes as this caller (server-render.ts), then the page rendered from
 * them. Undefined when the page has no first reads (it is not one of the first pages) or the
 * render fails: the page is then sent as before and the browser renders it (the failure is
 * logged; a visitor never sees it).
 */
async function renderFirstPage(
  app: FastifyInstance,
  renderer: PageRenderer,
  request: FastifyRequest,
  path: string,
  search: string,
  user: User,
  fubeReads: readonly FirstRead[] | undefined,
): Promise<RenderedPage | undefined> {
  const reads = fubeReads ?? firstReads(path, search);
  if (reads.length === 0) return undefined;
  try {
    const locale = pageLocale(request);
    const url = new URL(`${path}${search === '' ? '' : `?${search}`}`, 'http://weegschaal.invalid');
    const work = answerFirstReads(app, request, reads, locale).then((answers) => renderer.render({ url, user, locale, answers }));
    const rendered = await withinBudget(work, SERVER_RENDER_BUDGET_MS);
    if (rendered === undefined) return undefined;
    return { ...rendered, locale, tag: LOCALE_TAGS[locale] };
  } catch (error) {
    request.log.error({ err: error, path }, 'server render failed; the page is rendered in the browser');
    return undefined;
  }
}

/**
 * The reads of a FUBE page, found by reading the FUBE as this caller may (the same use case as
 * `GET /api/fubes/{id}`): the FUBE and its family version, or none when the caller may not open
 * it or it is not there (the page asks itself and shows why; a preloaded error answer would only
 * be fetched twice). Undefined for other pages: their reads follow from the address.
 */
async function fubePageReads(deps: UseCaseDeps, ctx: RequestContext | null, path: string): Promise<FirstRead[] | undefined> {
  const reads = firstReads(path, '');
  const fube = reads.find((read) => read.route === 'fube');
  const id = fube?.params?.id;
  if (fube === undefined || id === undefined) return undefined;
  if (ctx === null || ctx.actor === null) return [];
  try {
    const view = JSON.parse((await getFube(deps, ctx, id)).json.toString('utf8')) as { content?: { familyId?: unknown; familyVersion?: unknown } };
    const { familyId, familyVersion } = view.content ?? {};
    return typeof familyId === 'string' && typeof familyVersion === 'number' ? [fube, familyVersionRead(familyId, familyVersion)] : [fube];
  } catch {
    return [];
  }
}

/**
 * The session as `GET /api/session` answers it (through the same schema, so no key more);
 * undefined when it cannot be read now: the page is then sent without it and the web app asks
 * `GET /api/session` itself, which reports the problem.
 */
async function sessionOf(deps: UseCaseDeps, ctx: RequestContext | null): Promise<{ user: User | null } | undefined> {
  try {
    return sessionSchema.parse({ user: ctx === null || ctx.actor === null ? null : await whoAmI(deps, ctx) });
  } catch {
    return undefined;
  }
}
