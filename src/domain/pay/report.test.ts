import { describe, expect, it } from 'vitest';
import { isSuppressed } from './indicators.js';
import { categoryFigures, payReport, type ReportPerson } from './report.js';

function person(sex: 'F' | 'M' | 'X', basicPay: number, entityId: string | null, cls: string | null, family = 'ORG'): ReportPerson {
  return { sex, basicPay, variablePay: 0, hoursPaid: 1000, entityId, classKey: cls, familyClassKey: cls === null ? null : `${family}/${cls}` };
}

describe('payReport', () => {
  const persons: ReportPerson[] = [];
  // Entity A, class 10: women 40 000, men 44 000 (a 9.09 % gap); entity B, class 10: equal pay.
  for (let i = 0; i < 6; i++) persons.push(person('F', 40_000, 'A', '10'), person('M', 44_000, 'A', '10'));
  for (let i = 0; i < 6; i++) persons.push(person('F', 42_000, 'B', '10', 'OTHER'), person('M', 42_000, 'B', '10', 'OTHER'));
  // Two men only in class 12: suppressed everywhere.
  persons.push(person('M', 60_000, 'B', '12'), person('M', 61_000, 'B', '12'));
  persons.push(person('F', 30_000, null, null));

  const report = payReport(persons);

  it('reports the organisation and each entity, ordered', () => {
    expect(report.organisation.entityId).toBeNull();
    expect(report.organisation.byClass.counts.total).toBe(persons.length);
    expect(report.entities.map((e) => e.entityId)).toEqual(['A', 'B']);
    expect(report.organisation.byClass.unclassified.women).toBe(1);
  });

  it('flags the entity whose class has a gap of 5 % or more, and gives the means per sex', () => {
    const a10 = report.entities[0]!.byClass.categories.find((c) => c.category === '10')!;
    expect(a10.payMeanGap.annual).toBeCloseTo(((44_000 - 40_000) * 100) / 44_000, 12);
    expect(a10.flagged).toBe(true);
    expect(a10.means.women.pay.annual).toBe(40_000);
    expect(a10.means.men.pay.hourly).toBe(44);
    const b10 = report.entities[1]!.byClass.categories.find((c) => c.category === '10')!;
    expect(b10.flagged).toBe(false);
    expect(report.flagged).toContainEqual({ entityId: 'A', grain: 'class', category: '10' });
    expect(report.flagged).toContainEqual({ entityId: 'A', grain: 'family-class', category: 'ORG/10' });
    expect(report.flagged.some((f) => f.entityId === 'B')).toBe(false);
  });

  it('splits family × class and suppresses small groups, means included', () => {
    expect(report.organisation.byFamilyClass.map((c) => c.category)).toEqual(['ORG/10', 'ORG/12', 'OTHER/10']);
    // A family's classes in number order, not text order.
    const ordered = payReport([person('F', 1, null, '8'), person('M', 1, null, '10')]).organisation.byFamilyClass.map((c) => c.category);
    expect(ordered).toEqual(['ORG/8', 'ORG/10']);
    const c12 = report.organisation.byClass.categories.find((c) => c.category === '12')!;
    expect(c12.flagged).toBeNull();
    expect(isSuppressed(c12.means.men.pay.annual)).toBe(true);
    expect(isSuppressed(c12.payMeanGap.annual)).toBe(true);
  });

  it('gives one category’s figures for an Art. 7 answer', () => {
    const figures = categoryFigures(persons, '10');
    expect(figures.women).toBe(12);
    expect(figures.means.women.pay.annual).toBe(41_000);
    expect(figures.means.men.pay.annual).toBe(43_000);
    expect(isSuppressed(categoryFigures(persons, '12').means.men.pay.annual)).toBe(true);
  });
});
