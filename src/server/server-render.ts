import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FirstRead, LANGUAGE_COOKIE, firstReadUrl } from '../api/first-pages.js';
import { type Locale, locales } from '../messages/index.js';
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

/** The renderer of the build in `webRoot`, or undefined when the build has none (an older build, or the Vite dev server). */
export async function loadPageRenderer(webRoot: string): Promise<PageRenderer | undefined> {
  const file = join(webRoot, SERVER_RENDER_DIR, 'server-render.js');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as { renderPage?: PageRenderer['render'] };
  return typeof module.renderPage === 'function' ? { render: module.renderPage } : undefined;
}

/** The language the page is rendered in: the one the user chose in the web app (its cookie), Dutch by default. */
export function pageLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  return (locales as readonly string[]).includes(chosen ?? '') ? (chosen as Locale) : 'nl';
}

/**
 * Answers the page's first reads as the caller's own API requests would be answered: through
 * the server's own routes (Fastify's inject) with the caller's cookie, so that exactly the
 * same access rules, views and schemas apply. A read that is not answered 200 is left out: the
 * page then asks for it itself and shows why.
 */
export async function answerFirstReads(app: FastifyInstance, request: FastifyRequest, reads: readonly FirstRead[]): Promise<ServerAnswer[]> {
  const headers: Record<string, string> = {};
  const cookie = request.headers.cookie;
  if (cookie !== undefined) headers.cookie = cookie;
  const language = request.headers['accept-language'];
  if (typeof language === 'string') headers['accept-language'] = language;
  const answers = await Promise.all(
    reads.map(async (read) => {
      const answer = await app.inject({ method: 'GET', url: firstReadUrl(read), headers });
      return answer.statusCode === 200 ? { read, data: answer.json<unknown>() } : undefined;
    }),
  );
  return answers.filter((answer) => answer !== undefined);
}
