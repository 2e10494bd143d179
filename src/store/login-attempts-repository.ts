import type { StoreContext } from './context.js';

/** The attempt times (milliseconds) of one throttle key, oldest first. */
export type Attempts = readonly number[];

/**
 * The login throttle's counters (migration 0008), shared by every server process of one
 * database. The rule (how many attempts in which window) is the throttle's
 * (src/server/security/rate-limit.ts); this only reads and writes the counts atomically.
 */
export class LoginAttemptsRepository {
  constructor(private readonly context: StoreContext) {}

  /**
   * In one transaction: reads the attempts of each key, lets `decide` say what to write,
   * and writes it (an empty list removes the key's row). Each key's row is created or
   * locked first, in the order given, by an upsert: on PostgreSQL a second transaction on
   * the same key waits until the first commits and then reads its count; SQLite's write
   * transaction (BEGIN IMMEDIATE) already holds the whole database. So two attempts, in one
   * process or in several, never both read the same count.
   */
  async change<T>(
    keys: readonly string[],
    now: Date,
    decide: (current: ReadonlyMap<string, Attempts>) => { write: ReadonlyMap<string, Attempts>; result: T },
  ): Promise<T> {
    const at = now.toISOString();
    return this.context.transaction(async (trx) => {
      const current = new Map<string, Attempts>();
      for (const key of keys) {
        const row = await trx
          .insertInto('login_attempts')
          .values({ key, attempts: '[]', updated_at: at })
          .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ attempts: eb.ref('login_attempts.attempts') })))
          .returning('attempts')
          .executeTakeFirstOrThrow();
        current.set(key, parseAttempts(row.attempts));
      }
      const { write, result } = decide(current);
      for (const key of keys) {
        const attempts = write.get(key) ?? current.get(key) ?? [];
        if (attempts.length === 0) await trx.deleteFrom('login_attempts').where('key', '=', key).execute();
        else await trx.updateTable('login_attempts').set({ attempts: JSON.stringify(attempts), updated_at: at }).where('key', '=', key).execute();
      }
      return result;
    });
  }

  /** Removes the rows not written since `before` (their attempts are all out of every window); returns how many. */
  async sweep(before: Date): Promise<number> {
    const result = await this.context.transaction((trx) => trx.deleteFrom('login_attempts').where('updated_at', '<', before.toISOString()).executeTakeFirst());
    return Number(result.numDeletedRows);
  }
}

/** A stored list; anything that is not a list of numbers counts as no attempts. */
function parseAttempts(text: string): Attempts {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) : [];
  } catch {
    return [];
  }
}
