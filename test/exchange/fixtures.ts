import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { exportCatalogueFromStore } from '../../src/use-cases/catalogue/export-catalogue.js';
import type { Catalogue } from '../../src/documents/catalogue/index.js';
import { loadDemo } from '../../src/store/demo.js';
import { readFamilyFolder } from '../../src/store/family-files.js';
import { type Store, type StoreOptions, openStore } from '../../src/store/index.js';
import { POSTGRES_ADMIN_URL, postgresReachable } from '../support/environment.js';

export { postgresReachable };

/** Fixtures of the catalogue exchange tests and bench: fresh databases, the demo catalogue, bulk copies. */

export const EXPORTED_AT = '2026-11-03T10:00:00.000Z';
export const ADMIN_URL = POSTGRES_ADMIN_URL;

/** A new, empty database: its store options, the CLI arguments that name it, and a cleanup. */
export interface FreshDatabase {
  options: Pick<StoreOptions, 'file' | 'databaseUrl'>;
  cliArgs: string[];
  drop(): Promise<void>;
}

export async function freshDatabase(dialect: 'sqlite' | 'postgres'): Promise<FreshDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-exchange-'));
    const file = join(dir, 'target.db');
    return { options: { file }, cliArgs: ['--db', file], drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `weegschaal_x_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString() },
    cliArgs: ['--database-url', url.toString()],
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Publishes the families of the families/ folder, as `db init` does for a new database. */
export async function publishFamilies(store: Store): Promise<void> {
  const folder = await readFamilyFolder();
  for (const { file, family } of folder.families) {
    await store.families.saveDraft(family, await readFile(file, 'utf8'), 'test');
    await store.families.publish(family.id, family.version, 'test');
  }
}

let demo: Promise<Catalogue> | undefined;

/** The demo data (every workflow state) exported as a catalogue, made once per process. */
export function demoCatalogue(): Promise<Catalogue> {
  demo ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-demo-'));
    const store = await openStore({ file: join(dir, 'demo.db') });
    try {
      await publishFamilies(store);
      const stored = await store.families.get('organisatieondersteunende-functies');
      if (stored === undefined) throw new Error('the seed family is not in families/');
      await loadDemo(store, stored.family, { now: new Date('2026-11-01T09:00:00Z'), hashPassword: () => 'x' });
      return await exportCatalogueFromStore(store, { exportedAt: EXPORTED_AT });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return demo;
}

/** `count` FUBEs copied round-robin from the demo, each with its own id. */
export async function bulkCatalogue(count: number): Promise<Catalogue> {
  const source = await demoCatalogue();
  const fubes = Array.from({ length: count }, (_, i) => {
    const original = source.fubes[i % source.fubes.length]!;
    return { ...original, id: `bulk-${String(i).padStart(6, '0')}` };
  });
  return { ...source, fubes };
}

/** Everything an import writes, in a fixed order: equal snapshots mean an unchanged database. */
export async function snapshot(store: Store): Promise<Record<string, unknown[]>> {
  const [fubes, revisions, weighings, history] = await Promise.all([
    store.db.selectFrom('fubes').selectAll().orderBy('id').execute(),
    store.db.selectFrom('fube_revisions').selectAll().orderBy('fube_id').orderBy('revision').execute(),
    store.db.selectFrom('weighings').selectAll().orderBy('id').execute(),
    store.db.selectFrom('history').selectAll().orderBy('id').execute(),
  ]);
  // pg reads jsonb as objects and bigint ids as strings; one JSON form compares both.
  return JSON.parse(JSON.stringify({ fubes, revisions, weighings, history })) as Record<string, unknown[]>;
}
