import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { POSTGRES_ADMIN_URL } from './environment.js';

/**
 * A PostgreSQL database migrated once per test run, that suites clone
 * (`CREATE DATABASE x TEMPLATE t`: a file copy, about 50 ms) instead of migrating a new
 * database each (about 250 ms, more under load). Nobody connects to the template after it is
 * made: PostgreSQL copies a template only while no one is connected to it.
 */

export const databaseUrl = (name: string): string => {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the template (by opening a store on it, as a server would); returns its name. */
export async function createMigratedTemplate(): Promise<string> {
  const name = `weegschaal_tpl_${randomBytes(6).toString('hex')}`;
  await onAdmin((client) => client.query(`create database ${name}`));
  const store = await openStore({ databaseUrl: databaseUrl(name) });
  await store.close();
  return name;
}

export async function dropTemplate(name: string): Promise<void> {
  await onAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
}

/** The template of this run, when vitest runs a suite whose project made one (else undefined). */
async function runTemplate(): Promise<string | undefined> {
  if (process.env.VITEST === undefined) return undefined;
  const { inject } = await import('vitest');
  return inject('postgresTemplate');
}

/**
 * Creates database `name` on the admin connection: a clone of the run's migrated template
 * when there is one, else an empty database (the store's migrations then run on open).
 */
export async function createMigratedDatabase(admin: pg.Client, name: string): Promise<void> {
  const template = await runTemplate();
  await admin.query(template === undefined ? `create database ${name}` : `create database ${name} template ${template}`);
}
