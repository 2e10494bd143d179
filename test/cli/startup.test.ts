import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BIN, CLI_TIMEOUT, runCli } from './support.js';

/**
 * Every command is registered at every start (for the help), so a command module that
 * imports the server or a database at the top slows `weigh` and `family validate` down
 * (measured: about three times the CPU per start). Such modules are imported in the action.
 */
const HEAVY = /^import\s+(?!type\b)[^;]*?from\s+'(\.\.\/\.\.\/server\/[^']*|\.\.\/\.\.\/store\/(?!family-files)[^']*|fastify[^']*|@fastify\/[^']*|kysely|pg|better-sqlite3|vite[^']*)'/gm;

describe('starting the command line', () => {
  it('loads the server and the databases only in the commands that run them', async () => {
    const dir = new URL('../../src/cli/commands/', import.meta.url);
    const files = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files).toContain('weigh.ts');
    const offenders: string[] = [];
    for (const name of files) {
      const source = await readFile(new URL(name, dir), 'utf8');
      for (const match of source.matchAll(HEAVY)) offenders.push(`${name}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('recognises a top-level import of the server as heavy, and a type import as not', () => {
    expect("import { serve } from '../../server/serve.js';".match(HEAVY)).not.toBeNull();
    expect("import type { Store } from '../../store/index.js';".match(HEAVY)).toBeNull();
    expect("import { findFamily } from '../../store/family-files.js';".match(HEAVY)).toBeNull();
  });

  it('bin/weegschaal.mjs, the command as installed, runs the TypeScript sources', { timeout: CLI_TIMEOUT }, async () => {
    // The other CLI tests start this run's bundle of the same sources (test/support/programs.ts).
    const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await runCli(['--version'], { program: BIN });
    expect(run).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});
