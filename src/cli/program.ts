import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { commandGroups } from './commands/index.js';
import { useDutchHelp } from './dutch-help.js';
import { io } from './io.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The `weegschaal` program with every command group of commands/index.ts registered. */
export function buildProgram(): Command {
  const program = new Command('weegschaal')
    .description('Weegschaal: functieclassificatie voor de Vlaamse overheid (functiefamilies, weging, functiebeschrijvingen).')
    .version(packageJson.version, '-V, --version', 'toon het versienummer')
    // Root options only before the command, so commands may have their own --version.
    .enablePositionalOptions()
    // Usage errors become exceptions, so run.ts can give them exit code 2.
    .exitOverride();
  useDutchHelp(program);
  // Help, version and usage errors go to this run's streams (io.ts), as the commands' output does.
  program.configureOutput({ writeOut: (text) => io().stdout.write(text), writeErr: (text) => io().stderr.write(text) });
  for (const register of commandGroups) register(program);
  return program;
}
