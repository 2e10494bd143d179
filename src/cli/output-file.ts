import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { CliError, EXIT_USAGE } from './cli-error.js';
import { databaseTarget } from './options.js';

/** `--force`: overwrite an existing output file (never the database in use). */
export const forceOption = () => new Option('--force', 'een bestaand uitvoerbestand overschrijven');

const statOf = async (path: string) => stat(path).catch(() => undefined);

/**
 * Checks an output file before any work is done (issue 11: `export fubes -o <db> --db <db>`
 * overwrote the live database and exited 0): the folder must exist (one Dutch line, exit
 * 2, no stack trace); the file must not be the SQLite database in use or one of its WAL
 * files (same device and inode, so links and other spellings count too); an existing file
 * is only overwritten with `--force`.
 */
export async function checkOutputFile(command: Command, file: string | undefined, force: boolean | undefined): Promise<void> {
  if (file === undefined || file === '-') return;
  const path = resolve(file);
  const folder = await statOf(dirname(path));
  if (folder === undefined || !folder.isDirectory()) throw new CliError([`de map ${dirname(file)} bestaat niet: maak ze eerst aan`], EXIT_USAGE);
  const existing = await statOf(path);
  if (existing === undefined) return;
  const target = databaseTarget(command);
  if (target.kind === 'sqlite') {
    for (const databaseFile of [target.file, `${target.file}-wal`, `${target.file}-shm`]) {
      const database = await statOf(resolve(databaseFile));
      if (database !== undefined && database.dev === existing.dev && database.ino === existing.ino)
        throw new CliError([`${file} is de databank die in gebruik is (${target.file}): kies een ander uitvoerbestand`], EXIT_USAGE);
    }
  }
  if (existing.isDirectory()) throw new CliError([`${file} is een map: geef een bestandsnaam`], EXIT_USAGE);
  if (force !== true) throw new CliError([`${file} bestaat al: geef --force om het te overschrijven`], EXIT_USAGE);
}
