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

/**
 * Copies the demo database of `kind` to `target` and returns what loading it reported. `build`
 * writes the database to the file it is given and closes it; it runs once per worker and kind,
 * so everything it depends on must be in `kind` (the demo's date, the clock, the extras).
 */
export async function demoCopy(kind: string, build: (file: string) => Promise<DemoResult>, target: string): Promise<DemoResult> {
  let entry = kept.get(kind);
  if (entry === undefined) {
    if (folder === undefined) {
      const made = mkdtempSync(join(tmpdir(), 'weegschaal-demo-'));
      folder = made;
      process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    }
    const file = join(folder, `demo-${kept.size}.db`);
    entry = build(file).then((demo) => ({ file, demo }));
    kept.set(kind, entry);
    // A failed build is not kept: the next suite tries again and reports its own error.
    entry.catch(() => kept.delete(kind));
  }
  const { file, demo } = await entry;
  copyFileSync(file, target);
  return structuredClone(demo);
}

/** Today in Brussels: a demo dated by the real clock is the same all day (its deadlines count days). */
export const brusselsToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
