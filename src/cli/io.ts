import { AsyncLocalStorage } from 'node:async_hooks';
import type { Readable, Writable } from 'node:stream';

/**
 * Where a command reads its input and writes its output. A command started from the shell
 * uses the process's own streams; `runCli(argv, io)` can hand it others, so the tests run
 * commands inside their own process (a start of the command costs about 0.4 s of CPU, and the
 * suite runs ~150 of them: decision 0015). Commands write through `io()`, never through
 * `process.stdout` directly.
 *
 * The environment stays `process.env`: Commander reads the options' environment variables
 * (`--db` from WEEGSCHAAL_DB) from there.
 */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean; columns?: number };
}

// Getters: touching `process.stdin` opens it, which only commands that read it should do.
const processIo: CliIo = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
};

// Async-local rather than a parameter of every command: the streams are the command's
// surroundings, like the process's own, and several runs may be in flight in one process.
const current = new AsyncLocalStorage<CliIo>();

/** The streams of the command being run (the process's own outside `runCli`). */
export function io(): CliIo {
  return current.getStore() ?? processIo;
}

/** Runs `fn` with `streams` as the command's streams. */
export function withIo<T>(streams: CliIo | undefined, fn: () => Promise<T>): Promise<T> {
  return streams === undefined ? fn() : current.run(streams, fn);
}
