import { describe, expect, it } from 'vitest';
import { TestClock, systemClock } from './clock.js';

describe('clocks', () => {
  it('a test clock stands still until it is moved or set', () => {
    const clock = new TestClock('2026-03-28T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-28T12:00:00.000Z');
    clock.advance({ days: 1, hours: 2, minutes: 30 });
    expect(clock.now().toISOString()).toBe('2026-03-29T14:30:00.000Z');
    clock.set('2026-04-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('hands out copies, so callers cannot move it by mutating a date', () => {
    const clock = new TestClock('2026-01-01T00:00:00Z');
    clock.now().setFullYear(2000);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('refuses an invalid start, and the system clock tells the time', () => {
    expect(() => new TestClock('gisteren')).toThrow(RangeError);
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
