import { describe, expect, it } from 'vitest';
import { readPayFile } from '../../src/documents/pay/read-pay-file.js';
import { analysePayFile } from '../../src/use-cases/pay/analyse-pay-file.js';
import { utf8 } from './pay-files.js';

const REF = { referenceDate: '2025-12-31' };

/** Five women and five men per FUBE, given by `fube` only (no `category` column). */
function fubeCsv(): string {
  const lines = ['person;sex;age;yearsOfService;education;fube;fte;hoursPaid;basicPay;variablePay'];
  for (let i = 0; i < 20; i++) lines.push(`p${i};${i % 2 === 0 ? 'F' : 'M'};40;10;2;${i < 10 ? 'fube-a' : 'fube-b'};1;1976;${i % 2 === 0 ? 45000 : 50000};0`);
  return `${lines.join('\n')}\n`;
}

describe('the analysis of a pay file', () => {
  it('puts rows with a fube but no category under "niet ingedeeld" without a store', async () => {
    const analysis = analysePayFile(await readPayFile(utf8(fubeCsv()), REF));
    expect(analysis.counts).toMatchObject({ analysed: 20, unclassified: 20, excludedFromModel: 20 });
    expect(analysis.indicators.categories).toEqual([]);
    expect(analysis.indicators.meanGap.annual).toBeCloseTo(10, 12);
    expect(analysis.adjusted).toBeNull();
    expect(analysis.adjustedReason?.code).toBe('too-few-persons');
  });

  it('takes the class of the FUBE when the caller can look it up', async () => {
    const classes: Record<string, number> = { 'fube-a': 14, 'fube-b': 16 };
    const analysis = analysePayFile(await readPayFile(utf8(fubeCsv()), REF), { classOfFube: (fube) => ({ family: 'f', class: classes[fube]! }) });
    expect(analysis.counts.unclassified).toBe(0);
    expect(analysis.indicators.categories.map((c) => [c.category, c.women, c.men, c.flagged])).toEqual([
      ['14', 5, 5, true],
      ['16', 5, 5, true],
    ]);
  });

  it('suppresses with the threshold given and keeps every rejected row with its text in both languages', async () => {
    const csv = `${fubeCsv()}bad;F;40;10;2;fube-a;2;1976;1;0\n`;
    const analysis = analysePayFile(await readPayFile(utf8(csv), REF), { threshold: 11 });
    expect(analysis.threshold).toBe(11);
    expect(analysis.indicators.meanGap).toEqual({ annual: { suppressed: true }, hourly: { suppressed: true } });
    expect(analysis.rejected).toEqual([
      {
        line: 22,
        column: 'fte',
        code: 'pay.out-of-range',
        params: { min: 0, max: 1, exclusiveMin: 1 },
        message: { nl: 'de waarde moet groter zijn dan 0 en ten hoogste 1', en: 'the value must be more than 0 and at most 1' },
      },
    ]);
  });
});
