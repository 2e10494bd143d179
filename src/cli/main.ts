import { runCli } from './run.js';

// Set, not process.exit(): buffered stdout must be written out before the process ends.
process.exitCode = await runCli(process.argv.slice(2));
