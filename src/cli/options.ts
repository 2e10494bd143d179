import { type Command, InvalidArgumentError, Option } from 'commander';
import { CliError, EXIT_USAGE } from './cli-error.js';

/**
 * Option handling shared by the commands, so that the same option reads, checks and
 * defaults the same way everywhere.
 */

/** Parser for whole numbers >= 1 (versions, classes); a wrong value is a usage error. */
export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('verwacht een geheel getal vanaf 1.');
  return Number(value);
}

export type OutputFormat = 'text' | 'json';

/** `--format text|json`, default text. */
export function formatOption(): Option {
  return new Option('--format <formaat>', 'uitvoerformaat').choices(['text', 'json']).default('text');
}

/** `--version <n>` of a family; without it the highest version in the families folder. */
export function familyVersionOption(): Option {
  return new Option('--version <n>', 'versie van de functiefamilie (standaard de hoogste)').argParser(positiveInteger);
}

/** `--family <id>`, required. */
export function familyIdOption(): Option {
  return new Option('--family <id>', 'id van de functiefamilie (zie "weegschaal family list")').makeOptionMandatory();
}

/** Where the database is: a SQLite file or a PostgreSQL URL (for store-backed commands). */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

// The default, the same file the store opens without options.
export const DEFAULT_DATABASE_FILE = 'data/weegschaal.db';

/**
 * Adds `--db <file>` and `--database-url <url>` (also read from WEEGSCHAAL_DB and
 * DATABASE_URL) to a command. Read the result in the action with `databaseTarget(command)`.
 */
export function addDatabaseOptions(command: Command): Command {
  return command
    .addOption(new Option('--db <bestand>', `SQLite-databankbestand (standaard ${DEFAULT_DATABASE_FILE})`).env('WEEGSCHAAL_DB'))
    .addOption(new Option('--database-url <url>', 'PostgreSQL-verbinding, bv. postgres://gebruiker@host:5432/weegschaal').env('DATABASE_URL'));
}

/**
 * The database a command works on. An option on the command line wins over the
 * environment (so `--db x.sqlite` works with DATABASE_URL set); giving both options is a
 * usage error; without either, the default SQLite file.
 */
export function databaseTarget(command: Command): DatabaseTarget {
  const { db, databaseUrl } = command.opts<{ db?: string; databaseUrl?: string }>();
  const fromCli = (key: string) => command.getOptionValueSource(key) === 'cli';
  if (fromCli('db') && fromCli('databaseUrl'))
    throw new CliError(['geef --db of --database-url, niet allebei'], EXIT_USAGE);
  const url = databaseUrl?.trim();
  const useUrl = url !== undefined && url !== '' && (fromCli('databaseUrl') || !fromCli('db'));
  if (useUrl) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new CliError([`--database-url moet beginnen met postgres:// of postgresql:// (gekregen: '${url}')`], EXIT_USAGE);
    return { kind: 'postgres', url };
  }
  const file = db?.trim();
  return { kind: 'sqlite', file: file !== undefined && file !== '' ? file : DEFAULT_DATABASE_FILE };
}
