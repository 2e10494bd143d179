import type { CompiledQuery } from 'kysely';

/** How old the last observed version may be before a read asks for it itself. */
const MAX_AGE_MS = 1_000;

/**
 * The reference rows (entities, units, closing days) on PostgreSQL, kept while the
 * reference version stands (decision 0068). Nearly every request reads them, they change a
 * few times a year, and each read was a round trip of its own (two or three per request).
 *
 * - A trigger adds one to `reference_version` in every transaction that changes those tables
 *   (migration 0025); the session query, which every signed-in request runs first, reads the
 *   version with the session (`observe`). The highest version seen is kept; a higher one
 *   drops every kept result.
 * - A result is kept with the version seen when its query was sent, and only while that is
 *   still the version seen: the query started after a read had returned that version, so
 *   its rows are at least that new. A request therefore sees every change committed before
 *   its session was read, in this process or another, as it would without the cache.
 * - Callers without a session read (jobs, the CLI) ask for the version themselves when the
 *   last one seen is older than a second: for them a kept result is at most that old. After
 *   a transaction of this process the next read asks at once: a change is seen by the code
 *   that made it.
 *
 * Rows are shared between callers and frozen: map them, do not change them.
 */
export class ReferenceCache {
  private seen = -1;
  private observedAt = Number.NEGATIVE_INFINITY;
  private readonly results = new Map<string, { version: number; rows: readonly unknown[] }>();
  /** A version read on its way: reads that need one at the same time share it. */
  private asking: Promise<void> | undefined;
  /** Counts this process's transactions: a version read sent before one ended does not vouch for after it. */
  private epoch = 0;

  constructor(
    private readonly readVersion: () => Promise<number>,
    private readonly run: <R>(query: CompiledQuery<R>) => Promise<readonly R[]>,
    /** Milliseconds (the store's clock). */
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Where this process stands now: pass it to `observe` with the version read after it. */
  get since(): number {
    return this.epoch;
  }

  /**
   * A version read with other rows (the session's), sent at `since`: the kept results are
   * current up to it. If this process ended a transaction meanwhile, the version still drops
   * older results, but the next read asks again (it may have been read before that commit).
   */
  observe(version: number, since = this.epoch): void {
    if (version > this.seen) {
      this.seen = version;
      this.results.clear();
    }
    if (since === this.epoch) this.observedAt = this.clock();
  }

  /**
   * This process wrote (a transaction ended): the next read asks for the version first, so a
   * caller sees its own change even before a session read brings the new version.
   */
  changed(): void {
    this.epoch++;
    this.observedAt = Number.NEGATIVE_INFINITY;
    this.asking = undefined;
  }

  async read<R>(query: CompiledQuery<R>): Promise<readonly R[]> {
    if (this.clock() - this.observedAt > MAX_AGE_MS) {
      if (this.asking === undefined) {
        const since = this.epoch;
        const asking = this.readVersion()
          .then((version) => this.observe(version, since))
          .finally(() => {
            if (this.asking === asking) this.asking = undefined;
          });
        this.asking = asking;
      }
      await this.asking;
    }
    const version = this.seen;
    const key = `${query.sql}\u0000${JSON.stringify(query.parameters)}`;
    const kept = this.results.get(key);
    if (kept !== undefined && kept.version === version) return kept.rows as readonly R[];
    const rows = await this.run(query);
    if (this.seen === version) {
      for (const row of rows) Object.freeze(row);
      this.results.set(key, { version, rows: Object.freeze(rows) });
    }
    return rows;
  }
}
