import type { Command } from 'commander';
import { addDatabaseOptions, databaseTarget } from '../options.js';
import { io } from '../io.js';

/** `weegschaal db init`: creates or updates the schema; a new database gets the families. */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('de databank beheren');
  const init = db
    .command('init')
    .description('de databank aanmaken of bijwerken; een nieuwe databank krijgt de functiefamilies (en met --demo demogegevens)')
    .option('--demo', 'demogegevens laden als de databank leeg is', false);
  addDatabaseOptions(init).action(async (options: { demo: boolean }) => {
    const target = databaseTarget(init);
    // Loaded here, not at the top: the server's dependencies would slow every other command's start.
    const { prepareDatabase } = await import('../../server/serve.js');
    const prepared = await prepareDatabase(target.kind === 'postgres' ? { databaseUrl: target.url } : { file: target.file }, { demo: options.demo });
    try {
      const out = (line: string) => io().stdout.write(`${line}\n`);
      out(`databank klaar: ${target.kind === 'postgres' ? 'PostgreSQL' : target.file}`);
      for (const line of prepared.messages) out(line);
      if (prepared.familiesLoaded.length > 0) out(`families geladen en gepubliceerd: ${prepared.familiesLoaded.join(', ')}`);
      if (prepared.demo?.loaded === true) {
        const states = Object.entries(prepared.demo.states).map(([state, n]) => `${state} ${n}`).join(', ');
        out(`demogegevens geladen: ${prepared.demo.fubes} functiebeschrijvingen (${states}); ${prepared.demo.logins.length} demo-aanmeldingen, wachtwoord 'demo'${prepared.demo.pay !== undefined ? `; loongegevens ${prepared.demo.pay.period}: ${prepared.demo.pay.records} personen` : ''}`);
      }
    } finally {
      await prepared.store.close();
    }
  });
}
