import type { Command } from 'commander';
import { registerBackupCommands } from './backup.js';
import { registerCalendarCommands } from './calendar.js';
import { registerFamilyCommands } from './family.js';
// Suggestions from old function descriptions (issue 17 item 3): `fube suggest`.
import { registerFubeCommands } from './fube.js';
import { registerProfileCommand } from './profile.js';
import { registerDbCommands } from './db.js';
import { registerExportCommands } from './export.js';
import { registerImportCommands } from './import.js';
// Pay transparency (issue 16): `pay analyse|import|periods|delete`, in one group.
import { registerPayCommands } from './pay.js';
import { registerServeCommand } from './serve.js';
import { registerUserCommands } from './user.js';
import { registerWeighCommand } from './weigh.js';

/**
 * Every command group of the CLI. Adding a command: write `commands/<name>.ts` exporting a
 * `register...(program)` function and add it to this list. In it:
 * - `program.command('name')` inherits the Dutch help, exit codes and error output;
 * - shared options come from ../options.ts (`addDatabaseOptions` + `databaseTarget` for
 *   --db/--database-url, `formatOption`, `familyIdOption`, `positiveInteger`, ...);
 * - write and read through `io()` (../io.ts), never `process.stdout`/`stdin` directly: the
 *   tests run commands in their own process, on their own streams;
 * - report failures by throwing `CliError` (../cli-error.ts): Dutch lines on stderr, exit 1
 *   (or EXIT_USAGE = 2);
 * - import heavy modules (server, database drivers) inside the action with `await import()`,
 *   so every other command keeps starting fast.
 */
export type RegisterCommands = (program: Command) => void;

export const commandGroups: readonly RegisterCommands[] = [registerFamilyCommands, registerFubeCommands, registerWeighCommand, registerProfileCommand, registerServeCommand, registerDbCommands, registerUserCommands, registerExportCommands, registerImportCommands, registerBackupCommands, registerCalendarCommands, registerPayCommands];
