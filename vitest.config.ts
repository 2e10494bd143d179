import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files share a worker process and its loaded modules (`isolate: false`): importing the
 * sources again for each file cost about 1.5 s of CPU per file. Each file still opens its own
 * databases, servers and browser, and closes them in its afterAll. Two workers even on two
 * cores: integration files spend much of their time waiting for PostgreSQL and for the
 * processes they start. Browser suites run two at a time, after the rest.
 * See docs/decisions/0015-test-suite-time.md.
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'test/unit/**/*.test.ts'],
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/domain/**', 'test/unit/**', 'test/browser/**', 'node_modules/**'],
          // Once per run: the programs tests start as processes, bundled; a migrated PostgreSQL template.
          globalSetup: ['test/support/integration-setup.ts'],
          isolate: false,
          maxWorkers: WORKERS,
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
          isolate: false,
          // Two browser files at a time: each has its own server (free port), Chromium profile
          // and database, and much of a browser test is waiting for the page (decision 0015).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
