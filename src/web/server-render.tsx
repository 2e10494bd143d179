import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import type { FirstRead } from '../api/first-pages.js';
import type { Locale } from '../messages/index.js';
import { AppFrame, createQueryClient, preloadPage, routes } from './app.js';
import { keys } from './api/queries.js';
import { firstReadKey } from './first-data.js';
import type { TitleSink } from './ui/page-title.js';

/** One first read of the page with the API's answer to it (as JSON, parsed). */
export interface ServerAnswer {
  read: FirstRead;
  data: unknown;
}

export interface ServerRenderInput {
  /** The page's address (path and query) on this server. */
  url: URL;
  /** The signed-in user, as `GET /api/session` answers it. */
  user: unknown;
  locale: Locale;
  /** The answers to the page's first reads, as this user's own API requests got them. */
  answers: readonly ServerAnswer[];
}

export interface ServerRendered {
  /** The page's markup, for `<div id="root">`. */
  html: string;
  /** The query cache the markup was rendered from, for the browser to hydrate with (TanStack Query's dehydrated state). */
  state: unknown;
  /** The document title the page set (PageTitle), for the page's `<title>`. */
  title?: string;
}

/**
 * Renders a signed-in first page on the server (decision 0069): the same routes and providers
 * as the browser's App, the page's chunk loaded first (no Suspense fallback), the query cache
 * filled with the answers the server got for this user. The browser hydrates the markup with
 * `state`. Undefined when the router answers with a redirect.
 */
export async function renderPage(input: ServerRenderInput): Promise<ServerRendered | undefined> {
  const client = createQueryClient();
  client.setQueryData(keys.me, input.user);
  for (const answer of input.answers) client.setQueryData(firstReadKey(answer.read), answer.data);
  await preloadPage(input.url.pathname, true);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(input.url));
  if (context instanceof Response) return undefined;
  const router = createStaticRouter(handler.dataRoutes, context);
  const titleSink: TitleSink = {};
  const html = renderToString(
    <StrictMode>
      <AppFrame client={client} locale={input.locale} titleSink={titleSink}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppFrame>
    </StrictMode>,
  );
  return { html, state: dehydrate(client), ...(titleSink.title !== undefined ? { title: titleSink.title } : {}) };
}
