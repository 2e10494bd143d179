import type { Dialect } from './schema.js';

/**
 * One JSON helper for both databases: `text` on SQLite, `jsonb` on PostgreSQL. Values are
 * always sent as a JSON string (node-postgres would turn a JS array into a PostgreSQL
 * array); pg parses jsonb on read, SQLite hands back the string.
 */
export const jsonColumnType = (dialect: Dialect): 'text' | 'jsonb' => (dialect === 'postgres' ? 'jsonb' : 'text');

export const writeJson = (value: unknown): string => JSON.stringify(value);

export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
