import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Statement texts that get a name at most (per process; each connection prepares those it runs). */
const CAPACITY = 1_000;
/** Texts counted before they are named, at most: a text seen once is usually a one-off. */
const COUNTED = 10_000;

/**
 * Named prepared statements for the query builder's PostgreSQL pool (decision 0067).
 *
 * Kysely sends every query as an unnamed statement: PostgreSQL parses and plans it anew each
 * time. A query sent with a name (`{ name, text, values }`) is parsed once per connection and
 * then only bound and executed, and after five runs PostgreSQL may keep a generic plan.
 *
 * - The name is a hash of the SQL text, so the same compiled query gets the same name on
 *   every connection; pg remembers per connection which names it has prepared.
 * - A text is named from its second run on, and at most CAPACITY texts are named: texts that
 *   vary (IN lists of any length, search filters) cannot fill a connection's memory.
 * - Only queries with parameters: pg sends a query without them as one simple-protocol
 *   message (BEGIN, COMMIT, the fixed reference reads), which is cheaper than naming it.
 * - `generation` is part of the name: after a migration (a restore that brings an older
 *   schema up to date) the store starts a new generation, so no statement prepared on an
 *   older schema is run again ("cached plan must not change result type").
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private readonly seen = new Map<string, number>();
  private generation = 0;
  /** Off while migrations run (they change the schema the statements were prepared on). */
  enabled = false;

  /** Statements prepared on the schema before a migration are not used again. */
  newGeneration(): void {
    this.generation++;
    this.names.clear();
    this.seen.clear();
  }

  /** The name for this text, or undefined to send it unnamed. */
  nameOf(text: string): string | undefined {
    if (!this.enabled) return undefined;
    const named = this.names.get(text);
    if (named !== undefined) return named;
    if (this.names.size >= CAPACITY) return undefined;
    const count = this.seen.get(text) ?? 0;
    if (count === 0) {
      if (this.seen.size >= COUNTED) this.seen.clear();
      this.seen.set(text, 1);
      return undefined;
    }
    this.seen.delete(text);
    const name = `w${this.generation}_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    this.names.set(text, name);
    return name;
  }

  /** The pool as the query builder sees it: each client sends the queries named. */
  pool(pool: pg.Pool): PostgresPool {
    return {
      connect: async () => {
        const client = await pool.connect();
        return this.client(client);
      },
      end: () => pool.end(),
    };
  }

  private client(client: pg.PoolClient): PostgresPoolClient {
    const query = (text: string, values: readonly unknown[]) => {
      const name = values.length > 0 ? this.nameOf(text) : undefined;
      return (name === undefined ? client.query(text, values as unknown[]) : client.query({ name, text, values: values as unknown[] })) as unknown as Promise<
        PostgresQueryResult<never>
      >;
    };
    return {
      query: query as unknown as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy),
    };
  }
}
