import { runCli } from './run.js';

// A reader that stops early (`weegschaal weigh ... | head`) closes the pipe: stop quietly
// with the code a shell gives a process ended by SIGPIPE (128 + 13), as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(141);
  throw error;
});

// Set, not process.exit(): buffered stdout must be written out before the process ends.
process.exitCode = await runCli(process.argv.slice(2));
