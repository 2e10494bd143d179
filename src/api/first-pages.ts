import { catalogueSearch } from './catalogue-filters.js';
import { type Query, type RouteName, apiUrl } from './routes.js';

/**
 * The pages people open from a link or a bookmark, by path: shared by the server, which names
 * the page's chunks in the index.html it answers (`<link rel="modulepreload">`, so they load
 * beside the entry script), and by the web app, which loads the same chunk before its first
 * render. `module` is the page's source file relative to src/web, as Vite's manifest names it.
 */
/** A FUBE in the editor, any step but the print view (group 1: the id as in the address). */
export const FUBE_PAGE = /^\/fubes\/([^/]+)(\/(?!print$)[^/]*)?$/;
/** The holder's own view of a FUBE (group 1: the id as in the address). */
export const HOLDER_PAGE = /^\/mijn-functie\/([^/]+)$/;

export const FIRST_PAGES = [
  { pattern: /^\/$/, signedIn: true, module: 'pages/home-page.tsx' },
  { pattern: /^\/$/, signedIn: false, module: 'pages/welcome-page.tsx' },
  { pattern: FUBE_PAGE, signedIn: true, module: 'fube/fube-page.tsx' },
  { pattern: /^\/catalogus$/, signedIn: true, module: 'pages/catalogue-page.tsx' },
  { pattern: /^\/matrix$/, signedIn: true, module: 'pages/matrix-page.tsx' },
  { pattern: HOLDER_PAGE, signedIn: true, module: 'pages/holder-page.tsx' },
  // An anonymous visitor of one of those pages is sent to the login page: load that one.
  { pattern: /^\/(login|catalogus|matrix|fubes\/[^/]+(\/[^/]*)?|mijn-functie\/[^/]+)$/, signedIn: false, module: 'pages/login-page.tsx' },
] as const;

export type FirstPageModule = (typeof FIRST_PAGES)[number]['module'];

/**
 * The page that answers `pathname` first for a visitor who is (or is not) signed in; with
 * `signedIn` unknown (undefined) the signed-in page, the likelier one for a bookmark.
 */
export function firstPage(pathname: string, signedIn: boolean | undefined): FirstPageModule | undefined {
  return FIRST_PAGES.find((page) => page.pattern.test(pathname) && page.signedIn === (signedIn ?? true))?.module;
}

/** The name of the meta element in which the server hands the session (as `GET /api/session` answers it) to the web app. */
export const SESSION_META = 'weegschaal-session';

/** The id of the element in which the server hands a page it rendered the data it rendered it from (decision 0069). */
export const SERVER_STATE_ID = 'weegschaal-state';

/** The cookie in which the web app keeps the language chosen (beside localStorage), so that the server renders a page in it. */
export const LANGUAGE_COOKIE = 'weegschaal-taal';

/** One API read a page starts before its first render. */
export interface FirstRead {
  route: RouteName;
  params?: Record<string, string>;
  query?: Query;
}

/**
 * The reads the page at `pathname` (with `search`, the address's query string) starts at once
 * for a signed-in user: the web app starts them before its first render (first-data.ts), and
 * the server names them in the page (`<link rel="preload" as="fetch">`), so the browser asks
 * for the data while the scripts still load. One table for both, so their URLs are the same and
 * the browser uses the preloaded answer. A FUBE's family version is read once the FUBE is
 * there (it names the version): the app asks for it then, and the server, which can read the
 * FUBE while it writes the page, names it too (`familyVersionRead`).
 */
export function firstReads(pathname: string, search: string): FirstRead[] {
  if (pathname === '/') return [{ route: 'myWork' }, { route: 'notifications' }, { route: 'myPayWork' }, { route: 'families' }];
  if (pathname === '/catalogus')
    return [{ route: 'families' }, { route: 'entities' }, { route: 'fubes', query: catalogueSearch(new URLSearchParams(search)) }];
  const fube = (FUBE_PAGE.exec(pathname) ?? HOLDER_PAGE.exec(pathname))?.[1];
  const id = fube === undefined ? undefined : decoded(fube);
  return id === undefined ? [] : [{ route: 'fube', params: { id } }];
}

const decoded = (part: string): string | undefined => {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined; // the page itself says the address is wrong
  }
};

/** The family version a FUBE was written against: the FUBE page's second read. */
export const familyVersionRead = (id: string, version: number): FirstRead => ({ route: 'familyVersion', params: { id, version: String(version) } });

/** A read's URL, as the web client asks for it. */
export const firstReadUrl = (read: FirstRead): string => apiUrl(read.route, read.params, read.query);
