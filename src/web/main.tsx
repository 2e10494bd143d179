import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, createQueryClient, preloadPage } from './app.js';
import { DATA_WAIT_MS, serverState, startFirstData } from './first-data.js';
import { storedLocale, tellServerLocale } from './i18n/i18n.js';
import './ui/tokens.css';
import './ui/base.css';

const client = createQueryClient();
const root = document.getElementById('root');
const rendered = serverState();
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The data a server-rendered page was rendered from (decision 0069), whatever happens next.
if (rendered !== undefined) hydrate(client, rendered.state);

if (root !== null && rendered !== undefined && rendered.locale === storedLocale()) {
  // The server rendered this page (decision 0069): it is on screen already. Hydrate it, once
  // the page's chunk is there (else its lazy part would wait behind a Suspense boundary).
  await Promise.race([preloadPage(window.location.pathname, true), after(3000)]);
  hydrateRoot(
    root,
    <StrictMode>
      <App client={client} locale={storedLocale()} />
    </StrictMode>,
  );
} else {
  // The server put the session in the page and named the page's chunks and first reads
  // (web-shell.ts), so both are on their way. The first render waits for the chunk and, a short
  // while longer, for the data: rendered once with its data, the page appears at once, without
  // a loading step and a second render. The waits are capped: a chunk that does not come is
  // loaded (and reported) by the page itself, and slow data shows the page's loading hints.
  // A page the server rendered in another language than the one chosen here is rendered anew,
  // and the server is told the language for the next page.
  if (rendered !== undefined) tellServerLocale(storedLocale());
  const first = startFirstData(client, window.location);
  await Promise.race([preloadPage(window.location.pathname, first.signedIn), after(3000)]);
  await Promise.race([first.settled, after(DATA_WAIT_MS)]);
  if (root !== null)
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
}
