import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { addDatabaseOptions } from '../options.js';
import { checkOutputFile, forceOption } from '../output-file.js';
import { withCommandStore } from './export.js';
import { io } from '../io.js';

/**
 * `weegschaal backup -o <file>` and `weegschaal restore <file>`: the whole database in one
 * portable file (gzipped JSON Lines, docs/backup.md), restorable into SQLite or PostgreSQL.
 * The work is in src/store/backup.ts; this only reports.
 */
export function registerBackupCommands(program: Command): void {
  const backup = program
    .command('backup')
    .description(
      'schrijf een consistente momentopname van de hele databank naar één bestand (gzip, JSON Lines), ' +
        'terug te zetten in SQLite of PostgreSQL; aanmeldsessies horen er niet bij',
    )
    .requiredOption('-o, --output <bestand>', 'het backupbestand, bv. weegschaal-2026-11-03.jsonl.gz (wordt pas op het einde onder die naam gezet)');
  backup.addOption(forceOption());
  addDatabaseOptions(backup).action(async (options: { output: string; force?: boolean }) => {
    await checkOutputFile(backup, options.output, options.force);
    const started = performance.now();
    const { BackupError, writeBackupFile } = await import('../../store/backup.js');
    const summary = await withCommandStore(backup, (store) =>
      writeBackupFile(store, options.output, { onTable: (table, rows) => void io().stderr.write(`backup: ${table}: ${rowCount(rows)}\n`) }),
    ).catch((error: unknown) => {
      throw error instanceof BackupError ? new CliError([error.message, 'geen backup geschreven']) : error;
    });
    const { header, rows } = summary;
    io().stderr.write(
      `backup geschreven naar ${options.output}: ${header.tables.length} tabellen, ${rowCount(rows)}, ` +
        `databankversie ${header.migrations.at(-1) ?? '-'} (${header.dialect}), in ${seconds(started)} s\n`,
    );
  });

  const restore = program
    .command('restore')
    .description(
      'zet een backup (van "weegschaal backup") terug in een lege databank, in één transactie: ' +
        'een beschadigd of afgekapt bestand verandert niets. Een databank met gegevens wordt geweigerd.',
    )
    .argument('<bestand>', 'het backupbestand');
  addDatabaseOptions(restore).action(async (file: string) => {
    const started = performance.now();
    try {
      await access(file);
    } catch (error) {
      throw new CliError([`${file}: kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
    }
    const { BackupError, backupMigrations, rebuildSearchIndex, restoreBackupFile } = await import('../../store/backup.js');
    const { knownMigrations } = await import('../../store/index.js');
    // A backup of an older Weegschaal is written at its own level, then brought up to date by
    // the same migrations that update a live database.
    const [levels, known] = await Promise.all([backupMigrations(file), knownMigrations()]);
    const older = levels !== undefined && levels.length > 0 && levels.length < known.length && levels.every((name, i) => known[i] === name);
    const onTable = (table: string, rows: number) => void io().stderr.write(`terugzetten: ${table}: ${rowCount(rows)}\n`);
    const summary = await withCommandStore(
      restore,
      async (store) => {
        const restored = await restoreBackupFile(store, file, { onTable, rebuildSearch: !older });
        if (!older) return restored;
        await store.migrateToLatest();
        io().stderr.write(`databank bijgewerkt van ${levels.at(-1)} naar ${known.at(-1)}\n`);
        return { ...restored, indexed: await rebuildSearchIndex(store) };
      },
      older ? { migrateTo: levels.at(-1) } : {},
    ).catch((error: unknown) => {
      throw error instanceof BackupError ? new CliError([error.message, 'niets teruggezet: de databank is ongewijzigd']) : error;
    });
    const { header, rows, indexed } = summary;
    io().stderr.write(
      `teruggezet uit ${file} (backup van ${header.createdAt}, ${header.dialect}): ${header.tables.length} tabellen, ${rowCount(rows)}, ` +
        `zoekindex van ${indexed} FUBEs opgebouwd, in ${seconds(started)} s\n`,
    );
  });
}

const rowCount = (n: number) => `${n} ${n === 1 ? 'rij' : 'rijen'}`;
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);
