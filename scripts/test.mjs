#!/usr/bin/env node
// `npm test`: typecheck (TypeScript 7), lint and every vitest project (unit, property, API, PostgreSQL,
// browser). Typecheck and lint run beside the tests' first part (which waits much of its time
// on PostgreSQL and on the processes it starts); their output is printed when the tests are
// done. Prints the time of each step, of each vitest project and of the 10 slowest test files
// (scripts/timing-reporter.mjs), then one plain summary line — `tests: N passed, N failed` —
// that CI reads, and exits non-zero on any failure (or, with CI=true, on any skipped test).
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const extra = process.argv.slice(2);
const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** A step in the foreground (not blocking this process, which reads the background steps). */
async function step(name, cmd, args) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', shell: false });
    child.on('error', () => resolve(1));
    child.on('close', resolve);
  });
  console.log(`== ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${seconds(started)})`);
  return code === 0;
}

/** A step run in the background, its output kept; `report()` prints it and its time. */
function backgroundStep(name, cmd, args) {
  const started = Date.now();
  let output = '';
  let time = '';
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
  child.stdout.setEncoding('utf8').on('data', (d) => (output += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (output += d));
  const done = new Promise((resolve) => {
    child.on('error', (error) => {
      output += `${error.message}\n`;
      resolve(1);
    });
    child.on('close', (code) => {
      time = seconds(started);
      resolve(code);
    });
  });
  return {
    async report() {
      const code = await done;
      console.log(`\n== ${name}: ${cmd} ${args.join(' ')} (beside the tests)`);
      if (output !== '') process.stdout.write(output);
      console.log(`== ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${time})`);
      return code === 0;
    },
  };
}

/**
 * The tests' temporary files (SQLite databases, Chromium profiles, bundles of uploads) in memory
 * where the system has a RAM-backed folder (Linux's /dev/shm): they are thrown away after the
 * run, and on a slow disk every SQLite commit and checkpoint waited for it (decision 0015).
 * A TMPDIR set by the caller is kept.
 */
function memoryTmpdir() {
  if (process.env.TMPDIR !== undefined || process.platform !== 'linux') return undefined;
  try {
    accessSync('/dev/shm', constants.W_OK);
    return mkdtempSync('/dev/shm/weegschaal-test-');
  } catch {
    return undefined;
  }
}
const tmp = memoryTmpdir();
if (tmp !== undefined) {
  process.env.TMPDIR = tmp;
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  console.log(`temporary files of the tests: ${tmp}`);
}

const bin = (name) => `node_modules/.bin/${name}`;
let ok = true;
const checks =
  extra.length === 0
    ? [
        // TypeScript 7 (the native compiler; TypeScript 6 stays for typescript-eslint), single-threaded:
        // beside the tests every core is busy, and one checker costs the least CPU (decision 0070).
        backgroundStep('typecheck', process.execPath, ['node_modules/typescript7/bin/tsc', '--noEmit', '-p', 'tsconfig.json', '--singleThreaded']),
        backgroundStep('lint', bin('eslint'), ['.', '--max-warnings=0']),
      ]
    : [];
rmSync(report, { force: true });
const vitestOk = await step('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--reporter=./scripts/timing-reporter.mjs',
  `--outputFile.json=${report}`,
  ...extra,
]);
ok = vitestOk && ok;
for (const check of checks) ok = (await check.report()) && ok;

let passed = 0;
let failed = 1;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + r.numTodoTests;
  if (r.numFailedTestSuites > 0 && failed === 0) failed = r.numFailedTestSuites;
}
if (process.env.CI === 'true' && skipped > 0) {
  console.error(`CI=true: ${skipped} skipped test(s) count as failures`);
  ok = false;
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
