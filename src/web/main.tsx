import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient, preloadPage } from './app.js';
import { DATA_WAIT_MS, startFirstData } from './first-data.js';
import './ui/tokens.css';
import './ui/base.css';

// The server put the session in the page and named the page's chunks and first reads
// (web-shell.ts), so both are on their way. The first render waits for the chunk and, a short
// while longer, for the data: rendered once with its data, the page appears at once, without
// a loading step and a second render. The waits are capped: a chunk that does not come is
// loaded (and reported) by the page itself, and slow data shows the page's loading hints.
const client = createQueryClient();
const first = startFirstData(client, window.location);
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
await Promise.race([preloadPage(window.location.pathname, first.signedIn), after(3000)]);
await Promise.race([first.settled, after(DATA_WAIT_MS)]);
const root = document.getElementById('root');
if (root !== null)
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
