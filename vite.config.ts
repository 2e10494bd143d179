import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { precompress } from './vite-precompress.js';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const defaultOutDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** Where the server-render bundle goes: beside the web app, in a folder the server never serves (SERVER_RENDER_DIR in src/server/server-render.ts). */
export const SERVER_RENDER_DIR = '.server-render';

/**
 * The server-render environment (decision 0069) builds into the web app's own outDir, whichever
 * it is (the tests build into a temp folder): one build, one folder to serve from.
 */
function serverRenderOutDir(): Plugin {
  return {
    name: 'weegschaal-server-render-out-dir',
    config(config) {
      const outDir = config.build?.outDir ?? defaultOutDir;
      return { environments: { ssr: { build: { outDir: join(outDir, SERVER_RENDER_DIR) } } } };
    },
  };
}

/**
 * The web app: root src/web, built to dist/web (the server serves it). The manifest lets
 * `npm run bench` measure the first page's JavaScript; routes are split with React.lazy. Every
 * text file is also written brotli- and gzip-compressed (vite-precompress.ts).
 *
 * `vite build` builds two environments (`builder`): the browser's app (client) and the
 * server-render bundle (ssr, `server-render.tsx`), with which the server answers a signed-in
 * first page with its content already in the HTML (decision 0069). The bundle takes its
 * libraries in (`noExternal`): it is loaded from the build folder, which may be outside the
 * package (tests build into a temp folder), where no node_modules resolves.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress(), serverRenderOutDir()],
  publicDir: false,
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!);
      await builder.build(builder.environments.ssr!);
    },
  },
  environments: {
    ssr: {
      resolve: { noExternal: true },
      // React's production build on the server too, whatever NODE_ENV the server runs with
      // (unset under `npm start`, "test" under Vitest): the browser hydrates with production React.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        emptyOutDir: true,
        manifest: false,
        target: 'node20',
        rolldownOptions: { input: join(root, 'server-render.tsx'), output: { entryFileNames: 'server-render.js' } },
      },
    },
  },
  build: {
    outDir: defaultOutDir,
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Few, larger chunks for a first load: the libraries in one, and the app modules that
        // several chunks share in one, instead of a score of tiny chunks that an HTTP/1.1
        // browser fetches six at a time (decision 0065).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack|cookie|set-cookie-parser)[\\/]/, priority: 20 },
            { name: 'app', test: /src[\\/](web[\\/](api|ui|i18n|shell)|messages)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
