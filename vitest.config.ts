import { defineConfig } from 'vitest/config';

// Pure domain tests share one worker context (about 15x faster); tests touching databases,
// servers or browsers keep isolation.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'test/unit/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/domain/**', 'test/unit/**', 'test/browser/**', 'node_modules/**'],
          // Once per run: the programs tests start as processes, bundled; a migrated PostgreSQL template.
          globalSetup: ['test/support/integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // The web app is built once per run, and every browser suite serves it.
          globalSetup: ['test/browser/browser-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
