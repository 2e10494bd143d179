import { hkdfSync } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { type DemoLogins, type SsoError, loginOptionsSchema, oidcCallbackQuerySchema, oidcStartQuerySchema } from '../../api/auth.js';
import { fastifyPath } from '../../api/routes.js';
import type { ApiInstance } from '../routes/types.js';
import { type AuthDeps, isSecure, startSession } from './routes.js';
import { sessionId, sessionToken } from './sessions.js';

/**
 * Single sign-on with OpenID Connect (authorisation code flow with PKCE). The provider only
 * says who someone is; the account, its roles and whether it is enabled stay in Weegschaal.
 */
export interface OidcSettings {
  /** The issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only, no client authentication). */
  clientSecret?: string | undefined;
  /** Registered at the provider; must point at GET /api/login/oidc/callback. */
  redirectUri: string;
  /** The ID-token claim that names the Weegschaal user (matched to the login name). */
  claim: string;
  scopes: readonly string[];
}

export const OIDC_DEFAULT_CLAIM = 'email';
export const OIDC_DEFAULT_SCOPES = ['openid', 'email', 'profile'] as const;

/**
 * The key that signs the SSO cookie: WEEGSCHAAL_COOKIE_SECRET (at least 32 characters), else
 * derived from the client secret (the same in every process of one deployment), else
 * undefined: a random key per process, which is enough for one process (docs/deploy.md).
 */
export function readCookieSecret(env: NodeJS.ProcessEnv, oidc: OidcSettings | undefined): string | undefined {
  const secret = env.WEEGSCHAAL_COOKIE_SECRET?.trim();
  if (secret !== undefined && secret !== '') {
    if (secret.length < 32) throw new Error('WEEGSCHAAL_COOKIE_SECRET moet minstens 32 tekens lang zijn');
    return secret;
  }
  if (oidc?.clientSecret === undefined) return undefined;
  return Buffer.from(hkdfSync('sha256', oidc.clientSecret, oidc.issuer, 'weegschaal sso cookie', 32)).toString('base64url');
}

/** Plain HTTP to the provider only on this machine (a local provider, the tests). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The settings from WEEGSCHAAL_OIDC_* variables: undefined when no issuer is set (SSO off);
 * a configuration that cannot work is an error at start-up, not at the first login.
 */
export function readOidcSettings(env: NodeJS.ProcessEnv, publicOrigins: readonly string[]): OidcSettings | undefined {
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const issuer = value('WEEGSCHAAL_OIDC_ISSUER');
  if (issuer === undefined) return undefined;
  const clientId = value('WEEGSCHAAL_OIDC_CLIENT_ID');
  if (clientId === undefined) throw new Error('WEEGSCHAAL_OIDC_ISSUER is gezet maar WEEGSCHAAL_OIDC_CLIENT_ID niet');
  const origin = publicOrigins[0];
  const redirectUri =
    value('WEEGSCHAAL_OIDC_REDIRECT_URI') ??
    (origin === undefined ? undefined : `${origin.replace(/\/$/, '')}/api/login/oidc/callback`);
  if (redirectUri === undefined)
    throw new Error(
      'single sign-on: zet WEEGSCHAAL_OIDC_REDIRECT_URI of WEEGSCHAAL_PUBLIC_ORIGIN (de terugkeer-URL wordt nooit uit de Host-header afgeleid)',
    );
  const scopes = (value('WEEGSCHAAL_OIDC_SCOPES') ?? OIDC_DEFAULT_SCOPES.join(' '))
    .split(/[\s,]+/)
    .filter((s) => s !== '');
  const settings: OidcSettings = {
    issuer,
    clientId,
    clientSecret: value('WEEGSCHAAL_OIDC_CLIENT_SECRET'),
    redirectUri,
    claim: value('WEEGSCHAAL_OIDC_CLAIM') ?? OIDC_DEFAULT_CLAIM,
    scopes: scopes.includes('openid') ? scopes : ['openid', ...scopes],
  };
  checkUrl('WEEGSCHAAL_OIDC_ISSUER', settings.issuer);
  checkUrl('WEEGSCHAAL_OIDC_REDIRECT_URI', settings.redirectUri);
  return settings;
}

function checkUrl(name: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: '${value}' is geen URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    throw new Error(`${name}: '${value}' moet https:// gebruiken (http:// enkel voor 127.0.0.1 of localhost)`);
}

/** The provider's metadata, fetched on first use and kept; a failed discovery is retried next time. */
export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  config(): Promise<client.Configuration> {
    if (this.configuration === undefined) {
      const { issuer, clientId, clientSecret } = this.settings;
      const insecure = new URL(issuer).protocol === 'http:';
      this.configuration = client
        .discovery(
          new URL(issuer),
          clientId,
          clientSecret,
          clientSecret === undefined ? client.None() : client.ClientSecretPost(clientSecret),
          {
            timeout: 10,
            ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
          },
        )
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }
}

/**
 * What the start route hands to the callback, in the browser: an httpOnly cookie scoped to
 * the two SSO paths that lives ten minutes, signed by @fastify/cookie (the server's cookie
 * key). The provider checks the verifier against the challenge it saw and the state and nonce
 * are compared with what came back; the signature also keeps a forged or edited cookie from
 * being read at all (and its `next` from being chosen by someone else).
 */
const TRANSACTION_COOKIE = 'weegschaal_oidc';
const TRANSACTION_PATH = '/api/login/oidc';
const TRANSACTION_SECONDS = 600;

interface Transaction {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

function setTransactionCookie(reply: FastifyReply, value: string, maxAge: number, secure: boolean): void {
  reply.setCookie(TRANSACTION_COOKIE, value, { path: TRANSACTION_PATH, httpOnly: true, sameSite: 'lax', maxAge, secure, signed: value !== '' });
}

function readTransaction(request: FastifyRequest): Transaction | undefined {
  const raw = request.cookies[TRANSACTION_COOKIE];
  if (raw === undefined) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Partial<Transaction>;
    const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 2100;
    if (text(parsed.state) && text(parsed.nonce) && text(parsed.verifier) && text(parsed.next))
      return { state: parsed.state, nonce: parsed.nonce, verifier: parsed.verifier, next: safeNext(parsed.next) };
  } catch {
    return undefined;
  }
  return undefined;
}

/** Only same-site paths are followed after login (no open redirect). */
const safeNext = (next: string | undefined): string =>
  next !== undefined && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';

export interface OidcDeps extends AuthDeps {
  oidc: OidcClient | undefined;
  /** The demo logins to show on the start page; only on a demo database (serve.ts decides). */
  demo?: DemoLogins | undefined;
}

/** GET /api/login/options, GET /api/login/oidc (start) and GET /api/login/oidc/callback. */
export function oidcRoutes(api: ApiInstance, deps: OidcDeps): void {
  const tags = ['accounts'];

  /** Every unsuccessful end: the transaction cookie is gone and the login page says why. */
  const fail = (request: FastifyRequest, reply: FastifyReply, code: SsoError) => {
    setTransactionCookie(reply, '', 0, isSecure(request, deps));
    reply.header('cache-control', 'no-store');
    return reply.redirect(`/login?sso=${code}`, 302);
  };

  api.get(
    fastifyPath('loginOptions'),
    {
      schema: {
        tags,
        summary: 'Welke manieren van aanmelden de server aanbiedt (wachtwoord, single sign-on) en, enkel op een demodatabank, de demo-aanmeldingen',
        response: { 200: loginOptionsSchema },
      },
    },
    async () => ({ password: true, sso: deps.oidc !== undefined, demo: deps.demo ?? null }),
  );

  api.get(
    fastifyPath('loginOidc'),
    {
      schema: {
        tags,
        summary:
          'Single sign-on starten: 302 naar de OpenID Connect-provider (code flow met PKCE); 302 naar /login?sso=unavailable als SSO niet werkt',
        querystring: oidcStartQuerySchema,
      },
    },
    async (request, reply) => {
      if (deps.oidc === undefined) return fail(request, reply, 'unavailable');
      let config: client.Configuration;
      try {
        config = await deps.oidc.config();
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on: discovery failed');
        return fail(request, reply, 'unavailable');
      }
      const transaction: Transaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        next: safeNext(request.query.next),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: deps.oidc.settings.redirectUri,
        scope: deps.oidc.settings.scopes.join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(transaction.verifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      const value = Buffer.from(JSON.stringify(transaction), 'utf8').toString('base64url');
      setTransactionCookie(reply, value, TRANSACTION_SECONDS, isSecure(request, deps));
      reply.header('cache-control', 'no-store');
      return reply.redirect(url.href, 302);
    },
  );

  api.get(
    fastifyPath('loginOidcCallback'),
    {
      schema: {
        tags,
        summary:
          'Terugkeer van de OpenID Connect-provider: code inwisselen, ID-token controleren, sessie starten; 302 naar / of naar /login?sso=<fout>',
        querystring: oidcCallbackQuerySchema,
      },
    },
    async (request, reply) => {
      const { error } = request.query;
      if (error !== undefined) return fail(request, reply, error === 'access_denied' ? 'denied' : 'failed');
      const transaction = readTransaction(request);
      // No cookie: it expired, the browser refused it, or this callback was not started here.
      if (transaction === undefined) return fail(request, reply, 'expired');
      if (deps.oidc === undefined) return fail(request, reply, 'unavailable');
      const { settings } = deps.oidc;
      let config: client.Configuration;
      try {
        config = await deps.oidc.config();
      } catch (err) {
        request.log.warn({ err }, 'single sign-on: discovery failed');
        return fail(request, reply, 'unavailable');
      }
      // The URL the provider redirected to, from the configured redirect URI (never the Host header).
      const current = new URL(settings.redirectUri);
      current.search = new URL(request.url, 'http://callback.invalid').search;
      let claims: Record<string, unknown> | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: transaction.verifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        claims = idToken;
        // Providers that follow the spec strictly give profile claims (email) only at the
        // userinfo endpoint in the code flow; its answer must be about the same subject.
        if (idToken !== undefined && idToken[settings.claim] === undefined && tokens.access_token !== '')
          claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken };
      } catch (err) {
        // Bad state, a replayed or foreign code, a bad ID token: nothing is stored.
        request.log.warn({ err }, 'single sign-on: the provider answer was refused');
        return fail(request, reply, 'failed');
      }
      const value = claims?.[settings.claim];
      // An e-mail address the provider itself has not verified names nobody.
      const unverified = settings.claim === 'email' && claims?.email_verified === false;
      if (typeof value !== 'string' || value.trim() === '' || unverified) return fail(request, reply, 'no-claim');
      const username = value.trim().toLowerCase();
      const account = await deps.accounts.byUsername(username);
      const address = request.ip;
      if (account === undefined || account.disabled) {
        await deps.accounts.record({
          actorId: account?.id ?? 'anoniem',
          action: 'login-failed',
          subjectType: 'user',
          subjectId: account?.id ?? username,
          data: { username, address, method: 'oidc', reason: account === undefined ? 'unknown-user' : 'disabled' },
        });
        return fail(request, reply, account === undefined ? 'unknown-user' : 'disabled');
      }
      // Rotation, as with a password: whatever session the browser had ends.
      const previous = sessionToken(request);
      if (previous !== undefined) await deps.accounts.sessions.delete(sessionId(previous));
      await startSession(deps, request, reply, account);
      await deps.accounts.record({
        actorId: account.id,
        action: 'login',
        subjectType: 'user',
        subjectId: account.id,
        data: { address, method: 'oidc' },
      });
      setTransactionCookie(reply, '', 0, isSecure(request, deps));
      reply.header('cache-control', 'no-store');
      return reply.redirect(transaction.next, 302);
    },
  );
}
