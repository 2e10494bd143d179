import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../src/use-cases/catalogue/import-catalogue.js';
import { serializeCatalogue } from '../../src/documents/catalogue/index.js';
import { type Store, openStore } from '../../src/store/index.js';
import { CLI, CLI_TIMEOUT } from '../cli/support.js';
import { skipUnless } from '../support/environment.js';
import { type FreshDatabase, bulkCatalogue, demoCatalogue, freshDatabase, postgresReachable, publishFamilies, snapshot } from './fixtures.js';

const skipPostgres = skipUnless(await postgresReachable(), 'PostgreSQL', 'set TEST_DATABASE_URL');

interface Killed {
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * Starts `weegschaal import fubes`, waits for its signal that records are written inside the
 * open transaction (the importer then holds still), and kills it with SIGKILL.
 */
function importAndKill(file: string, cliArgs: string[]): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'import', 'fubes', file, ...cliArgs], {
      env: { ...process.env, WEEGSCHAAL_IMPORT_SIGNAL_AFTER: '150', WEEGSCHAAL_IMPORT_HOLD_MS: '120000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.includes('import: 150 FUBEs geschreven')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

for (const dialect of ['sqlite', 'postgres'] as const)
  describe.skipIf(dialect === 'postgres' && skipPostgres)(`a killed import [${dialect}]`, () => {
    let database: FreshDatabase;
    let store: Store;
    let dir: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'weegschaal-kill-'));
      database = await freshDatabase(dialect);
      store = await openStore(database.options);
      await publishFamilies(store);
      // Data from before the import, which must stay exactly as it is.
      const demo = await importCatalogue(store, serializeCatalogue(await demoCatalogue()), { actorId: 'test' });
      expect(demo.ok && demo.value.imported).toBe(30);
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it(
      'leaves the database as it was before the import, and a new import then succeeds',
      async () => {
        const file = join(dir, 'big.json');
        writeFileSync(file, serializeCatalogue(await bulkCatalogue(600)));
        const before = await snapshot(store);

        const killed = await importAndKill(file, database.cliArgs);
        expect(killed.stderr).toContain('import: 150 FUBEs geschreven');
        expect(killed.signal).toBe('SIGKILL');

        const reopened = await openStore(database.options);
        try {
          expect(await snapshot(reopened)).toEqual(before);
          // Nothing half-written blocks the next import of the same file.
          const again = await importCatalogue(reopened, serializeCatalogue(await bulkCatalogue(600)), { actorId: 'test' });
          expect(again.ok && again.value).toMatchObject({ imported: 600, committed: true });
          expect((await snapshot(reopened)).fubes).toHaveLength(630);
        } finally {
          await reopened.close();
        }
      },
      CLI_TIMEOUT,
    );
  });
