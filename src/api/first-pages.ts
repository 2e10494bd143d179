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
