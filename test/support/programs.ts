import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * The programs the tests start as child processes (the `weegschaal` command, the SQLite
 * writer of the process tests), bundled once per test run with esbuild. Started through tsx
 * (bin/weegschaal.mjs) every start compiles the sources again: about a second of CPU. The
 * bundle is the same sources; test/cli/startup.test.ts still starts bin/weegschaal.mjs itself.
 * Most CLI tests run the command inside the test's process instead (test/cli/support.ts); the
 * bundle is for what needs a process: `serve`, signals, another working folder.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const PROGRAMS = {
  cli: 'src/cli/main.ts',
  sqliteWriter: 'test/store/support/sqlite-writer-process.ts',
} as const;
export type ProgramName = keyof typeof PROGRAMS;

/**
 * Bundles every program into a new folder under node_modules/.cache (inside the project, so
 * the bundles find the packages, which stay external) and returns each entry file and the
 * cleanup. Each module keeps its own `import.meta.url` (the path of its source), so files
 * found next to the sources (families/, package.json, fonts) are found as under tsx.
 */
export async function bundlePrograms(): Promise<{ files: Record<ProgramName, string>; remove(): void }> {
  const outdir = join(ROOT, 'node_modules/.cache/weegschaal-test', `programs-${process.pid}-${Date.now()}`);
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(PROGRAMS).map(([name, file]) => [name, join(ROOT, file)])),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'source-import-meta-url',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const url = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
          });
        },
      },
    ],
  });
  const files = Object.fromEntries(Object.keys(PROGRAMS).map((name) => [name, join(outdir, `${name}.mjs`)])) as Record<ProgramName, string>;
  return { files, remove: () => rmSync(outdir, { recursive: true, force: true }) };
}
