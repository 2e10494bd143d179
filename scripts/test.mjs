#!/usr/bin/env node
// `npm test`: typecheck, lint, then every vitest project (unit, property, API, PostgreSQL,
// browser). Prints the time of each step, of each vitest project and of the 10 slowest test
// files (scripts/timing-reporter.mjs), then one plain summary line — `tests: N passed, N
// failed` — that CI reads, and exits non-zero on any failure (or, with CI=true, on any
// skipped test).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const extra = process.argv.slice(2);

function step(name, cmd, args) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  console.log(`== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

const bin = (name) => `node_modules/.bin/${name}`;
let ok = true;
if (extra.length === 0) {
  ok = step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) && ok;
  ok = step('lint', bin('eslint'), ['.', '--max-warnings=0']) && ok;
}
rmSync(report, { force: true });
const vitestOk = step('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--reporter=./scripts/timing-reporter.mjs',
  `--outputFile.json=${report}`,
  ...extra,
]);
ok = vitestOk && ok;

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
