import { describe, expect, it } from 'vitest';
import {
  type ModelPerson,
  TRAINING_YEARS,
  adjustedGap,
  kennedyGap,
  logibStandardisedSalaries,
  modalWeeklyHours,
  modelDesign,
  modelPersonFromRecord,
  potentialExperience,
} from './adjusted-gap.js';
import { studentTTwoSidedP } from './student-t.js';
import { exactNormalEquations } from './test-exact-normal-equations.js';
import { randomInt, seededRandom } from './test-random.js';

const close = (actual: number | undefined, expected: number, tolerance = 1e-9): void => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
};

/** Generated staff: four levels (classes 1–4), three positions, a sex effect of −0.05 on ln salary. */
function staff(n: number, seed: number, noise: number): { persons: ModelPerson[]; lnMilli: number[] } {
  const random = seededRandom(seed);
  const beta = { intercept: 8.2, training: 0.03, service: 0.006, e: 0.018, e2: -0.0003, level: { 1: -0.45, 2: -0.3, 3: -0.12, 4: 0 }, position: { 1: 0, 2: -0.09, 3: -0.2 }, sexF: -0.05 };
  const persons: ModelPerson[] = [];
  const lnMilli: number[] = [];
  for (let i = 0; i < n; i++) {
    const education = randomInt(random, 1, 8);
    const age = randomInt(random, 20, 64);
    const e = potentialExperience(age, education);
    const yearsOfService = randomInt(random, 0, Math.max(0, Math.min(e, 35)));
    const level = randomInt(random, 1, 4) as 1 | 2 | 3 | 4;
    const position = randomInt(random, 1, 3) as 1 | 2 | 3;
    const sex = random() < 0.45 ? 'F' : 'M';
    const ln =
      beta.intercept +
      beta.training * TRAINING_YEARS[education]! +
      beta.service * yearsOfService +
      beta.e * e +
      beta.e2 * e * e +
      beta.level[level] +
      beta.position[position] +
      (sex === 'F' ? beta.sexF : 0) +
      noise * (random() - 0.5);
    // ln salary in thousandths, so the exact solver sees the same integers.
    const milli = Math.round(ln * 1000);
    lnMilli.push(milli);
    persons.push({ sex, age, yearsOfService, education, level, position, standardisedSalary: Math.exp(milli / 1000) });
  }
  return { persons, lnMilli };
}

describe('the Logib standard model', () => {
  it('builds the design in the documented order, references the highest level and position', () => {
    const { persons } = staff(60, 3, 0.1);
    const { terms, columns } = modelDesign(persons);
    expect(terms).toEqual(['intercept', 'trainingYears', 'yearsOfService', 'experience', 'experienceSquared', 'level:1', 'level:2', 'level:3', 'position:1', 'position:2', 'sexF']);
    const p = persons[0]!;
    expect(columns.map((c) => c[0])).toEqual([
      1,
      TRAINING_YEARS[p.education],
      p.yearsOfService,
      potentialExperience(p.age, p.education),
      potentialExperience(p.age, p.education) ** 2,
      ...[1, 2, 3].map((l) => (p.level === l ? 1 : 0)),
      ...[1, 2].map((l) => (p.position === l ? 1 : 0)),
      p.sex === 'F' ? 1 : 0,
    ]);
  });

  it('training years 17, 15, 14, 15, 13, 12, 11, 7; experience never below 0', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => TRAINING_YEARS[c])).toEqual([17, 15, 14, 15, 13, 12, 11, 7]);
    expect(potentialExperience(40, 1)).toBe(17);
    expect(potentialExperience(20, 1)).toBe(0);
  });

  it('agrees with the exact normal equations on generated data to 1e-9: coefficient, standard error, t, p, R², gap', () => {
    const { persons, lnMilli } = staff(500, 42, 0.2);
    const result = adjustedGap(persons);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { columns } = modelDesign(persons);
    const exact = exactNormalEquations(columns, lnMilli);
    const b = exact.coefficients.at(-1)! / 1000;
    const se = exact.standardErrors.at(-1)! / 1000;
    const m = result.model;
    expect([m.n, m.rank, m.degreesOfFreedom]).toEqual([500, 11, 489]);
    close(m.coefficient, b);
    close(m.standardError, se);
    close(m.tValue, b / se);
    close(m.pValue, studentTTwoSidedP(b / se, 489));
    close(m.gap, (Math.exp(b) / Math.exp((se * se) / 2) - 1) * 100);
    const meanMilli = lnMilli.reduce((s, v) => s + v, 0) / lnMilli.length;
    const tss = lnMilli.reduce((s, v) => s + (v - meanMilli) ** 2, 0);
    close(m.rSquared, 1 - exact.residualSumOfSquares / tss);
    exact.coefficients.forEach((c, j) => close(m.coefficients[j]!.estimate, c / 1000));
    expect(m.significant).toBe(m.pValue < 0.05);
    // The generated effect of −5 % is found.
    expect(Math.abs(m.coefficient + 0.05)).toBeLessThan(0.03);
  });

  it('recovers the known coefficients of noise-free data', () => {
    const { persons } = staff(200, 5, 0);
    const level: Record<number, number> = { 1: -0.45, 2: -0.3, 3: -0.12, 4: 0 };
    const position: Record<number, number> = { 1: 0, 2: -0.09, 3: -0.2 };
    const exactPersons = persons.map((p) => {
      const e = potentialExperience(p.age, p.education);
      const ln = 8.2 + 0.03 * TRAINING_YEARS[p.education]! + 0.006 * p.yearsOfService + 0.018 * e - 0.0003 * e * e + level[p.level as number]! + position[p.position as number]! + (p.sex === 'F' ? -0.05 : 0);
      return { ...p, standardisedSalary: Math.exp(ln) };
    });
    const result = adjustedGap(exactPersons);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The references are level 4 and position 3 (the highest): the intercept takes position 3's −0.2,
    // positions 1 and 2 are measured from it.
    const expected = [8.2 - 0.2, 0.03, 0.006, 0.018, -0.0003, -0.45, -0.3, -0.12, 0 + 0.2, -0.09 + 0.2, -0.05];
    result.model.coefficients.forEach((c, j) => close(c.estimate, expected[j]!));
    close(result.model.rSquared, 1);
  });

  it('Kennedy: exp(b) ÷ exp(se²/2) − 1', () => {
    close(kennedyGap(-0.1, 0.02), Math.exp(-0.1) / Math.exp(0.0002) - 1, 1e-15);
  });
});

describe('rank-deficient designs, as R reports aliased coefficients', () => {
  it('positions that coincide with levels are aliased; the sex coefficient is that of the model without positions', () => {
    const { persons } = staff(300, 9, 0.2);
    const coinciding = persons.map((p) => ({ ...p, position: (p.level as number) * 10 }));
    const withPositions = adjustedGap(coinciding);
    const without = adjustedGap(persons.map((p) => ({ ...p, position: null })));
    expect(withPositions.ok && without.ok).toBe(true);
    if (!withPositions.ok || !without.ok) return;
    expect(withPositions.model.coefficients.filter((c) => c.estimate === undefined).map((c) => c.term)).toEqual(['position:10', 'position:20', 'position:30']);
    expect(withPositions.model.rank).toBe(without.model.rank);
    close(withPositions.model.coefficient, without.model.coefficient);
    close(withPositions.model.standardError, without.model.standardError);
    close(withPositions.model.pValue, without.model.pValue);
  });

  it('a categorical variable with one value is dropped', () => {
    const { persons } = staff(80, 4, 0.2);
    const terms = adjustedGap(persons.map((p) => ({ ...p, position: null, level: 7 })));
    expect(terms.ok && terms.model.coefficients.map((c) => c.term)).toEqual(['intercept', 'trainingYears', 'yearsOfService', 'experience', 'experienceSquared', 'sexF']);
  });

  it('everyone with the same training: training years aliased with the intercept', () => {
    const { persons } = staff(80, 8, 0.2);
    const result = adjustedGap(persons.map((p) => ({ ...p, education: 3 })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.coefficients.find((c) => c.term === 'trainingYears')!.estimate).toBeUndefined();
    expect(result.model.degreesOfFreedom).toBe(80 - result.model.rank);
  });

  it('sex that coincides with a level: no model (the sex coefficient is aliased)', () => {
    const { persons } = staff(80, 10, 0.2);
    const result = adjustedGap(persons.map((p) => ({ ...p, level: p.sex === 'F' ? 1 : 2 })));
    expect(result).toMatchObject({ ok: false, reason: 'sex-aliased', n: 80 });
  });
});

describe('when there is no model', () => {
  const { persons } = staff(60, 12, 0.2);
  it('fewer than 50 analysed persons', () => {
    expect(adjustedGap(persons.slice(0, 49))).toEqual({ ok: false, reason: 'too-few-persons', n: 49, excluded: 0 });
    expect(adjustedGap(persons.slice(0, 50)).ok).toBe(true);
  });
  it('no person of one sex', () => {
    expect(adjustedGap(persons.map((p) => ({ ...p, sex: 'M' as const })))).toMatchObject({ ok: false, reason: 'one-sex-absent' });
  });
  it('sex X, no level or no positive salary: left out and counted', () => {
    const mixed = [...persons, { ...persons[0]!, sex: 'X' as const }, { ...persons[1]!, level: null }, { ...persons[2]!, standardisedSalary: 0 }];
    const result = adjustedGap(mixed);
    expect(result.ok && [result.model.n, result.excluded]).toEqual([60, 3]);
  });
});

describe('standardised salary', () => {
  it('from our CSV: (basicPay + variablePay) ÷ fte, the category as level', () => {
    const record = { line: 2, person: 'p', sex: 'F' as const, age: 40, yearsOfService: 3, education: 2, fube: 'f', category: null, position: 2, fte: 0.8, hoursPaid: 1216, basicPay: 40000, variablePay: 2000 };
    expect(modelPersonFromRecord(record, { kind: 'class', family: 'x', class: 9 })).toEqual({ sex: 'F', age: 40, yearsOfService: 3, education: 2, level: 9, position: 2, standardisedSalary: 52500 });
  });

  it('from the Logib sheet: m the most frequent weekly hours (the highest of ties); FTE by activity rate, else by paid hours', () => {
    expect(modalWeeklyHours([40, 38, 38, 40, 42])).toBe(40);
    expect(modalWeeklyHours([38, 38, 40])).toBe(38);
    const row = { activityRate: null, paidHoursPerMonth: null, basicWage: null, allowances: null, thirteenthMonth: null, specialPayments: null, weeklyHours: null };
    const salaries = logibStandardisedSalaries([
      { ...row, activityRate: 100, basicWage: 6000, allowances: 200, thirteenthMonth: 500, specialPayments: 100, weeklyHours: 42 },
      { ...row, activityRate: 50, basicWage: 3000, weeklyHours: 42 },
      { ...row, paidHoursPerMonth: 91, basicWage: 2275, weeklyHours: 42 },
      { ...row, activityRate: 80, basicWage: 4000 }, // blank O: the usual 40 hours
      { ...row, basicWage: 1000 }, // no workload: no FTE
    ]);
    // m = 42: FTE 1; 0.5; 12 × 91 ÷ (52 × 42) = 0.5; 40 × 80 ÷ (100 × 42).
    close(salaries[0]!, 6800, 1e-15);
    close(salaries[1]!, 6000, 1e-15);
    close(salaries[2]!, 4550, 1e-15);
    close(salaries[3]!, 4000 / ((40 * 80) / (100 * 42)), 1e-15);
    expect(salaries[4]).toBeNull();
    // A blank O takes the usual weekly hours of the analysis.
    expect(logibStandardisedSalaries([{ ...row, activityRate: 100, basicWage: 5000 }], 38)).toEqual([5000]);
  });
});
