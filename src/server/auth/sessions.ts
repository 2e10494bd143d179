import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/clock.js';
import type { Caller } from '../context.js';
import type { Account, AccountsPort } from './accounts.js';

export const SESSION_COOKIE = 'weegschaal_sessie';

/** How long a session lives: idle (since its last use) and absolute (since login). */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 10 * 60 * 60_000 };

/** Last-seen is written at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60_000;

/** The browser keeps the token; the database keeps only its hash (a leaked table opens no session). */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');
/** Recently seen tokens and their ids: hashing is a large share of a cached GET's time. */
const recentIds = new Map<string, string>();
const RECENT_IDS = 10_000;

export function sessionId(token: string): string {
  let id = recentIds.get(token);
  if (id === undefined) {
    id = createHash('sha256').update(token).digest('hex');
    if (recentIds.size >= RECENT_IDS) recentIds.clear();
    recentIds.set(token, id);
  }
  return id;
}

/** The session's end: the idle limit from now, never past the absolute limit from login. */
export function sessionExpiry(policy: SessionPolicy, createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + policy.idleMs, createdAt.getTime() + policy.absoluteMs));
}

/** Tokens by request: the CSRF check and the session resolver both ask; the header is parsed once. */
const tokens = new WeakMap<FastifyRequest, string | undefined>();

/** The session token from the cookies @fastify/cookie parsed (registered first in buildApp). */
export function sessionToken(request: FastifyRequest): string | undefined {
  if (tokens.has(request)) return tokens.get(request);
  const value = request.cookies[SESSION_COOKIE];
  const token = value !== undefined && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
  tokens.set(request, token);
  return token;
}

/** Callers built from a shared (frozen) account, reused with it. */
const callers = new WeakMap<Account, Caller>();

export function callerOf(account: Account): Caller {
  let caller = callers.get(account);
  if (caller === undefined) {
    caller = buildCaller(account);
    if (Object.isFrozen(account)) callers.set(account, Object.freeze(caller));
  }
  return caller;
}

function buildCaller(account: Account): Caller {
  return {
    userId: account.id,
    username: account.username,
    name: account.name,
    personId: account.personId,
    entityId: account.entityId,
    trainedInMethod: account.trainedInMethod,
    roles: account.roles,
  };
}

/** The live session of a token with its account, or undefined (unknown, expired, disabled). */
export async function liveSession(accounts: AccountsPort, policy: SessionPolicy, token: string, now: Date) {
  const id = sessionId(token);
  const found = await accounts.sessions.withAccount(id);
  if (found === undefined) return undefined;
  const { session, account } = found;
  const created = new Date(session.createdAt);
  const lastSeen = new Date(session.lastSeenAt);
  const expired =
    now.getTime() >= new Date(session.expiresAt).getTime() ||
    now.getTime() >= lastSeen.getTime() + policy.idleMs ||
    now.getTime() >= created.getTime() + policy.absoluteMs;
  if (expired) {
    await accounts.sessions.delete(id);
    return undefined;
  }
  if (account.disabled) return undefined;
  if (now.getTime() - lastSeen.getTime() >= TOUCH_EVERY_MS) await accounts.sessions.touch(id, sessionExpiry(policy, created, now).toISOString());
  return { id, session, account };
}

/** resolveActor for buildApp: the caller of the session cookie, or anonymous. */
export function sessionResolver(accounts: AccountsPort, policy: SessionPolicy, clock: Clock) {
  return async (request: FastifyRequest): Promise<Caller | null> => {
    const token = sessionToken(request);
    if (token === undefined) return null;
    const live = await liveSession(accounts, policy, token, clock.now());
    return live === undefined ? null : callerOf(live.account);
  };
}
