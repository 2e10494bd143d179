/**
 * Catalogue exchange: import of 10,000 FUBEs into a fresh database in one transaction
 * (goal: under 30 s), and the export of the same catalogue. SQLite always; PostgreSQL when
 * TEST_DATABASE_URL's server answers.
 */
import { exportCatalogueJson } from '../src/use-cases/catalogue/export-catalogue.js';
import { importCatalogue } from '../src/use-cases/catalogue/import-catalogue.js';
import { serializeCatalogue } from '../src/documents/catalogue/index.js';
import { openStore } from '../src/store/index.js';
import { EXPORTED_AT, bulkCatalogue, freshDatabase, postgresReachable, publishFamilies } from '../test/exchange/fixtures.js';
import type { BenchModule, Row } from './types.js';

const COUNT = 10_000;

async function measure(dialect: 'sqlite' | 'postgres', text: string): Promise<Row[]> {
  const database = await freshDatabase(dialect);
  const store = await openStore(database.options);
  try {
    await publishFamilies(store);
    const start = performance.now();
    const result = await importCatalogue(store, text, { actorId: 'bench' });
    const importMs = performance.now() - start;
    if (!result.ok || result.value.imported !== COUNT) throw new Error(`bench import failed: ${JSON.stringify(result.ok ? result.value.rejected.slice(0, 3) : result.errors)}`);
    const exportStart = performance.now();
    const exported = await exportCatalogueJson(store, { exportedAt: EXPORTED_AT });
    const exportMs = performance.now() - exportStart;
    return [
      { name: `import ${COUNT} FUBEs [${dialect}]`, value: Math.round(importMs), unit: 'ms', note: `goal < 30000 ms; ${Math.round(COUNT / (importMs / 1000))} FUBEs/s` },
      { name: `export ${COUNT} FUBEs as JSON [${dialect}]`, value: Math.round(exportMs), unit: 'ms', note: exported === text ? 'same bytes as imported' : 'DIFFERENT bytes' },
    ];
  } finally {
    await store.close();
    await database.drop();
  }
}

export const exchangeBench: BenchModule = {
  name: 'exchange',
  async run(): Promise<Row[]> {
    const text = serializeCatalogue(await bulkCatalogue(COUNT));
    const rows = [{ name: 'catalogue file', value: Math.round(text.length / 1024 / 1024), unit: 'MiB', note: `${COUNT} FUBEs` }, ...(await measure('sqlite', text))];
    if (await postgresReachable()) rows.push(...(await measure('postgres', text)));
    return rows;
  },
};
