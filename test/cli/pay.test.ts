import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ModelPerson, type PayRecord, adjustedGap, logibStandardisedSalaries, modelPersonFromRecord, payCategory } from '../../src/domain/pay/index.js';
import { generatePayRecords, payCsv } from '../../src/domain/pay/test-pay-data.js';
import { type LogibRow, logibWorkbook } from '../documents/pay-files.js';
import { CLI_TIMEOUT, runCli } from './support.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weegschaal-pay-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const ADJUSTED_KEYS = ['coefficient', 'degreesOfFreedom', 'gap', 'n', 'pValue', 'rSquared', 'significant', 'standardError', 'tValue'];
const INDICATOR_KEYS = ['categories', 'meanGap', 'medianGap', 'quartiles', 'variableMeanGap', 'variableMedianGap', 'variableShare'];
const CATEGORY_KEYS = ['basicMeanGap', 'category', 'flagged', 'men', 'variableMeanGap', 'women'];

/** Agreement to 1e-9, relative where the number is large or tiny. */
function expectSame(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function expectAdjustedEqual(actual: Record<string, unknown>, persons: readonly ModelPerson[]): void {
  const fit = adjustedGap(persons);
  if (!fit.ok) throw new Error(`the domain gives no model: ${fit.reason}`);
  for (const key of ['coefficient', 'standardError', 'rSquared', 'tValue', 'gap'] as const) expectSame(actual[key] as number, fit.model[key], key);
  expect(actual['pValue']).toBeCloseTo(fit.model.pValue, 12);
  expect(actual['n']).toBe(fit.model.n);
  expect(actual['degreesOfFreedom']).toBe(fit.model.degreesOfFreedom);
  expect(actual['significant']).toBe(fit.model.significant);
}

const csvPersons = (records: readonly PayRecord[]) => records.map((r) => modelPersonFromRecord(r, payCategory(r, undefined)));

describe('weegschaal pay analyse', { timeout: CLI_TIMEOUT }, () => {
  it('analyses a CSV of 200 persons: the JSON keys of issue 16, the planted gap recovered, the domain numbers exactly', async () => {
    const records = generatePayRecords(200, { seed: 7, sexCoefficient: -0.1 });
    const path = await file('loon-200.csv', payCsv(records, ';'));
    const run = await runCli(['pay', 'analyse', path, '--reference-year', '2025', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, Record<string, unknown>> & { indicators: { categories: Array<Record<string, unknown>>; meanGap: object } };
    expect(Object.keys(out.adjusted!).sort()).toEqual(ADJUSTED_KEYS);
    expect(Object.keys(out.indicators).sort()).toEqual(INDICATOR_KEYS);
    expect(out.indicators.categories.length).toBe(6);
    for (const c of out.indicators.categories) expect(Object.keys(c).sort()).toEqual(CATEGORY_KEYS);
    expect(Object.keys(out.indicators.meanGap).sort()).toEqual(['annual', 'hourly']);
    expect(out['adjustedReason']).toBeNull();
    expect(out['counts']).toMatchObject({ rows: 200, analysed: 200, rejected: 0 });
    expect(out['referenceDate']).toBe('2025-12-31');
    // The planted coefficient −0.1 comes back within a few standard errors (noise 0.05).
    const coefficient = out.adjusted!['coefficient'] as number;
    expect(Math.abs(coefficient + 0.1)).toBeLessThan(4 * (out.adjusted!['standardError'] as number));
    expect(out.adjusted!['significant']).toBe(true);
    expectAdjustedEqual(out.adjusted!, csvPersons(records));
    // Percentages are plain numbers, not rounded.
    expect(typeof (out.indicators.meanGap as { annual: unknown }).annual).toBe('number');
  });

  it('reads a comma-separated CSV the same way', async () => {
    const records = generatePayRecords(120, { seed: 9 });
    const semicolon = await runCli(['pay', 'analyse', await file('a.csv', payCsv(records, ';')), '--reference-year', '2025', '--format', 'json']);
    const comma = await runCli(['pay', 'analyse', await file('b.csv', payCsv(records, ',')), '--reference-year', '2025', '--format', 'json']);
    expect(comma.code).toBe(0);
    const strip = (s: string) => ({ ...(JSON.parse(s) as object), file: undefined });
    expect(strip(comma.stdout)).toEqual(strip(semicolon.stdout));
  });

  it('gives no adjusted model, with a reason, below 50 persons or with one sex absent, and still the indicators', async () => {
    const few = await runCli(['pay', 'analyse', await file('few.csv', payCsv(generatePayRecords(40, { seed: 3 }))), '--format', 'json', '--reference-year', '2025']);
    expect(few.code).toBe(0);
    const fewOut = JSON.parse(few.stdout) as { adjusted: unknown; adjustedReason: { code: string; message: { nl: string; en: string } }; indicators: { meanGap: { annual: unknown } } };
    expect(fewOut.adjusted).toBeNull();
    expect(fewOut.adjustedReason.code).toBe('too-few-persons');
    expect(fewOut.adjustedReason.message.nl).toContain('minstens 50');
    expect(fewOut.adjustedReason.message.en).toContain('at least 50');
    expect(typeof fewOut.indicators.meanGap.annual).toBe('number');

    const men = await runCli(['pay', 'analyse', await file('men.csv', payCsv(generatePayRecords(80, { seed: 4, womenShare: 0 }))), '--format', 'json', '--reference-year', '2025']);
    const menOut = JSON.parse(men.stdout) as { adjusted: unknown; adjustedReason: { code: string }; indicators: { meanGap: { annual: unknown }; categories: Array<{ flagged: unknown }> } };
    expect(menOut.adjusted).toBeNull();
    expect(menOut.adjustedReason.code).toBe('one-sex-absent');
    expect(menOut.indicators.meanGap.annual).toEqual({ suppressed: true });
    expect(menOut.indicators.categories.every((c) => c.flagged === null)).toBe(true);
  });

  it('lists rejected rows with line and column, analyses the valid ones, and says so in text', async () => {
    const records = generatePayRecords(60, { seed: 5 });
    const lines = payCsv(records).split('\n');
    lines[3] = lines[3]!.replace(/;[FM];/u, ';Q;');
    lines[10] = 'p-bad;F;40;10;2;3;1;1,5;1976;50000;0';
    const path = await file('rejected.csv', lines.join('\n'));
    const json = await runCli(['pay', 'analyse', path, '--format', 'json', '--reference-year', '2025']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { counts: { rows: number; analysed: number; rejected: number }; rejected: Array<{ line: number; column: string; code: string; message: { nl: string } }> };
    expect(out.counts).toMatchObject({ rows: 60, analysed: 58, rejected: 2 });
    expect(out.rejected.map((r) => [r.line, r.column, r.code])).toEqual([
      [4, 'sex', 'pay.sex-unknown'],
      [11, 'fte', 'pay.out-of-range'],
    ]);
    const text = await runCli(['pay', 'analyse', path, '--reference-year', '2025']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('60 rijen gelezen: 58 geanalyseerd');
    expect(text.stdout).toContain('de analyse loopt op de geldige rijen');
    expect(text.stdout).toContain('regel 11, kolom fte: de waarde moet groter zijn dan 0 en ten hoogste 1');
    expect(text.stdout).toContain('Gecorrigeerde loonkloof');
  });

  it('fails with a Dutch error naming file, line and column for an unreadable file', async () => {
    const header = await runCli(['pay', 'analyse', await file('header.csv', 'person;sex;salaris\np1;F;1\n')]);
    expect(header.code).toBe(1);
    expect(header.stdout).toBe('');
    expect(header.stderr).toContain('header.csv: kan niet gelezen worden als loonbestand');
    expect(header.stderr).toContain('header.csv:1: kolom salaris: onbekende kolom');

    const whole = await logibWorkbook([{ key: 'a' }]);
    const truncated = await runCli(['pay', 'analyse', await file('kapot.xlsx', whole.slice(0, whole.length >> 1))]);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('kapot.xlsx: het Excel-bestand is beschadigd');

    const binary = await runCli(['pay', 'analyse', await file('bin.csv', new Uint8Array([0x41, 0x0a, 0x00, 0xff]))]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('bin.csv:2: het bestand bevat een NUL-byte');

    const missing = await runCli(['pay', 'analyse', join(dir, 'bestaat-niet.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('kan niet gelezen worden (ENOENT)');

    const allBad = await runCli(['pay', 'analyse', await file('allbad.csv', 'person;sex;age;yearsOfService;education;category;fte;hoursPaid;basicPay;variablePay\np1;Q;40;1;2;3;1;1976;1;0\n')]);
    expect(allBad.code).toBe(1);
    expect(allBad.stderr).toContain('geen enkele geldige regel');
    expect(allBad.stderr).toContain('allbad.csv:2: kolom sex:');

    const usage = await runCli(['pay', 'analyse', await file('x.csv', 'a'), '--reference-year', '25']);
    expect(usage.code).toBe(2);
  });

  it('analyses the Logib data sheet with the Logib standardised salary, as the domain computes it', async () => {
    const records = generatePayRecords(150, { seed: 11, sexCoefficient: -0.06 });
    const rows: LogibRow[] = records.map((r) => ({
      key: r.person,
      age: r.age,
      sex: r.sex,
      yearsOfService: r.yearsOfService,
      education: r.education,
      function: 'functie',
      level: Number(r.category),
      position: r.position!,
      activityRate: r.fte * 100,
      basicWage: r.basicPay / 12,
      allowances: r.variablePay / 12,
      population: 1,
    }));
    rows.push({ ...rows[0]!, key: 'outside', population: 0 });
    const path = await file('logib.xlsx', await logibWorkbook(rows));
    const run = await runCli(['pay', 'analyse', path, '--format', 'json', '--reference-year', '2025', '--usual-weekly-hours', '40']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { format: string; counts: Record<string, number>; adjusted: Record<string, unknown> };
    expect(out.format).toBe('logib');
    expect(out.counts).toMatchObject({ rows: 151, analysed: 150, notInPopulation: 1, rejected: 0 });
    const salaries = logibStandardisedSalaries(
      rows.slice(0, 150).map((r) => ({ activityRate: r.activityRate!, paidHoursPerMonth: null, basicWage: r.basicWage!, allowances: r.allowances!, thirteenthMonth: null, specialPayments: null, weeklyHours: null })),
      40,
    );
    const persons: ModelPerson[] = records.map((r, i) => ({
      sex: r.sex,
      age: r.age,
      yearsOfService: r.yearsOfService,
      education: r.education,
      level: Number(r.category),
      position: r.position,
      standardisedSalary: salaries[i]!,
    }));
    expectAdjustedEqual(out.adjusted, persons);
    expect(Math.abs((out.adjusted['coefficient'] as number) + 0.06)).toBeLessThan(4 * (out.adjusted['standardError'] as number));

    const text = await runCli(['pay', 'analyse', path, '--reference-year', '2025']);
    expect(text.stdout).toContain('Logib-gegevensblad');
    expect(text.stdout).toContain('1 buiten de statistische populatie');
  });
});
