import { EXCHANGE_ROUTES } from './exchange.js';
import { API_ROUTES } from './routes.js';

/**
 * The routes anyone may call without signing in, by method and path template. Every other
 * API route answers 401 to an anonymous caller before its request is parsed or validated
 * (issue 11: `GET /api/matrix/cell` once answered 400 to anonymous callers). A new public
 * route is added here, where a reviewer sees it.
 */
export const PUBLIC_ROUTES: readonly (readonly [method: 'GET' | 'POST', path: string])[] = [
  ['GET', API_ROUTES.health],
  ['GET', API_ROUTES.openapi],
  ['POST', API_ROUTES.login],
  ['POST', API_ROUTES.logout],
  ['GET', API_ROUTES.loginOptions],
  // Who is signed in: anonymous is an answer (`{ user: null }`), not a 401 in the browser's console.
  ['GET', API_ROUTES.session],
  ['GET', API_ROUTES.loginOidc],
  ['GET', API_ROUTES.loginOidcCallback],
  // The published families, their documents and profiles, the checker and the calculator are open to all.
  ['GET', API_ROUTES.families],
  ['GET', API_ROUTES.family],
  ['GET', API_ROUTES.familyVersions],
  ['GET', API_ROUTES.familyVersion],
  ['GET', API_ROUTES.familyProfile],
  ['GET', EXCHANGE_ROUTES.familyDocument],
  ['POST', API_ROUTES.familiesValidate],
  ['POST', API_ROUTES.weigh],
];

/** Whether a route (its method and path template, `{id}` or `:id` form) is public. */
export function isPublicRoute(method: string, path: string): boolean {
  const template = path.replace(/:(\w+)/g, '{$1}');
  return PUBLIC_ROUTES.some(([m, p]) => (m === method || (m === 'GET' && method === 'HEAD')) && p === template);
}
