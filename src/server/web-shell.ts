import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_PAGES, SERVER_STATE_ID, type FirstPageModule, type FirstRead, SESSION_META, firstPage, firstReadUrl, firstReads } from '../api/first-pages.js';

/**
 * The web app's index.html as the server answers it for a page (issue 15 item 9, decision
 * 0065). Two things a first load would otherwise wait for in turn are put in the HTML:
 * - the session (as `GET /api/session` answers it) in a meta element, so the app knows who is
 *   signed in without a round trip and asks for the page's data at once;
 * - `<link rel="modulepreload">` for the chunks of the page the path opens, so they load
 *   beside the entry script instead of after it has run;
 * - for a signed-in user, `<link rel="preload" as="fetch">` for the API reads the page starts
 *   before its first render (first-pages.ts), so the browser asks for the data while the
 *   scripts load; the app's own request for the same URL then takes the preloaded answer.
 * No inline script: the content security policy stays `script-src 'self'`.
 */
export interface WebShell {
  /** Whether index.html has the empty `<div id="root"></div>` a server-rendered page goes into. */
  readonly rendersPages: boolean;
  /**
   * The page for `pathname` (`search`: the address's query string); without `session` (it
   * could not be read) no meta element, no data preloads and the signed-in page's chunks;
   * `reads`: the API reads to name, when the server found them itself (a FUBE page: only a FUBE
   * the caller may open, with its family version); by default the page's `firstReads`.
   */
  html(pathname: string, search: string, session: { user: unknown } | undefined, reads?: readonly FirstRead[], rendered?: RenderedPage): string;
}

/**
 * A page the server rendered (decision 0069): its markup goes into `<div id="root">`, the data
 * it was rendered from into a `<script type="application/json">` (data, never run: the content
 * security policy stays `script-src 'self'`), and its first reads are no longer named (the
 * data is in the page).
 */
export interface RenderedPage {
  html: string;
  state: unknown;
  /** The page's document title, when it set one. */
  title?: string;
  /** The language it was rendered in (catalogue locale and its language tag). */
  locale: string;
  tag: string;
}

/**
 * JSON that is safe inside a `<script>` element: `<` (so no `</script>` or `<!--` can end or
 * bend it) and the two line separators JavaScript once refused are written as escapes.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

const ROOT = '<div id="root"></div>';
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*>\s*/g;

const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** The files `key` needs, its own first, with what it imports (transitively): scripts and style sheets. */
function chunkFiles(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(key)) return [];
  seen.add(key);
  return [
    chunk.file,
    ...(chunk.css ?? []),
    ...(chunk.imports ?? []).flatMap((imported) => chunkFiles(manifest, imported, seen)),
  ];
}

/** A script chunk is preloaded as a module; a style sheet is linked (Vite's loader finds it there and does not add it again). */
const link = (file: string): string =>
  file.endsWith('.css')
    ? `<link rel="stylesheet" crossorigin href="/${escapeAttribute(file)}">`
    : `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`;

/**
 * Reads index.html and Vite's manifest once. Without a manifest (a build without one) the
 * pages get no preload links; the session is still embedded.
 */
export function loadWebShell(webRoot: string): WebShell {
  const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
  let manifest: Record<string, ManifestChunk> = {};
  try {
    manifest = JSON.parse(readFileSync(join(webRoot, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
  } catch {
    // No manifest: no preload links.
  }
  // The entry's own chunks are already named by index.html (Vite writes their preload links).
  const entry = new Set(chunkFiles(manifest, 'index.html'));
  const preloads = new Map<FirstPageModule, string>(
    FIRST_PAGES.map(({ module }) => [
      module,
      chunkFiles(manifest, module)
        .filter((file) => !entry.has(file))
        .map(link)
        .join(''),
    ]),
  );
  // The style sheets of the build, by address, to put in a server-rendered page.
  const styles = new Map<string, string>();
  for (const chunk of Object.values(manifest))
    for (const file of chunk.css ?? []) {
      try {
        styles.set(`/${file}`, readFileSync(join(webRoot, file), 'utf8').replace(/<\/style/gi, '<\\/style'));
      } catch {
        // Not there: the page keeps its link.
      }
    }
  const at = index.indexOf('</head>');
  const head = at < 0 ? index : index.slice(0, at);
  const tail = at < 0 ? '' : index.slice(at);
  return {
    // A page without the empty root can take no server-rendered content (the server says so at start).
    rendersPages: index.includes(ROOT),
    html(pathname, search, session, reads, rendered) {
      const signedIn = session === undefined ? undefined : session.user !== null;
      const page = firstPage(pathname, signedIn);
      const meta = session === undefined ? '' : `<meta name="${SESSION_META}" content="${escapeAttribute(JSON.stringify(session))}">`;
      // Same mode and credentials as the client's fetch (cors, same-origin), or the browser would not reuse it.
      const data =
        signedIn === true && page !== undefined && rendered === undefined
          ? (reads ?? firstReads(pathname, search))
              .map((read) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(firstReadUrl(read))}">`)
              .join('')
          : '';
      const document = `${head}${meta}${data}${page === undefined ? '' : (preloads.get(page) ?? '')}${tail}`;
      if (rendered === undefined || !index.includes(ROOT)) return document;
      const state = `<script type="application/json" id="${SERVER_STATE_ID}">${scriptJson({ locale: rendered.locale, state: rendered.state })}</script>`;
      return document
        .replace(/<html lang="[^"]*"/, `<html lang="${escapeAttribute(rendered.tag)}"`)
        .replace(/<title>[^<]*<\/title>/, (title) => (rendered.title === undefined ? title : `<title>${escapeAttribute(rendered.title)}</title>`))
        .replace(STYLESHEET_LINK, (link, href: string) => {
          // The page is on screen before any script runs: its style sheets come in the page
          // rather than as a second round trip that holds the first paint (the CSP allows
          // inline styles; the sheets are small and have no relative URLs).
          // The link stays, disabled (never fetched, never applied): Vite's chunk loader looks
          // for a stylesheet link by address and would otherwise fetch the sheet again, and wait
          // for it, before the page hydrates.
          const sheet = styles.get(href);
          return sheet === undefined
            ? link
            : `<style data-href="${escapeAttribute(href)}">${sheet}</style><link rel="stylesheet" crossorigin href="${escapeAttribute(href)}" disabled>`;
        })
        // The page is on screen before its scripts: they load after it in their own order.
        // Preloaded beside it, on a 2-core machine they took the CPU from its first paint
        // (content at ~330–440 ms instead of ~220–270; ready to use at the same time).
        .replace(MODULE_PRELOAD, '')
        .replace(ROOT, () => `<div id="root">${rendered.html}</div>${state}`);
    },
  };
}
