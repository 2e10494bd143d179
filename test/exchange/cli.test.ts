import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeCatalogue } from '../../src/documents/catalogue/index.js';
import { openStore } from '../../src/store/index.js';
import { CLI_TIMEOUT, runCli } from '../cli/support.js';
import { type FreshDatabase, bulkCatalogue, demoCatalogue, freshDatabase, publishFamilies } from './fixtures.js';

describe('weegschaal export and import', () => {
  let database: FreshDatabase;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-exchange-'));
    database = await freshDatabase('sqlite');
    const store = await openStore(database.options);
    await publishFamilies(store);
    await store.close();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'imports a catalogue with a summary, refuses a file with a bad record, and with --partial writes a report',
    async () => {
      const demo = await demoCatalogue();
      const file = join(dir, 'demo.json');
      writeFileSync(file, serializeCatalogue(demo));
      const first = await runCli(['import', 'fubes', file, ...database.cliArgs]);
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(/30 FUBEs in .*demo\.json: 30 ingevoerd, 0 afgewezen, in \d+\.\d s/);

      const mixed = join(dir, 'mixed.json');
      writeFileSync(mixed, serializeCatalogue({ ...demo, fubes: [...(await bulkCatalogue(3)).fubes, demo.fubes[0]!] }));
      const refused = await runCli(['import', 'fubes', mixed, ...database.cliArgs]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/fubes\[3\] \(.+\): .*mixed\.json:\d+:\d+: fubes\[3\]\.id: een FUBE met id '.+' bestaat al/);
      expect(refused.stderr).toContain('niets ingevoerd');

      const partial = await runCli(['import', 'fubes', mixed, '--partial', ...database.cliArgs]);
      expect(partial.code).toBe(0);
      expect(partial.stderr).toContain('4 FUBEs in');
      expect(partial.stderr).toContain('3 ingevoerd, 1 afgewezen');
      expect(readFileSync(`${mixed}.afgewezen.txt`, 'utf8')).toMatch(/^fubes\[3\] .*fubes\[3\]\.id: een FUBE met id/);

      const exported = await runCli(['export', 'fubes', '--exported-at', demo.exportedAt, '--entity', demo.fubes[0]!.content.entityId, ...database.cliArgs]);
      expect(exported.code).toBe(0);
      const catalogue = JSON.parse(exported.stdout) as { fubes: { content: { entityId: string } }[]; filters: unknown };
      expect(catalogue.filters).toEqual({ entity: demo.fubes[0]!.content.entityId });
      expect(catalogue.fubes.length).toBeGreaterThan(0);

      const pdf = join(dir, 'fube.pdf');
      const document = await runCli(['export', 'fube', demo.fubes[0]!.id, '--format', 'pdf', '-o', pdf, ...database.cliArgs]);
      expect(document.code).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      // --force: the document above is there; without it the existing file is refused first (exit 2).
      const missing = await runCli(['export', 'fube', 'bestaat-niet', '-o', pdf, '--force', ...database.cliArgs]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("FUBE 'bestaat-niet' bestaat niet");
    },
    CLI_TIMEOUT * 2,
  );
});
