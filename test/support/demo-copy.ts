import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoResult } from '../../src/store/demo.js';

/**
 * Demo databases made once per test worker and kind, copied for every suite that asks for one.
 * Loading the demo (people, accounts with scrypt hashes, 50 FUBEs weighed and moved through
 * the procedure) costs about 0.4 s of CPU, and some 70 suites did it anew on identical
 * arguments (decision 0015). A copy of the SQLite file is the same database as a new load: each
 * caller still gets its own file, and nothing a suite writes reaches the kept one.
 */
const kept = new Map<string, Promise<{ file: string; demo: DemoResult }>>();
let folder: string | undefined;
let made = 0;

/**
 * Copies the demo database of `kind` to `target` and returns what loading it reported. `build`
 * writes the database to the file it is given and closes it; it runs once per worker and kind,
 * so everything it depends on must be in `kind` (the demo's date, the clock, the extras).
 */
export async function demoCopy(kind: string, build: (file: string) => Promise<DemoResult>, target: string): Promise<DemoResult> {
  let entry = kept.get(kind);
  if (entry === undefined) {
    if (folder === undefined) {
      const created = mkdtempSync(join(tmpdir(), 'weegschaal-demo-'));
      folder = created;
      process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    }
    // A file of its own for every build, also for one after a failed build.
    const file = join(folder, `demo-${made++}.db`);
    entry = build(file).then((demo) => ({ file, demo }));
    kept.set(kind, entry);
    // A failed build is not kept: the next suite tries again and reports its own error.
    entry.catch(() => kept.delete(kind));
  }
  const { file, demo } = await entry;
  copyFileSync(file, target);
  return structuredClone(demo);
}
