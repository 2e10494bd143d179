import { existsSync } from 'node:fs';

/**
 * Suites that need PostgreSQL or Chromium skip loudly when these are missing locally, and
 * fail with CI=true (a skip in CI hides a broken install step).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function postgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL;
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
