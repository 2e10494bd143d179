/**
 * Time is injected: rules ask a Clock instead of reading the system time, so tests can
 * move time (DOMAIN.md §5 deadlines are counted in calendar days).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until a test moves it. */
export class TestClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
    if (Number.isNaN(this.current)) throw new RangeError(`invalid start time: ${String(start)}`);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  /** Moves by elapsed time (not calendar days: a DST day has 23 or 25 hours). */
  advance(by: { days?: number; hours?: number; minutes?: number }): void {
    this.current += ((by.days ?? 0) * 24 * 60 + (by.hours ?? 0) * 60 + (by.minutes ?? 0)) * 60_000;
  }
}
