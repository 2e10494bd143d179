import type { ProgramName } from './programs.js';

/** What the projects' global setups (vitest.config.ts) hand to the test files via `inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PostgreSQL template of this run (test/support/postgres-template.ts); undefined without PostgreSQL. */
    postgresTemplate: string | undefined;
    /** The programs bundled for this run (test/support/programs.ts): entry file by name. */
    programs: Record<ProgramName, string>;
    /** The web app built once for the browser suites (test/browser/harness.ts). */
    webRoot: string;
  }
}
