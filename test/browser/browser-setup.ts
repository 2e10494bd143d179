import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { AXE_FILE } from './axe-file.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Global setup of the browser project: the web app built once per run with the project's
 * vite.config.ts into a temp folder (with its server-render bundle), which every browser suite
 * serves (`inject('webRoot')`).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const webRoot = mkdtempSync(join(tmpdir(), 'weegschaal-web-'));
  const { createBuilder } = await import('vite');
  // The build people get: Vitest sets NODE_ENV=test, with which Vite would bundle React's
  // development build (larger, slower, and not what `npm start` serves).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // Both environments, as `vite build` builds them: the browser's app and the server-render bundle (decision 0069).
    const builder = await createBuilder({ configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
    await builder.buildApp();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  // axe-core beside the app, so that the browser caches it (and its compiled code) instead of
  // being sent its 550 kB anew after every navigation (test/browser/harness.ts, AXE_FILE).
  copyFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), join(webRoot, AXE_FILE));
  project.provide('webRoot', webRoot);
  console.log(`browser setup: web app built (${Date.now() - started} ms)`);
  return () => rmSync(webRoot, { recursive: true, force: true });
}
