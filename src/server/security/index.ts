import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { sessionToken } from '../auth/sessions.js';
import { ref } from '../../messages/index.js';
import { renderProblem, sendProblem } from '../errors.js';
import { requestLocale } from '../locale.js';
import { checkCsrf } from './csrf.js';
import { HELMET_OPTIONS, setOwnHeaders } from './headers.js';

export interface SecurityOptions {
  /** Public origins of the web app (`https://weegschaal.example`); default: the Host header. */
  origins?: readonly string[];
  /** Served over HTTPS (behind a proxy): HSTS and Secure cookies even when the request looks like HTTP. */
  https?: boolean;
}

export { DEFAULT_LOGIN_LIMITS, LoginThrottle, type LoginLimits } from './rate-limit.js';

/**
 * Registers the headers and the CSRF check on the root instance (hooks, not an encapsulated
 * plugin, so they cover every route, the docs and the web app).
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions = {}): Promise<void> {
  const origins = options.origins ?? [];
  await app.register(fastifyHelmet, HELMET_OPTIONS);
  app.addHook('onRequest', async (request, reply) => {
    setOwnHeaders(request, reply, options.https === true || request.protocol === 'https');
    const verdict = checkCsrf(request, origins, sessionToken(request) !== undefined);
    if (!verdict.allowed)
      return sendProblem(
        reply,
        renderProblem({ type: PROBLEM_TYPES.forbidden, title: ref('problem.cross-site'), status: 403, detail: verdict.reason ?? ref('csrf.no-origin') }, requestLocale(request)),
      );
    return undefined;
  });
}
