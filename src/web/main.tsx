import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { meQuery } from './api/queries.js';
import { App, createQueryClient, preloadPage } from './app.js';
import './ui/tokens.css';
import './ui/base.css';

// The session and the first page's chunk load side by side; the first render waits for the
// chunk (not for the session), so the page appears without a loading step in between. The
// wait is capped: a chunk that does not come is loaded (and reported) by the page itself.
const client = createQueryClient();
void client.prefetchQuery(meQuery);
await Promise.race([preloadPage(window.location.pathname), new Promise((resolve) => setTimeout(resolve, 3000))]);
const root = document.getElementById('root');
if (root !== null)
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
