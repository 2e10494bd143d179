import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/store/demo.js';
import { type Store, type StoreOptions, openStore } from '../../src/store/index.js';
import { BACKED_UP_TABLES, STORE_TABLES } from '../../src/store/tables.js';
import { type FreshDatabase, freshDatabase, postgresReachable, publishFamilies } from '../exchange/fixtures.js';
import { skipUnless } from '../support/environment.js';
import { CLI_TIMEOUT, runCli } from './support.js';

/**
 * `weegschaal backup` and `restore` as a user runs them: the demo database backed up from
 * SQLite, restored into PostgreSQL, backed up there and restored into SQLite again; every
 * table must come back equal. Broken files and non-empty targets are refused untouched.
 */

const skipPostgres = skipUnless(await postgresReachable(), 'PostgreSQL', 'set TEST_DATABASE_URL');

type Dump = Record<string, unknown[]>;

/** Every backed-up table in one comparable form: JSON text parsed, rows in a fixed order. */
async function dump(options: Pick<StoreOptions, 'file' | 'databaseUrl'>): Promise<{ tables: Dump; sessions: number }> {
  const store = await openStore(options);
  try {
    const tables: Dump = {};
    for (const table of BACKED_UP_TABLES) {
      const rows = (await store.db.selectFrom(table.name).selectAll().execute()) as Record<string, unknown>[];
      const canonical = rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, parseJsonText(value)])));
      const sortKey = (row: Record<string, unknown>) => JSON.stringify(table.order.map((c) => row[c]));
      tables[table.name] = canonical.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    }
    const sessions = (await store.db.selectFrom('sessions').selectAll().execute()).length;
    return { tables, sessions };
  } finally {
    await store.close();
  }
}

/** SQLite hands JSON columns back as text, pg as parsed values; compare the values. */
function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** A new history entry gets the next id after the restored ones (sequences moved on). */
async function nextHistoryId(options: Pick<StoreOptions, 'file' | 'databaseUrl'>): Promise<{ max: number; next: number }> {
  const store = await openStore(options);
  try {
    const max = Number((await store.db.selectFrom('history').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m);
    await store.history.add({ actorId: 'test', action: 'test.after-restore', subjectType: 'test', subjectId: 'x', data: {} });
    const next = Number((await store.db.selectFrom('history').select('id').where('action', '=', 'test.after-restore').executeTakeFirstOrThrow()).id);
    return { max, next };
  } finally {
    await store.close();
  }
}

async function searchIds(store: Store, q: string): Promise<string[]> {
  const result = await store.search.find({ q, pageSize: 100 });
  return result.items.map((item) => item.id).sort();
}

function headerOf(file: string): { dialect: string; migrations: string[]; tables: { name: string; rows: number }[]; excluded: Record<string, string> } {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]!) as ReturnType<typeof headerOf>;
}

describe('weegschaal backup and restore', () => {
  let dir: string;
  let source: FreshDatabase;
  let backupFile: string;
  const databases: FreshDatabase[] = [];
  const fresh = async (dialect: 'sqlite' | 'postgres') => {
    const database = await freshDatabase(dialect);
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weegschaal-backup-'));
    source = await fresh('sqlite');
    const store = await openStore(source.options);
    try {
      await publishFamilies(store);
      const stored = await store.families.get('organisatieondersteunende-functies');
      if (stored === undefined) throw new Error('the seed family is not in families/');
      await loadDemo(store, stored.family, { now: new Date('2026-11-01T09:00:00Z'), hashPassword: () => 'x' });
      // A team whose id sorts before its afdeling's: the backup must still write the parent first.
      await store.entities.save({
        id: 'zz',
        name: 'Entiteit Z',
        units: [
          { id: 'zz-2-afdeling', name: 'Afdeling Z', parentId: null },
          { id: 'zz-1-team', name: 'Team Z', parentId: 'zz-2-afdeling' },
        ],
      });
      const user = (await store.users.list())[0]!;
      await store.sessions.create({ id: 'session-hash', userId: user.id, expiresAt: '2099-01-01T00:00:00.000Z' });
    } finally {
      await store.close();
    }
    backupFile = join(dir, 'demo.jsonl.gz');
    const made = await runCli(['backup', '-o', backupFile, ...source.cliArgs]);
    expect(made.stderr).toMatch(new RegExp(`backup geschreven naar .*demo\\.jsonl\\.gz: ${BACKED_UP_TABLES.length} tabellen, \\d+ rijen, databankversie \\S+ \\(sqlite\\), in \\d+\\.\\d s`));
    expect(made.code).toBe(0);
  }, CLI_TIMEOUT);

  afterAll(async () => {
    for (const database of databases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a versioned header with every table and its row count, no sessions, no temporary file left', async () => {
    const header = headerOf(backupFile);
    const { tables } = await dump(source.options);
    expect(header.dialect).toBe('sqlite');
    expect(header.migrations.length).toBeGreaterThan(0);
    expect(header.tables.map((t) => t.name)).toEqual(BACKED_UP_TABLES.map((t) => t.name));
    for (const table of header.tables) expect(table.rows, table.name).toBe(tables[table.name]!.length);
    expect(header.tables.find((t) => t.name === 'fubes')!.rows).toBeGreaterThanOrEqual(30);
    expect(Object.keys(header.excluded).sort()).toEqual(STORE_TABLES.filter((t) => 'notBackedUp' in t).map((t) => t.name).sort());
    expect(header.excluded.sessions).toBeDefined();
    expect(readdirSync(dir)).toEqual(['demo.jsonl.gz']);
    // A team is written after its afdeling although its id sorts first.
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8');
    const [afdeling, team] = [lines.indexOf('["zz-2-afdeling",'), lines.indexOf('["zz-1-team",')];
    expect(afdeling).toBeGreaterThan(0);
    expect(team).toBeGreaterThan(afdeling);
  });

  it.skipIf(skipPostgres)(
    'restores a SQLite backup into PostgreSQL and that one back into SQLite, every table equal',
    async () => {
      const expected = await dump(source.options);
      expect(expected.sessions).toBe(1);

      const postgres = await fresh('postgres');
      const restored = await runCli(['restore', backupFile, ...postgres.cliArgs]);
      expect(restored.stderr).toMatch(/terugzetten: fubes: \d+ rijen/);
      expect(restored.stderr).toMatch(new RegExp(`teruggezet uit .*demo\\.jsonl\\.gz \\(backup van .*, sqlite\\): ${BACKED_UP_TABLES.length} tabellen, \\d+ rijen, zoekindex van \\d+ FUBEs opgebouwd`));
      expect(restored.code).toBe(0);
      const onPostgres = await dump(postgres.options);
      expect(onPostgres.tables).toEqual(expected.tables);
      expect(onPostgres.sessions).toBe(0);

      const again = join(dir, 'from-postgres.jsonl.gz');
      const made = await runCli(['backup', '-o', again, ...postgres.cliArgs]);
      expect(made.code).toBe(0);
      expect(headerOf(again).dialect).toBe('postgres');
      const sqlite = await fresh('sqlite');
      const back = await runCli(['restore', again, ...sqlite.cliArgs]);
      expect(back.code).toBe(0);
      expect((await dump(sqlite.options)).tables).toEqual(expected.tables);

      // The search index was rebuilt: the same words find the same FUBEs as in the original.
      const stores = await Promise.all([openStore(source.options), openStore(postgres.options), openStore(sqlite.options)]);
      try {
        const title = (await stores[0].db.selectFrom('fubes').select('title').orderBy('id').executeTakeFirstOrThrow()).title;
        const word = title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
        const [original, inPostgres, inSqlite] = await Promise.all(stores.map((store) => searchIds(store, word)));
        expect(original!.length).toBeGreaterThan(0);
        expect(inPostgres).toEqual(original);
        expect(inSqlite).toEqual(original);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }

      // New rows get ids after the restored ones on both databases.
      for (const target of [postgres, sqlite]) {
        const { max, next } = await nextHistoryId(target.options);
        expect(max).toBeGreaterThan(0);
        expect(next).toBe(max + 1);
      }
    },
    CLI_TIMEOUT * 2,
  );

  it.each([['sqlite' as const], ['postgres' as const]])(
    'refuses a truncated or damaged file on %s, naming the line and table, and leaves the target empty',
    async (dialect) => {
      if (dialect === 'postgres' && skipPostgres) return;
      const target = await fresh(dialect);
      const bytes = readFileSync(backupFile);
      const text = gunzipSync(bytes).toString('utf8');
      const lines = text.split('\n');
      const fubesAt = lines.findIndex((line) => line.startsWith('{"table":"fubes"'));

      const cut = join(dir, `cut-${dialect}.jsonl.gz`);
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const truncated = await runCli(['restore', cut, ...target.cliArgs]);
      expect(truncated.code).toBe(1);
      expect(truncated.stderr).toMatch(/cut-\w+\.jsonl\.gz:\d+: (tabel \w+: )?het bestand houdt op of is beschadigd na deze regel/);
      expect(truncated.stderr).toContain('niets teruggezet: de databank is ongewijzigd');

      // Whole lines missing (cut at a line end, then compressed again): no end line.
      const short = join(dir, `short-${dialect}.jsonl.gz`);
      writeFileSync(short, gzipSync(`${lines.slice(0, fubesAt + 3).join('\n')}\n`));
      const missing = await runCli(['restore', short, ...target.cliArgs]);
      expect(missing.code).toBe(1);
      const total = JSON.parse(lines[fubesAt]!) as { rows: number };
      expect(missing.stderr).toContain(
        `short-${dialect}.jsonl.gz:${fubesAt + 3}: tabel fubes: het bestand houdt op zonder eindregel, bij rij 2 van ${total.rows} van tabel fubes: afgekapt?`,
      );

      // A damaged row in the middle: everything before it was inserted, and is rolled back.
      const damaged = join(dir, `damaged-${dialect}.jsonl.gz`);
      const broken = [...lines];
      broken[fubesAt + 5] = broken[fubesAt + 5]!.slice(0, 40);
      writeFileSync(damaged, gzipSync(broken.join('\n')));
      const refused = await runCli(['restore', damaged, ...target.cliArgs]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`damaged-${dialect}.jsonl.gz:${fubesAt + 6}: tabel fubes: geen geldige JSON-regel`);

      const after = await dump(target.options);
      for (const [table, rows] of Object.entries(after.tables)) expect(rows, table).toEqual([]);

      // The same database then takes the good file.
      const good = await runCli(['restore', backupFile, ...target.cliArgs]);
      expect(good.code).toBe(0);
      expect((await dump(target.options)).tables).toEqual((await dump(source.options)).tables);
    },
    CLI_TIMEOUT * 2,
  );

  it(
    'refuses to restore into a database that holds data, and changes nothing',
    async () => {
      const before = await dump(source.options);
      const refused = await runCli(['restore', backupFile, ...source.cliArgs]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/de doeldatabank is niet leeg \(entities \d+, units \d+, .*rijen\): een backup wordt alleen in een lege databank teruggezet/);
      expect(await dump(source.options)).toEqual(before);

      const notABackup = join(dir, 'not-a-backup.gz');
      writeFileSync(notABackup, gzipSync('{"hello":"world"}\n'));
      const empty = await fresh('sqlite');
      const wrong = await runCli(['restore', notABackup, ...empty.cliArgs]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('not-a-backup.gz:1: geen Weegschaal-backup');

      // A backup from a newer Weegschaal (a migration this one does not know) is refused.
      const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
      const header = JSON.parse(lines[0]!) as { migrations: string[] };
      lines[0] = JSON.stringify({ ...header, migrations: [...header.migrations, '9999-future'] });
      const newer = join(dir, 'newer.jsonl.gz');
      writeFileSync(newer, gzipSync(lines.join('\n')));
      const refusedNewer = await runCli(['restore', newer, ...empty.cliArgs]);
      expect(refusedNewer.code).toBe(1);
      expect(refusedNewer.stderr).toContain('newer.jsonl.gz:1: de backup komt van een nieuwere Weegschaal (databankversie 9999-future;');
      for (const [table, rows] of Object.entries((await dump(empty.options)).tables)) expect(rows, table).toEqual([]);

      // A backup whose migrations are not a level this Weegschaal had (here: one left out) is refused.
      const gap = join(dir, 'gap.jsonl.gz');
      writeFileSync(gap, gzipSync([JSON.stringify({ ...header, migrations: header.migrations.filter((_, i) => i !== 2) }), ...lines.slice(1)].join('\n')));
      const refusedGap = await runCli(['restore', gap, ...empty.cliArgs]);
      expect(refusedGap.code).toBe(1);
      expect(refusedGap.stderr).toContain('gap.jsonl.gz:1: de backup heeft databankversie');
      for (const [table, rows] of Object.entries((await dump(empty.options)).tables)) expect(rows, table).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'restores a backup of an older Weegschaal: its rows at its own level, then the migrations bring them up to date',
    async () => {
      // What a backup made at migration 0005 holds: the same rows, without what later migrations added.
      const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
      const header = JSON.parse(lines[0]!) as { migrations: string[]; tables: { name: string; columns: string[]; rows: number }[] };
      const level = header.migrations.indexOf('0005-search-tags');
      expect(level).toBeGreaterThan(0);
      // Columns later migrations added (0010 to fubes, 0015 to users); every table not in 0005's list came later.
      const addedColumns: Record<string, string[]> = { fubes: ['holder_ids', 'manager_id'], users: ['language'] };
      const atLevel = new Set(['entities', 'units', 'people', 'users', 'user_roles', 'families', 'fubes', 'fube_revisions', 'weighings', 'workflow_events', 'history']);
      const later = new Set(header.tables.map((t) => t.name).filter((name) => !atLevel.has(name)));
      const droppedOf = new Map(
        header.tables.map((t) => [t.name, (addedColumns[t.name] ?? []).map((c) => t.columns.indexOf(c))] as const),
      );
      expect([...droppedOf.values()].flat().every((i) => i >= 0)).toBe(true);
      const keep = (table: string, row: unknown[]) => row.filter((_, i) => !(droppedOf.get(table) ?? []).includes(i));
      const olderTables = header.tables.filter((t) => !later.has(t.name)).map((t) => ({ ...t, columns: keep(t.name, t.columns) as string[] }));
      const older = [JSON.stringify({ ...header, migrations: header.migrations.slice(0, level + 1), tables: olderTables })];
      let current = '';
      for (const line of lines.slice(1)) {
        if (line === '') continue;
        const value = JSON.parse(line) as unknown;
        if (Array.isArray(value)) {
          if (!later.has(current)) older.push(JSON.stringify(keep(current, value)));
        } else if (typeof (value as { table?: unknown }).table === 'string') {
          current = (value as { table: string }).table;
          if (!later.has(current)) older.push(JSON.stringify({ ...(value as object), columns: keep(current, (value as { columns: string[] }).columns) }));
        } else if ((value as { end?: unknown }).end !== undefined) {
          const rows = olderTables.reduce((sum, t) => sum + t.rows, 0);
          older.push(JSON.stringify({ ...(value as object), tables: olderTables.length, rows }));
        }
        else older.push(line);
      }
      const before = join(dir, 'older-level.jsonl.gz');
      writeFileSync(before, gzipSync(older.join('\n')));
      const empty = await fresh('sqlite');
      const restored = await runCli(['restore', before, ...empty.cliArgs]);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stderr).toContain(`databank bijgewerkt van 0005-search-tags naar ${header.migrations.at(-1)}`);
      // The migrations filled what the older level did not have: the same rows as the source, except
      // the rows of tables the older level did not have (the demo's pay data), which stay empty.
      const sourceTables = (await dump(source.options)).tables;
      const expected = Object.fromEntries(
        Object.entries(sourceTables).map(([table, rows]) => [table, later.has(table) && rows.length > 0 ? [] : rows]),
      );
      expect((await dump(empty.options)).tables).toEqual(expected);
    },
    CLI_TIMEOUT,
  );
});
