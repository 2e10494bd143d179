import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { runCli as runCommand } from '../../src/cli/run.js';

/**
 * Runs the real `weegschaal` command. By default inside the test's own process, on its own
 * streams (src/cli/io.ts): the same program, options, output and exit code as from a shell,
 * without a start of Node per command (0.4 s of CPU each; decision 0015). With `program` or
 * `cwd` it starts a process instead: this run's bundle (test/support/programs.ts), or
 * bin/weegschaal.mjs itself (test/cli/startup.test.ts), as a user would.
 */

/** bin/weegschaal.mjs, the command as installed. */
export const BIN = fileURLToPath(new URL('../../bin/weegschaal.mjs', import.meta.url));
/** The command of this run's bundle. */
export const CLI = inject('programs').cli;
export const SEED_ID = 'organisatieondersteunende-functies';
export const SEED_FILE = fileURLToPath(new URL(`../../families/${SEED_ID}.yaml`, import.meta.url));

/**
 * A command takes a fraction of a second, but tests that run several keep room for a machine
 * whose two cores are shared with other test files.
 */
export const CLI_TIMEOUT = 180_000;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string;
  /** Start this program as a process: this run's bundle (CLI) or BIN. */
  program?: string;
  /** Variables to set (or, with undefined, to remove) for this command. */
  env?: Record<string, string | undefined>;
  /** Start the command as a process in this folder. */
  cwd?: string;
}

export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  if (options.program !== undefined || options.cwd !== undefined) return spawnCli(args, options);
  // One at a time: a command reads its options' variables from process.env, set around it.
  const run = queue.then(() => runInProcess(args, options));
  queue = run.catch(() => {});
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

/** A stream that keeps what is written to it, as a pipe to the test would. */
class Collected extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

async function runInProcess(args: string[], options: CliRunOptions): Promise<CliRun> {
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin, 'utf8')], { objectMode: false });
  const stdout = new Collected();
  const stderr = new Collected();
  const variables = { NO_COLOR: '1', ...options.env };
  const saved = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  set(variables);
  try {
    const code = await runCommand(args, { stdin, stdout, stderr });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    set(saved);
  }
}

function spawnCli(args: string[], options: CliRunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
    const child = spawn(process.execPath, [options.program ?? CLI, ...args], { cwd: options.cwd ?? process.cwd(), env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the command may end before reading all of stdin
    child.stdin.end(options.stdin ?? '');
  });
}

/** A folder of family files for WEEGSCHAAL_FAMILIES_DIR; removed by `cleanup`. */
export async function familiesFolder(files: Record<string, string>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'weegschaal-families-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content, 'utf8');
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A small family unlike the seed (three levels, classes 10, 11/12, 13; a reconstructed span;
 * an RG value), so tests show the CLI reads whatever family the folder holds.
 */
export function smallFamilyYaml(version = 1, name = 'Kleine testfamilie'): string {
  return `id: kleine-familie
name: ${name}
version: ${version}
source: Testgegevens voor de opdrachtregel.
purpose:
  what: Dossiers behandelen
  goal: burgers snel te helpen.
scopeNotes:
  - Alleen voor tests.
levels:
  - { level: 1, classes: [10] }
  - { level: 2, classes: [11, 12] }
  - { level: 3, classes: [13] }
resultAreas:
  - id: dossierbehandeling
    title: Dossierbehandeling
    what: Dossiers behandelen
    goal: tijdig te beslissen.
    activities: [Dossiers nakijken, Beslissingen voorbereiden]
criteria:
  - id: zelfstandigheid
    name: Zelfstandigheid
    values:
      - { text: Werkt onder begeleiding, from: 1, to: 1 }
      - { text: Werkt zelfstandig, from: 2, to: 2 }
      - { text: Begeleidt anderen, from: 3, to: 3, rg: true }
  - id: reikwijdte
    name: Reikwijdte
    values:
      - { text: Eigen dossiers, from: 1, to: 2, confidence: reconstructed }
      - parts: { join: or, items: [Dossiers van de afdeling, Dossiers van de entiteit] }
        from: 3
        to: 3
expertise:
  instruction: Maak de kennis functie- en entiteitsspecifiek.
  levels:
    - { level: 1, knowledge: Basiskennis, educationAndExperience: Bachelor }
    - { level: 2, knowledge: Grondige kennis, educationAndExperience: Master }
    - { level: 3, knowledge: Expertkennis, educationAndExperience: Master met ervaring }
competencies:
  - id: samenwerken
    name: Samenwerken
    definition: Samen met anderen werken.
    levels: [{ level: 1, text: Werkt mee }, { level: 2, text: Stimuleert samenwerking }]
    required: { "10": 1, "11": 1, "12": 2, "13": 2 }
  - id: plannen
    name: Plannen
    definition: Werk vooruit plannen.
    levels: [{ level: 1, text: Plant eigen werk }]
    required: { "13": 1 }
    confidence: reconstructed
`;
}
