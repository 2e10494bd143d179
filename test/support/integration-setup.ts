import type { TestProject } from 'vitest/node';
import { postgresReachable } from './environment.js';
import { createMigratedTemplate, dropTemplate } from './postgres-template.js';
import { bundlePrograms } from './programs.js';
import './provided.js';

/**
 * Global setup of the integration project, once per run before any worker starts: the
 * programs that tests start as processes, bundled, and a migrated PostgreSQL template.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const [programs, template] = await Promise.all([bundlePrograms(), postgresReachable().then((up) => (up ? createMigratedTemplate() : undefined))]);
  project.provide('programs', programs.files);
  project.provide('postgresTemplate', template);
  console.log(`integration setup: programs bundled${template !== undefined ? `, PostgreSQL template ${template} migrated` : ''} (${Date.now() - started} ms)`);
  return async () => {
    programs.remove();
    if (template !== undefined) await dropTemplate(template);
  };
}
