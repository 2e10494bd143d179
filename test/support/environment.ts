import { existsSync } from 'node:fs';
import pg from 'pg';

// Suites that need PostgreSQL or Chromium skip loudly when these are missing locally, and
// fail with CI=true (a skip in CI hides a broken install step).

/**
 * Debian's Chromium: its headless shell (package chromium-headless-shell, the same Blink and V8
 * without the desktop browser around them, as Playwright itself runs headless) when installed,
 * else the browser itself. The shell used about a fifth less CPU over the browser suites
 * (decision 0015). `CHROMIUM_PATH` chooses another binary.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');

/** The desktop browser itself (unless `CHROMIUM_PATH` says otherwise), for the first-load bench: what people open the app in. */
export const CHROMIUM_BROWSER_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function postgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL;
}

/** The server the PostgreSQL suites create their databases on. */
export const POSTGRES_ADMIN_URL = postgresUrl() ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether that server answers (suites skip loudly, or fail with CI=true, when it does not). */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Call at module level of a suite: returns true when the suite must be skipped. */
export function skipUnless(available: boolean, what: string, how: string): boolean {
  if (available) return false;
  if (process.env.CI === 'true') throw new Error(`${what} is required with CI=true: ${how}`);
  console.warn(`\n!!!!!!!! SKIPPING: ${what} is not available (${how}) !!!!!!!!\n`);
  return true;
}
