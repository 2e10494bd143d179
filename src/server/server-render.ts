import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FirstRead, LANGUAGE_COOKIE, firstReadUrl } from '../api/first-pages.js';
import { LOCALE_TAGS, type Locale, locales } from '../messages/index.js';
import type { ServerAnswer, ServerRenderInput, ServerRendered } from '../web/server-render.js';

/**
 * Server rendering of a signed-in first page (issue 15 item 9, decision 0069). The web build
 * writes a server-render bundle (vite.config.ts, environment `ssr`) into a folder of the web
 * root that is never served (a dot folder: @fastify/static answers 404 for it).
 */
export const SERVER_RENDER_DIR = '.server-render';

export interface PageRenderer {
  render(input: ServerRenderInput): Promise<ServerRendered | undefined>;
}

/**
 * The renderer of the build in `webRoot`, or undefined when the build has none (an older build,
 * or the Vite dev server) or it cannot be loaded (reported through `log`): the pages are then
 * rendered in the browser, as before.
 */
export async function loadPageRenderer(webRoot: string, log: (error: unknown) => void): Promise<PageRenderer | undefined> {
  const file = join(webRoot, SERVER_RENDER_DIR, 'server-render.js');
  if (!existsSync(file)) return undefined;
  try {
    const module = (await import(pathToFileURL(file).href)) as { renderPage?: PageRenderer['render'] };
    if (typeof module.renderPage === 'function') return { render: module.renderPage };
    log(new Error(`${file} has no renderPage`));
  } catch (error) {
    log(error);
  }
  return undefined;
}

/**
 * How long a first page may take to read and render on the server; after that it is sent as
 * before (the browser renders it). A guard against a read or a render that does not end, not a
 * target: a first page takes 15–30 ms.
 */
export const SERVER_RENDER_BUDGET_MS = 1000;

/** `work`, or undefined once `ms` have passed without it (the work itself is left to end or fail unseen). */
export async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The language the page is rendered in: the one the user chose in the web app (its cookie), Dutch by default. */
export function pageLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  return (locales as readonly string[]).includes(chosen ?? '') ? (chosen as Locale) : 'nl';
}

/**
 * Answers the page's first reads as the caller's own API requests would be answered: through
 * the server's own routes (Fastify's inject) with the caller's cookie and the page's language,
 * so that exactly the same access rules, views and schemas apply. A read that is not answered
 * 200 is left out: the page then asks for it itself and shows why.
 */
export async function answerFirstReads(app: FastifyInstance, request: FastifyRequest, reads: readonly FirstRead[], locale: Locale): Promise<ServerAnswer[]> {
  // In the page's language, as the web app asks (texts in an answer, such as notifications, are in it).
  const headers: Record<string, string> = { 'accept-language': LOCALE_TAGS[locale] };
  const cookie = request.headers.cookie;
  if (cookie !== undefined) headers.cookie = cookie;
  const answers = await Promise.all(
    reads.map(async (read) => {
      const answer = await app.inject({ method: 'GET', url: firstReadUrl(read), headers });
      return answer.statusCode === 200 ? { read, data: answer.json<unknown>() } : undefined;
    }),
  );
  return answers.filter((answer) => answer !== undefined);
}
