import { describe, expect, it } from 'vitest';
import { testFamily } from '../fube/test-family.js';
import { parseClassFilter } from './class-filter.js';

describe('the class filter of the catalogue', () => {
  it('takes one class, or a level written as its classes in either order', () => {
    expect(parseClassFilter('15', [testFamily])).toEqual({ ok: true, value: [15] });
    expect(parseClassFilter('15/16', [testFamily])).toEqual({ ok: true, value: [15, 16] });
    expect(parseClassFilter(' 16 / 15 ', [testFamily])).toEqual({ ok: true, value: [15, 16] });
  });

  it('refuses two classes that are not one level, naming the levels, and garbage, in Dutch', () => {
    const notALevel = parseClassFilter('15/17', [testFamily]);
    expect(notALevel.ok).toBe(false);
    if (!notALevel.ok) expect(notALevel.errors[0]).toMatchObject({ code: 'catalogue.class-filter-not-a-level', path: 'class', message: expect.stringContaining('15/16, 17/18') });
    for (const garbage of ['', 'abc', '15/', '1/2/3', '0', '31', '15;16', '١٥', `${'1'.repeat(40)}`]) {
      const parsed = parseClassFilter(garbage, [testFamily]);
      expect(parsed.ok, garbage).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]?.message).toMatch(/is geen (functieklasse|niveau)/);
    }
  });
});
