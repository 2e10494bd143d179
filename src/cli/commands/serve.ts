import { type Command, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { io } from '../io.js';
import { addDatabaseOptions, databaseTarget, positiveInteger } from '../options.js';

/** `weegschaal serve`: the API and the web app on one port, until Ctrl+C. */
export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description('start de webtoepassing en de API (een nieuwe databank krijgt de functiefamilies)')
    .addOption(new Option('--port <n>', 'poort').argParser(positiveInteger).env('PORT').default(3000))
    .addOption(new Option('--host <adres>', 'netwerkadres om op te luisteren').env('HOST').default('127.0.0.1'))
    .option('--demo', 'demogegevens laden in een nieuwe, lege databank', false)
    .option('--build', 'de webapp eerst bouwen als dist/web ontbreekt of verouderd is', false);
  addDatabaseOptions(command).action(async (options: { port: number; host: string; demo: boolean; build: boolean }) => {
    const target = databaseTarget(command);
    // Loaded here, not at the top: the server's dependencies would slow every other command's start.
    const { serve } = await import('../../server/serve.js');
    const server = await serve({
      ...(target.kind === 'postgres' ? { databaseUrl: target.url } : { file: target.file }),
      port: options.port,
      host: options.host,
      demo: options.demo,
      build: options.build,
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === 'EADDRINUSE')
        throw new CliError([`poort ${options.port} op ${options.host} is al in gebruik; kies een andere met --port`]);
      throw error;
    });
    const stop = () => {
      io().stdout.write('Weegschaal stopt...\n');
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
