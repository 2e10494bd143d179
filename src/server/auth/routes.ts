import { catalogueError, ref } from '../../messages/index.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { changePasswordSchema, loginRequestSchema, loginResponseSchema } from '../../api/auth.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { fastifyPath } from '../../api/routes.js';
import type { Clock } from '../../domain/clock.js';
import { requireCaller } from '../../use-cases/context.js';
import { ApiProblem, badRequest } from '../errors.js';
import type { ApiInstance } from '../routes/types.js';
import { normaliseUsername } from '../../domain/text/username.js';
import { type LoginThrottle } from '../security/rate-limit.js';
import type { Account, AccountsPort } from './accounts.js';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { SESSION_COOKIE, type SessionPolicy, liveSession, newSessionToken, sessionExpiry, sessionId, sessionToken } from './sessions.js';

export interface AuthDeps {
  accounts: AccountsPort;
  policy: SessionPolicy;
  throttle: LoginThrottle;
  clock: Clock;
  /** Cookies carry Secure also over plain HTTP (behind a TLS-terminating proxy without trustProxy). */
  secureCookies: boolean;
}

/** Login bodies are tiny; a large one is refused before it is parsed. */
const AUTH_BODY_LIMIT = 16 * 1024;

export const TOO_MANY_ATTEMPTS_TYPE = '/api/problems/too-many-attempts';

const wrongCredentials = (): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.unauthorized, title: ref('problem.login-failed'), status: 401, detail: ref('problem.detail.login-failed') });

export function isSecure(request: FastifyRequest, deps: AuthDeps): boolean {
  return deps.secureCookies || request.protocol === 'https';
}

function setSessionCookie(reply: FastifyReply, value: string, maxAgeSeconds: number, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: maxAgeSeconds, secure });
}

/** A fresh session (new token, new id) for the account: login and password change rotate it. */
export async function startSession(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply, account: Account): Promise<void> {
  const now = deps.clock.now();
  const token = newSessionToken();
  await deps.accounts.sessions.create({ id: sessionId(token), userId: account.id, expiresAt: sessionExpiry(deps.policy, now, now).toISOString() });
  setSessionCookie(reply, token, Math.floor(deps.policy.absoluteMs / 1000), isSecure(request, deps));
}

const userView = (account: Account) => ({
  id: account.id,
  username: account.username,
  name: account.name,
  personId: account.personId,
  roles: account.roles.map((g) => ({ role: g.role, entityId: g.entityId ?? null, unitId: g.unitId ?? null })),
});

/** POST /api/login, POST /api/logout, POST /api/me/password. */
export function authRoutes(api: ApiInstance, deps: AuthDeps): void {
  const tags = ['accounts'];

  api.post(
    fastifyPath('login'),
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: { tags, summary: 'Aanmelden met gebruikersnaam en wachtwoord; zet een nieuw sessiecookie', body: loginRequestSchema, response: { 200: loginResponseSchema } },
    },
    async (request, reply) => {
      const username = normaliseUsername(request.body.username);
      const address = request.ip;
      // Counted before the password is checked (issue 11): a burst gets at most the limit of checks.
      const outcome = await deps.throttle.attempt(username, address, deps.clock.now());
      if ('blocked' in outcome) {
        const seconds = Math.ceil(outcome.blocked.waitMs / 1000);
        reply.header('retry-after', String(seconds));
        throw new ApiProblem({
          type: TOO_MANY_ATTEMPTS_TYPE,
          title: ref('problem.too-many-attempts'),
          status: 429,
          detail: ref('problem.detail.too-many-attempts', { by: outcome.blocked.by === 'account' ? 1 : 2, minutes: Math.ceil(seconds / 60) }),
        });
      }
      const account = await deps.accounts.byUsername(username);
      // Unknown users are checked against a dummy hash: the answer takes as long either way.
      const matches = await verifyPassword(request.body.password, account?.passwordHash ?? (await dummyPasswordHash()));
      if (account === undefined || !matches || account.disabled) {
        await deps.accounts.record({
          actorId: account?.id ?? 'anoniem',
          action: 'login-failed',
          subjectType: 'user',
          subjectId: account?.id ?? username,
          data: { username, address, reason: account === undefined ? 'unknown-user' : account.disabled ? 'disabled' : 'wrong-password' },
        });
        throw wrongCredentials();
      }
      await deps.throttle.succeeded(outcome.attempt, deps.clock.now());
      // Rotation: whatever session the browser had ends; the login gets a new token.
      const previous = sessionToken(request);
      if (previous !== undefined) await deps.accounts.sessions.delete(sessionId(previous));
      await startSession(deps, request, reply, account);
      await deps.accounts.record({ actorId: account.id, action: 'login', subjectType: 'user', subjectId: account.id, data: { address } });
      return { user: userView(account) };
    },
  );

  api.post(
    fastifyPath('logout'),
    { bodyLimit: AUTH_BODY_LIMIT, schema: { tags, summary: 'Afmelden: de sessie eindigt en het cookie wordt gewist' } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token !== undefined) {
        await deps.accounts.sessions.delete(sessionId(token));
        if (request.ctx.actor !== null)
          await deps.accounts.record({ actorId: request.ctx.actor.userId, action: 'logout', subjectType: 'user', subjectId: request.ctx.actor.userId, data: {} });
      }
      setSessionCookie(reply, '', 0, isSecure(request, deps));
      return reply.status(204).send();
    },
  );

  api.post(
    fastifyPath('mePassword'),
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: { tags, summary: 'Eigen wachtwoord wijzigen; andere sessies eindigen, deze krijgt een nieuw cookie', body: changePasswordSchema },
    },
    async (request, reply) => {
      const caller = requireCaller(request.ctx);
      const token = sessionToken(request);
      const live = token === undefined ? undefined : await liveSession(deps.accounts, deps.policy, token, deps.clock.now());
      // Only a password session may change the password (not an injected or single sign-on caller).
      if (live === undefined || live.account.id !== caller.userId) throw wrongCredentials();
      const outcome = await deps.throttle.attempt(live.account.username, request.ip, deps.clock.now());
      if ('blocked' in outcome) {
        reply.header('retry-after', String(Math.ceil(outcome.blocked.waitMs / 1000)));
        throw new ApiProblem({ type: TOO_MANY_ATTEMPTS_TYPE, title: ref('problem.too-many-tries'), status: 429, detail: ref('problem.detail.too-many-passwords') });
      }
      if (!(await verifyPassword(request.body.current, live.account.passwordHash))) throw badRequest([catalogueError('password.wrong', 'current')]);
      // The right current password is no failure: the attempt is taken back from both counts.
      await deps.throttle.release(outcome.attempt, deps.clock.now());
      const problem = passwordProblem(request.body.next, 'next');
      if (problem !== null) throw badRequest([problem]);
      await deps.accounts.setPassword(live.account.id, await hashPassword(request.body.next));
      await deps.accounts.sessions.deleteForUser(live.account.id);
      await startSession(deps, request, reply, live.account);
      await deps.accounts.record({ actorId: live.account.id, action: 'password-changed', subjectType: 'user', subjectId: live.account.id, data: {} });
      return reply.status(204).send();
    },
  );
}
