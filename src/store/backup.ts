import { once } from 'node:events';
import { type WriteStream, createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type ColumnMetadata, DEFAULT_MIGRATION_TABLE, type Kysely, type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { PARSE_LIMITS, measureJson } from '../domain/parse/limits.js';
import { cleanStoredValue } from './clean-text.js';
import type { StoreContext } from './context.js';
import type { Database } from './schema.js';
import { rebuildWork } from './fube-work.js';
import { BACKED_UP_TABLES, STORE_TABLES, type StoreTable, listedTableOf } from './tables.js';

/**
 * Backup and restore of the whole database in one portable file (docs/backup.md): gzipped
 * JSON Lines, the same on SQLite and PostgreSQL, so a backup of one restores into the other.
 *
 *   line 1        header: format, version, created-at, source dialect, migrations, tables
 *                 (name, columns, row count) and the tables left out with the reason
 *   per table     {"table": name, "columns": [...], "rows": n}, then n lines, one row each
 *                 as a JSON array in column order (JSON columns as their JSON text)
 *   last line     {"end": "weegschaal-backup", "tables": t, "rows": total}
 *
 * Tables and their order come from tables.ts; columns from the database itself.
 */

export const BACKUP_FORMAT = 'weegschaal-backup';
export const BACKUP_VERSION = 1;

/** Rows read per query while backing up (keyset pages, so memory stays flat). */
const PAGE = 1_000;
/** Values per INSERT on restore: well under SQLite's and PostgreSQL's parameter limits. */
const VALUES_PER_INSERT = 2_000;
/** FUBEs per call when the search index is rebuilt. */
const SEARCH_BATCH = 500;

const tableHeaderSchema = z.object({ name: z.string(), columns: z.array(z.string()).min(1), rows: z.number().int().nonnegative() });
const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
  tables: z.array(tableHeaderSchema),
  excluded: z.record(z.string(), z.string()),
});
const sectionSchema = z.object({ table: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative() });
const endSchema = z.object({ end: z.literal(BACKUP_FORMAT), tables: z.number().int(), rows: z.number().int() });

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTableHeader = z.infer<typeof tableHeaderSchema>;

/** A backup or restore that cannot go on; the message is Dutch and says where (file:line: table). */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export interface BackupOptions {
  /**
   * Called when a table is written (or restored), inside the transaction, for progress
   * output (tests use it to write meanwhile from another connection).
   */
  onTable?: (table: string, rows: number) => void | Promise<void>;
  /** Restore: rebuild the search index at once (default), or leave it to `rebuildSearchIndex` after further migrations. */
  rebuildSearch?: boolean;
}

export interface BackupSummary {
  header: BackupHeader;
  rows: number;
}

export interface RestoreSummary {
  header: BackupHeader;
  rows: number;
  /** FUBEs whose search index was rebuilt. */
  indexed: number;
}

/**
 * Writes a backup of the whole database to `file`. Everything is read in one transaction
 * (SQLite: a read transaction, which WAL lets writers pass; PostgreSQL: REPEATABLE READ,
 * read only), so the file is one consistent snapshot. It is written to a temporary file
 * beside `file` (owner-only: it holds password hashes), flushed to disk and renamed: a
 * failed backup never leaves a half-written file under the final name.
 */
export async function writeBackupFile(store: StoreContext, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const read =
    store.dialect === 'postgres' ? store.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only') : store.db.transaction();
  let out: WriteStream | undefined;
  try {
    // Opened first, so that an unwritable place fails before the database is read.
    out = createWriteStream(temp, { flags: 'wx', mode: 0o600 });
    await once(out, 'open');
    const summary = await read.execute(async (trx) => {
      const tables = await describeTables(trx, 'backup');
      const migrations = await appliedMigrations(trx);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: store.now(),
        dialect: store.dialect,
        migrations,
        tables: [],
        excluded: Object.fromEntries(STORE_TABLES.filter((t: StoreTable) => t.notBackedUp !== undefined).map((t: StoreTable) => [t.name, t.notBackedUp!])),
      };
      for (const table of BACKED_UP_TABLES) {
        const columns = columnsOf(tables, table.name).map((c) => c.name);
        const [count] = (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(trx)).rows;
        header.tables.push({ name: table.name, columns, rows: Number(count?.n ?? 0) });
      }
      let rows = 0;
      async function* lines(): AsyncGenerator<string> {
        yield `${JSON.stringify(header)}\n`;
        for (const [i, table] of BACKED_UP_TABLES.entries()) {
          const { name, columns, rows: expected } = header.tables[i]!;
          yield `${JSON.stringify({ table: name, columns, rows: expected })}\n`;
          const json = new Set(columnsOf(tables, table.name).filter((c) => c.dataType === 'jsonb').map((c) => c.name));
          const encode = (row: Record<string, unknown>) => JSON.stringify(columns.map((c) => encodeValue(row[c], json.has(c), name, c)));
          let written = 0;
          if (table.parent === undefined) {
            for await (const page of readPages(trx, table, columns)) {
              written += page.length;
              yield `${page.map(encode).join('\n')}\n`;
            }
          } else {
            const all: Record<string, unknown>[] = [];
            for await (const page of readPages(trx, table, columns)) all.push(...page);
            written = all.length;
            if (all.length > 0) yield `${parentsFirst(all, table.order.at(-1)!, table.parent).map(encode).join('\n')}\n`;
          }
          // The count and the rows come from the same snapshot; a difference is a bug here.
          if (written !== expected) throw new BackupError(`tabel ${name}: ${written} rijen gelezen, ${expected} geteld`);
          rows += written;
          await options.onTable?.(name, written);
        }
        yield `${JSON.stringify({ end: BACKUP_FORMAT, tables: header.tables.length, rows })}\n`;
      }
      await pipeline(Readable.from(lines()), createGzip(), out!);
      return { header, rows };
    });
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    return summary;
  } catch (error) {
    out?.destroy();
    await rm(temp, { force: true });
    // A file system error (no such folder, disk full) is the user's to fix: say so plainly.
    const { code, syscall } = error as NodeJS.ErrnoException;
    if (!(error instanceof BackupError) && code !== undefined && syscall !== undefined)
      throw new BackupError(`${file}: kan niet geschreven worden (${code})`, { cause: error });
    throw error;
  }
}

/**
 * Restores a backup into an EMPTY database whose migrations have run (openStore does that),
 * in one transaction: a corrupt, truncated or refused file leaves the database as it was,
 * with an error naming the line and table. A database with any row is refused: a restore
 * never merges. Afterwards the search index is rebuilt from the FUBEs and PostgreSQL's
 * id sequences are moved past the restored ids (SQLite's AUTOINCREMENT follows inserted ids
 * by itself).
 */
export async function restoreBackupFile(store: StoreContext, file: string, options: BackupOptions = {}): Promise<RestoreSummary> {
  // Read outside the transaction: on SQLite it holds the only connection.
  const tables = await describeTables(store.db, 'restore');
  const migrations = await appliedMigrations(store.db);

  return store.transaction(async (trx) => {
    await refuseUnlessEmpty(trx, tables);
    let header: BackupHeader | undefined;
    let lineNumber = 0;
    let tableIndex = -1;
    let section: { name: string; columns: string[]; expected: number; seen: number; batch: unknown[][]; batchStart: number } | undefined;
    let ended = false;
    let rows = 0;
    const fail: (message: string, line?: number) => never = (message, line = lineNumber) => {
      throw new BackupError(`${file}:${line}: ${section !== undefined ? `tabel ${section.name}: ` : ''}${message}`);
    };

    const flush = async () => {
      if (section === undefined || section.batch.length === 0) return;
      const { name, columns, batch, batchStart } = section;
      const values = sql.join(batch.map((row) => sql`(${sql.join(row)})`));
      try {
        await sql`insert into ${sql.table(name)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${values}`.execute(trx);
      } catch (error) {
        const lines = batch.length === 1 ? `regel ${batchStart}` : `regels ${batchStart}-${batchStart + batch.length - 1}`;
        throw new BackupError(`${file}:${batchStart}: tabel ${name}: de databank weigert ${lines}: ${(error as Error).message}`, { cause: error });
      }
      section.batch = [];
    };

    try {
      for await (const text of readLines(file)) {
        lineNumber++;
        if (ended) fail('na de eindregel staat nog tekst');
        // Limits before the parser (docs/limits.md): a row is a flat list, a header shallow.
        const exceeded = measureJson(text, PARSE_LIMITS.backupLine);
        if (exceeded !== undefined) fail(`de regel overschrijdt de limiet '${exceeded.limit}' (hoogstens ${exceeded.max})`);
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          fail('geen geldige JSON-regel (beschadigd of afgekapt bestand)');
        }
        if (header === undefined) {
          header = checkHeader(value, migrations, tables, (message) => fail(message));
          continue;
        }
        if (section !== undefined && section.seen < section.expected) {
          if (!Array.isArray(value)) fail(`rij ${section.seen + 1} van ${section.expected} verwacht (een JSON-lijst), maar de regel is geen rij`);
          const row = value as unknown[];
          if (row.length !== section.columns.length) fail(`de rij heeft ${row.length} waarden, de tabel ${section.columns.length} kolommen`);
          row.forEach((v, i) => {
            if (v !== null && typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v)))
              fail(`kolom ${section!.columns[i]}: onverwachte waarde ${JSON.stringify(v)} (verwacht tekst, getal of null)`);
          });
          if (section.batch.length === 0) section.batchStart = lineNumber;
          // Texts cleaned as migration 0007 cleans stored rows: a NUL or lone surrogate that
          // SQLite once accepted must not stop a restore into PostgreSQL.
          section.batch.push(row.map((v) => (typeof v === 'string' ? ((cleanStoredValue(v) as string | undefined) ?? v) : v)));
          section.seen++;
          if (section.batch.length * section.columns.length >= VALUES_PER_INSERT) await flush();
          if (section.seen === section.expected) {
            await flush();
            rows += section.seen;
            await options.onTable?.(section.name, section.seen);
          }
          continue;
        }
        const end = endSchema.safeParse(value);
        if (end.success) {
          if (tableIndex !== header.tables.length - 1) fail(`eindregel na ${tableIndex + 1} van de ${header.tables.length} tabellen`);
          if (end.data.rows !== rows) fail(`de eindregel telt ${end.data.rows} rijen, het bestand heeft er ${rows}`);
          ended = true;
          continue;
        }
        const next = sectionSchema.safeParse(value);
        if (!next.success) fail('begin van een tabel ({"table": ...}) of de eindregel verwacht');
        const expected = header.tables[++tableIndex];
        if (expected === undefined) fail(`tabel ${next.data!.table} staat niet in de kop van de backup`);
        if (next.data!.table !== expected!.name || JSON.stringify(next.data!.columns) !== JSON.stringify(expected!.columns) || next.data!.rows !== expected!.rows)
          fail(`de kop van tabel ${next.data!.table} verschilt van wat de eerste regel aankondigt (${expected!.name}, ${expected!.rows} rijen)`);
        section = { name: expected!.name, columns: expected!.columns, expected: expected!.rows, seen: 0, batch: [], batchStart: lineNumber + 1 };
        if (expected!.rows === 0) await options.onTable?.(expected!.name, 0);
      }
    } catch (error) {
      if (error instanceof BackupError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (lineNumber === 0 && code !== undefined && !code.startsWith('Z_'))
        throw new BackupError(`${file}: kan niet gelezen worden (${code})`, { cause: error });
      fail(`het bestand houdt op of is beschadigd na deze regel${progress(section)} (${(error as Error).message})`);
    }
    if (header === undefined) fail('het bestand is leeg');
    if (!ended) fail(`het bestand houdt op zonder eindregel${progress(section)}: afgekapt?`);

    // At an older level the index is rebuilt after the remaining migrations (rebuildSearchIndex).
    const indexed = options.rebuildSearch === false ? 0 : await rebuildSearch(trx, store);
    if (store.dialect === 'postgres') await advanceSequences(trx, tables);
    return { header: header!, rows, indexed };
  });
}

function progress(section: { name: string; seen: number; expected: number } | undefined): string {
  return section === undefined ? '' : `, bij rij ${section.seen} van ${section.expected} van tabel ${section.name}`;
}

type TableColumns = Map<string, readonly ColumnMetadata[]>;

/**
 * The columns of every table, from the database itself. A backup refuses a database with a
 * table tables.ts does not know (it would be left out silently); both need every listed one.
 */
async function describeTables(db: Kysely<Database>, purpose: 'backup' | 'restore'): Promise<TableColumns> {
  const found = (await db.introspection.getTables()).filter((t) => !t.isView);
  if (purpose === 'backup') {
    const unknown = found.filter((t) => listedTableOf(t.name) === undefined).map((t) => t.name);
    if (unknown.length > 0)
      throw new BackupError(`de databank heeft tabellen die Weegschaal niet kent: ${unknown.join(', ')}; een backup zou ze missen (src/store/tables.ts)`);
  }
  const map: TableColumns = new Map(found.map((t) => [t.name, t.columns]));
  // A restore at an older backup's level has only the tables of that level (later migrations make the rest).
  if (purpose === 'backup')
    for (const table of BACKED_UP_TABLES)
      if (!map.has(table.name)) throw new BackupError(`tabel ${table.name} ontbreekt in de databank; zijn de migraties gelopen?`);
  return map;
}

function columnsOf(tables: TableColumns, name: string): readonly ColumnMetadata[] {
  return tables.get(name) ?? [];
}

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)} order by name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Migrations that only add indexes, or tables a backup does not hold (0008, the login
 * counters; 0018, my-work's rows, rebuilt on restore; 0025, a counter of changes): the rows of a backup made just before them are the rows this database expects,
 * so such a backup restores (the indexes fill as rows go in).
 */
export const INDEX_ONLY_MIGRATIONS: ReadonlySet<string> = new Set(['0006-account-indexes', '0008-login-attempts', '0011-list-indexes', '0018-fube-work', '0019-list-title-indexes', '0025-reference-version', '0026-search-pending-list']);

/**
 * Migrations that change no table, only the text in rows (0007 cleans it): a backup made
 * without them holds the rows this database expects, and restore cleans them the same way.
 */
export const TEXT_ONLY_MIGRATIONS: ReadonlySet<string> = new Set(['0007-clean-text']);

/** The backup's migrations are this database's, or its first ones followed only by index-only ones. */
function restorableLevel(backup: readonly string[], all: readonly string[]): boolean {
  const database = all.filter((name) => backup.includes(name) || !TEXT_ONLY_MIGRATIONS.has(name));
  if (backup.length > database.length || backup.some((name, i) => database[i] !== name)) return false;
  return database.slice(backup.length).every((name) => INDEX_ONLY_MIGRATIONS.has(name));
}

/** The header, checked against this database: same migrations (or index-only ones after), known tables and columns. */
function checkHeader(value: unknown, migrations: string[], tables: TableColumns, fail: (message: string) => never): BackupHeader {
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT)
    return fail(`geen Weegschaal-backup (de eerste regel heeft geen "format": "${BACKUP_FORMAT}")`);
  if ((value as { version?: unknown }).version !== BACKUP_VERSION)
    return fail(`backupformaat versie ${JSON.stringify((value as { version?: unknown }).version)} wordt niet ondersteund; deze Weegschaal leest versie ${BACKUP_VERSION}`);
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`kop van de backup: ${issue.path.join('.') || '(geheel)'}: ${issue.message}`);
  }
  const header = parsed.data;
  const level = (list: string[]) => list.at(-1) ?? '(geen)';
  const newer = header.migrations.filter((m) => !migrations.includes(m));
  if (newer.length > 0)
    return fail(`de backup komt van een nieuwere Weegschaal (databankversie ${level(header.migrations)}; deze kent tot ${level(migrations)}): werk Weegschaal eerst bij`);
  if (!restorableLevel(header.migrations, migrations))
    return fail(
      `de backup heeft databankversie ${level(header.migrations)}, deze databank ${level(migrations)}: ` +
        'zet ze terug met de Weegschaal-versie die de backup maakte en werk die databank daarna bij',
    );
  const names = header.tables.map((t) => t.name);
  // The tables of the database at the backup's level (a newer table is made by a later migration).
  const expected = BACKED_UP_TABLES.filter((t) => tables.has(t.name)).map((t) => t.name);
  if (JSON.stringify(names) !== JSON.stringify(expected)) return fail(`kop van de backup: tabellen ${names.join(', ')}; verwacht ${expected.join(', ')}`);
  for (const table of header.tables) {
    const target = columnsOf(tables, table.name);
    const unknown = table.columns.filter((c) => !target.some((t) => t.name === c));
    if (unknown.length > 0) return fail(`kop van de backup: tabel ${table.name} heeft kolommen die de databank niet kent: ${unknown.join(', ')}`);
    const missing = target.filter((t) => !table.columns.includes(t.name) && !t.isNullable && !t.hasDefaultValue && !t.isAutoIncrementing);
    if (missing.length > 0) return fail(`kop van de backup: tabel ${table.name} mist verplichte kolommen: ${missing.map((c) => c.name).join(', ')}`);
  }
  return header;
}

async function refuseUnlessEmpty(trx: Kysely<Database>, tables: TableColumns): Promise<void> {
  const filled: string[] = [];
  for (const table of STORE_TABLES) {
    if (!tables.has(table.name) && table.name !== 'fube_search') continue;
    const [row] = (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(trx)).rows;
    const n = Number(row?.n ?? 0);
    if (n > 0) filled.push(`${table.name} ${n}`);
  }
  if (filled.length > 0)
    throw new BackupError(
      `de doeldatabank is niet leeg (${filled.join(', ')} rijen): een backup wordt alleen in een lege databank teruggezet, nooit samengevoegd; ` +
        'gebruik een nieuw SQLite-bestand of een nieuwe, lege PostgreSQL-databank',
    );
}

/** The rows of a table in key order, a page at a time (keyset paging: no OFFSET scans). */
async function* readPages(trx: Kysely<Database>, table: StoreTable, columns: string[]): AsyncGenerator<Record<string, unknown>[]> {
  const keys = sql.join(table.order.map((k) => sql.ref(k)));
  let after: unknown[] | undefined;
  for (;;) {
    const where: RawBuilder<unknown> = after === undefined ? sql`` : sql`where (${keys}) > (${sql.join(after)})`;
    const { rows } = await sql<Record<string, unknown>>`select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table.name)}
      ${where} order by ${keys} limit ${PAGE}`.execute(trx);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = table.order.map((k) => last[k]);
  }
}

/** A value as the file holds it: JSON columns (jsonb, parsed by pg) as their JSON text. */
function encodeValue(value: unknown, json: boolean, table: string, column: string): string | number | null {
  if (value === null || value === undefined) return null;
  if (json) return JSON.stringify(value);
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (typeof value === 'bigint') return Number(value);
  throw new BackupError(`tabel ${table}, kolom ${column}: waarde van type ${typeof value} kan niet in een backup`);
}

/** Orders rows so that a row's parent (same table) comes before it. */
function parentsFirst(rows: Record<string, unknown>[], id: string, parent: string): Record<string, unknown>[] {
  const placed = new Set<unknown>();
  const ordered: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const waiting = pending.filter((row) => {
      if (row[parent] !== null && !placed.has(row[parent])) return true;
      ordered.push(row);
      placed.add(row[id]);
      return false;
    });
    // A cycle or a missing parent cannot be ordered; the restore's foreign key check names it.
    if (waiting.length === pending.length) return [...ordered, ...waiting];
    pending = waiting;
  }
  return ordered;
}

/** The search index is derived from the FUBE rows (and stored differently per database). */
/** Writes every search row (and my-work's rows) again, in one transaction: after a restore at an older level and its migrations. */
export function rebuildSearchIndex(store: StoreContext): Promise<number> {
  return store.transaction((trx) => rebuildSearch(trx, store));
}

/**
 * The migrations of a backup file, from its first line; undefined when the file does not
 * start like a backup (restore then says exactly what is wrong).
 */
export async function backupMigrations(file: string): Promise<string[] | undefined> {
  for await (const text of readLines(file)) {
    if (measureJson(text, PARSE_LIMITS.backupLine) !== undefined) return undefined;
    try {
      const value = JSON.parse(text) as { migrations?: unknown };
      return Array.isArray(value.migrations) && value.migrations.every((m) => typeof m === 'string') ? (value.migrations as string[]) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

async function rebuildSearch(trx: Kysely<Database>, store: StoreContext): Promise<number> {
  const fubes = STORE_TABLES.find((t: StoreTable) => t.name === 'fubes')!;
  // my-work's rows are derived from the FUBEs too (decision 0030).
  await rebuildWork(trx);
  let indexed = 0;
  // In creation order, as the migration that builds the index does.
  for await (const page of readPages(trx, fubes, [...fubes.order])) {
    for (let i = 0; i < page.length; i += SEARCH_BATCH) await store.searchIndex.index(trx, page.slice(i, i + SEARCH_BATCH).map((row) => row.id as string));
    indexed += page.length;
  }
  return indexed;
}

/** PostgreSQL serial columns: the next id follows the highest restored one. */
async function advanceSequences(trx: Kysely<Database>, tables: TableColumns): Promise<void> {
  for (const table of BACKED_UP_TABLES)
    for (const column of columnsOf(tables, table.name).filter((c) => c.isAutoIncrementing)) {
      const ref = sql.ref(column.name);
      await sql`select setval(pg_get_serial_sequence(${table.name}, ${column.name}), coalesce(max(${ref}), 0) + 1, false) from ${sql.table(table.name)}`.execute(trx);
    }
}

/** The lines of a gzipped file; a read or gunzip error ends the iteration with that error. */
async function* readLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip).setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      // A line longer than any backup writes (a damaged or hostile file) is not buffered on.
      if (rest.length > PARSE_LIMITS.backupLine.maxChars) throw new BackupError(`${file}: een regel is langer dan ${PARSE_LIMITS.backupLine.maxChars} tekens`);
      yield* parts;
    }
  } finally {
    input.destroy();
  }
  if (rest !== '') yield rest;
}
