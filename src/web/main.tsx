import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient, preloadPage } from './app.js';
import { startFirstData } from './first-data.js';
import './ui/tokens.css';
import './ui/base.css';

// The server put the session in the page and named the page's chunks (web-shell.ts): the
// page's data is asked for now, beside its chunk; the first render waits for the chunk (not
// for the data), so the page appears without a loading step in between. The wait is capped:
// a chunk that does not come is loaded (and reported) by the page itself.
const client = createQueryClient();
const signedIn = startFirstData(client, window.location);
await Promise.race([preloadPage(window.location.pathname, signedIn), new Promise((resolve) => setTimeout(resolve, 3000))]);
const root = document.getElementById('root');
if (root !== null)
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
