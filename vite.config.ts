import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.js';

const root = fileURLToPath(new URL('./src/web', import.meta.url));

/**
 * The web app: root src/web, built to dist/web (the server serves it). The manifest lets
 * `npm run bench` measure the first page's JavaScript; routes are split with React.lazy. Every
 * text file is also written brotli- and gzip-compressed (vite-precompress.ts).
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
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
