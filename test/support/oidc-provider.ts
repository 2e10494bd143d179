import { generateKeyPairSync } from 'node:crypto';
import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for the single sign-on tests:
 * one public client that must use PKCE (S256), the given people, and the library's own
 * development login and consent pages (any password).
 */
export const OIDC_CLIENT_ID = 'weegschaal';

export type OidcPeople = Record<string, { email?: string; email_verified?: boolean }>;

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function listenLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port nobody listens on right now (for a server whose address must be known before it starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listenLoopback(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startOidcProvider(redirectUri: string, people: OidcPeople): Promise<TestProvider> {
  // The provider needs its own address as issuer before it is made: listen first, then attach it.
  const attached: { handler?: RequestListener } = {};
  const server = createServer((req, res) => attached.handler?.(req, res));
  const issuer = `http://127.0.0.1:${await listenLoopback(server)}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        // A public client: PKCE is its only proof, and the provider demands it.
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { methods: ['S256'], required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...people[sub] }) }),
    jwks: {
      keys: [{ ...(privateKey.export({ format: 'jwk' }) as object), kid: 'test', alg: 'RS256', use: 'sig' }] as never,
    },
    cookies: { keys: ['weegschaal-oidc-test'] },
    features: { devInteractions: { enabled: true } },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  attached.handler = provider.callback();
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
