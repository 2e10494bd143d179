import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/domain/messages/index.js';
import { logibStandardisedSalaries, type PayRecordError } from '../../src/domain/pay/index.js';
import { payErrorText } from '../../src/documents/pay/pay-error-text.js';
import { MAX_PAY_FILE_BYTES, readPayFile } from '../../src/documents/pay/read-pay-file.js';
import { logibWorkbook, type LogibRow, utf8 } from './pay-files.js';

const REF = { referenceDate: '2025-12-31' };
const HEADER = 'person;sex;age;yearsOfService;education;category;position;fte;hoursPaid;basicPay;variablePay';
const where = (errors: readonly PayRecordError[]) => errors.map((e) => [e.code, e.line, e.column]);

describe('reading our pay CSV', () => {
  it('reads a file with ; and decimal commas, after a BOM', async () => {
    const text = `\uFEFF${HEADER}\r\np1;F;40;10;2;3;;1;1976;52000,50;1000\r\np2;M;45;12;2;3;2;0,8;1580,8;48000;0\r\n`;
    const read = await readPayFile(utf8(text), REF);
    expect(read).toMatchObject({ format: 'csv', errors: [], rejectedLines: [], rows: 2, notInPopulation: 0 });
    expect(read.records.map((r) => [r.line, r.person, r.sex, r.fte, r.basicPay, r.position, r.category])).toEqual([
      [2, 'p1', 'F', 1, 52000.5, null, '3'],
      [3, 'p2', 'M', 0.8, 48000, 2, '3'],
    ]);
  });

  it('reads a file with , and quoted fields holding commas, semicolons and quotes', async () => {
    const text = 'person,sex,age,yearsOfService,education,category,fte,hoursPaid,basicPay,variablePay\n"Janssens, An",F,40,10,2,"A; ""B""",1,1976,"52000,5",0\n';
    const read = await readPayFile(utf8(text), REF);
    expect(read.errors).toEqual([]);
    expect(read.records[0]).toMatchObject({ person: 'Janssens, An', category: 'A; "B"', basicPay: 52000.5 });
  });

  it('reports bad rows with their line and the column as the header names it, and keeps the good rows', async () => {
    const text = [
      HEADER,
      'p1;F;40;10;2;3;;1;1976;52000;0',
      '',
      'p2;Q;45;12;2;3;;1,5;1976;48000;0',
      '"p3\nline two";M;45;12;2;3;;1;1976;48000;0',
      'p4;M;45;12;9;3;;1;1976;48000;0',
      'p1;M;45;12;2;3;;1;1976;48000;0',
      'p5;M;45',
      ';;;;;;;;;;',
      '',
    ].join('\n');
    const read = await readPayFile(utf8(text), REF);
    expect(where(read.errors)).toEqual([
      ['pay.sex-unknown', 4, 'sex'],
      ['pay.out-of-range', 4, 'fte'],
      ['pay.text-fault', 5, 'person'],
      ['pay.out-of-range', 7, 'education'],
      ['pay.person-duplicate', 8, 'person'],
      ['pay.cell-count', 9, null],
    ]);
    expect(read.rejectedLines).toEqual([4, 5, 7, 8, 9]);
    expect(read.records.map((r) => r.person)).toEqual(['p1']);
    expect(read.rows).toBe(6);
    expect(payErrorText('nl', read.errors[1]!)).toBe('regel 4, kolom fte: de waarde moet groter zijn dan 0 en ten hoogste 1');
    expect(payErrorText('en', read.errors[4]!)).toBe('line 8, column person: this person is already on line 2');
  });

  it('reports a header error on the header line', async () => {
    const read = await readPayFile(utf8('person;sex;salary\np1;F;1\n'), REF);
    expect(read.records).toEqual([]);
    expect(read.errors[0]).toMatchObject({ code: 'pay.column-unknown', line: 1, column: 'salary' });
  });

  it('refuses what is not UTF-8 CSV text with a coded error, never a crash', async () => {
    const latin1 = new Uint8Array([...utf8(`${HEADER}\np1;F;40;10;2;Caf`), 0xe9, ...utf8(';;1;1976;1;0\n')]);
    const cases: Array<[Uint8Array, string, number]> = [
      [new Uint8Array(0), 'pay.file-empty', 0],
      [utf8('\n\n\n'), 'pay.file-empty', 0],
      [latin1, 'pay.file-encoding', 2],
      [utf8(`${HEADER}\np1;F\0;40\n`), 'pay.file-nul', 2],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'pay.file-xls', 0],
      [utf8(`${HEADER}\np1;"F;40\n`), 'pay.csv-syntax', 2],
      [new Uint8Array(MAX_PAY_FILE_BYTES + 1).fill(0x41), 'pay.file-too-large', 0],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'pay.file-nul', 3],
    ];
    for (const [bytes, code, line] of cases) {
      const read = await readPayFile(bytes, REF);
      expect(read.records, code).toEqual([]);
      expect(read.errors.map((e) => [e.code, e.line]), code).toEqual([[code, line]]);
    }
  });
});

const person = (overrides: LogibRow = {}): LogibRow => ({
  key: 'a1',
  age: 40,
  sex: 'F',
  yearsOfService: 10,
  education: 2,
  function: 'Boekhouder',
  level: 3,
  position: 4,
  activityRate: 100,
  basicWage: 5000,
  allowances: 200,
  thirteenthMonth: 5000 / 12,
  population: 1,
  ...overrides,
});

describe('reading the Logib data sheet', () => {
  it('is recognised by its content and maps a row to a pay record (DOMAIN.md §7)', async () => {
    const rows: LogibRow[] = [
      person({ key: 'a1', weeklyHours: 42, activityRate: 80 }),
      person({ key: 'a2', sex: 'M', age: 1980, yearsOfService: 2015, weeklyHours: 42, annualHours: 2000, activityRate: 50, specialPayments: 100 }),
      person({ key: 3, sex: 'm', age: new Date(Date.UTC(1990, 5, 15)), yearsOfService: '01.01.2020', activityRate: undefined, paidHoursPerMonth: 100, allowances: undefined }),
      person({ key: 'a4', population: 0 }),
      person({ key: 'a5', population: undefined }),
      person({ key: 'a6', weeklyHours: undefined }),
    ];
    const read = await readPayFile(await logibWorkbook(rows), { ...REF, usualWeeklyHours: 40 });
    expect(read).toMatchObject({ format: 'logib', errors: [], rejectedLines: [], rows: 6, notInPopulation: 2 });
    const [a1, a2, a3, a6] = read.records;
    // m = 42: two rows say 42, one blank row takes 40, the hourly-paid row is blank (40) too: 40 twice, 42 twice → the higher.
    expect(a1).toMatchObject({ line: 2, person: 'a1', sex: 'F', age: 40, yearsOfService: 10, education: 2, category: '3', position: 4, fube: null });
    expect(a1!.fte).toBeCloseTo((42 * 80) / (100 * 42), 12);
    expect(a1!.hoursPaid).toBeCloseTo(42 * 52 * 0.8, 9);
    expect(a1!.basicPay).toBe(60000);
    expect(a1!.variablePay).toBeCloseTo(12 * (200 + 5000 / 12), 9);
    expect(a2).toMatchObject({ person: 'a2', sex: 'M', age: 45, yearsOfService: 10, hoursPaid: 1000 });
    expect(a2!.variablePay).toBeCloseTo(12 * (200 + 5000 / 12 + 100), 9);
    expect(a3).toMatchObject({ person: '3', sex: 'M', age: 35, yearsOfService: 5, hoursPaid: 1200 });
    expect(a3!.fte).toBeCloseTo((12 * 100) / (52 * 42), 12);
    expect(a6!.fte).toBeCloseTo(40 / 42, 12);
    // (basic + variable) ÷ 12 ÷ fte is the Logib standardised salary (K+L+M+N) ÷ FTE.
    const sheetPay = [rows[0], rows[1], rows[2], rows[5]].map((r) => ({
      activityRate: r!.activityRate ?? null,
      paidHoursPerMonth: r!.paidHoursPerMonth ?? null,
      basicWage: r!.basicWage ?? null,
      allowances: r!.allowances ?? null,
      thirteenthMonth: r!.thirteenthMonth ?? null,
      specialPayments: r!.specialPayments ?? null,
      weeklyHours: r!.weeklyHours ?? null,
    }));
    const standardised = logibStandardisedSalaries(sheetPay, 40);
    read.records.forEach((r, i) => expect((r.basicPay + r.variablePay) / 12 / r.fte).toBeCloseTo(standardised[i]!, 6));
  });

  it('reports bad cells with the sheet row and the column letter and name', async () => {
    const rows: LogibRow[] = [
      person({ key: 'b1', sex: 'X' }),
      person({ key: 'b2', age: 7 }),
      person({ key: 'b3', activityRate: undefined, paidHoursPerMonth: undefined }),
      person({ key: 'b4', education: 9, basicWage: 'veel' as unknown as number }),
      person({ key: 'b1' }),
      person({ key: 'b6', yearsOfService: 2030 }),
      person({ key: undefined }),
    ];
    const read = await readPayFile(await logibWorkbook(rows), REF);
    expect(where(read.errors)).toEqual([
      ['pay.sex-unknown', 2, 'C (sex)'],
      ['pay.logib-age', 3, 'B (age)'],
      ['pay.logib-no-workload', 4, 'I (activityRate)'],
      ['pay.out-of-range', 5, 'E (education)'],
      ['pay.not-a-number', 5, 'K (basicWage)'],
      ['pay.logib-service', 7, 'D (yearsOfService)'],
      ['pay.required', 8, 'A (key)'],
    ]);
    // b1 on row 2 was rejected, so the second b1 (row 6) is not a duplicate.
    expect(read.records.map((r) => [r.line, r.person])).toEqual([[6, 'b1']]);
    expect(payErrorText('nl', read.errors[1]!)).toBe('regel 3, kolom B (age): geen leeftijd (14–100), geboortejaar (1900–2025) of geboortedatum');
  });

  it('refuses a workbook without the data sheet, a truncated workbook and a header without Q', async () => {
    const other = await readPayFile(await logibWorkbook([person()], { sheet: 'Blad1' }), REF);
    expect(other.errors).toEqual([{ code: 'pay.logib-sheet-missing', line: 0, column: null, params: { sheet: 'data_sheet_template' } }]);
    expect(other.format).toBe('logib');
    const whole = await logibWorkbook([person()]);
    for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 10]) {
      const read = await readPayFile(whole.slice(0, cut), REF);
      expect(read.errors.map((e) => e.code)).toEqual(['pay.file-corrupt']);
    }
    const short = await readPayFile(await logibWorkbook([person()], { header: ['a', 'b', 'c'] }), REF);
    expect(short.errors).toEqual([{ code: 'pay.logib-header', line: 1, column: null, params: { expected: 17, actual: 3 } }]);
  });

  it('refuses a workbook whose parts declare more than the unpacked limit (zip bomb guard)', async () => {
    const whole = await logibWorkbook([person()]);
    const bytes = whole.slice();
    const view = new DataView(bytes.buffer);
    // Rewrite the declared size of the first central directory entry.
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const directory = view.getUint32(at + 16, true);
    view.setUint32(directory + 24, 0xfffffff0, true);
    const read = await readPayFile(bytes, REF);
    expect(read.errors.map((e) => e.code)).toEqual(['pay.file-too-large']);
  });
});

describe('hostile pay files', () => {
  it('refuses a zip that is no workbook, without a crash', async () => {
    const bytes = (await logibWorkbook([person()])).slice();
    // Rename xl/workbook.xml (same length) in every local and central header.
    const name = utf8('xl/workbook.xml');
    const other = utf8('xl/workbooX.xml');
    for (let i = 0; i + name.length <= bytes.length; i++) if (name.every((b, j) => bytes[i + j] === b)) bytes.set(other, i);
    const read = await readPayFile(bytes, REF);
    expect(read.format).toBe('logib');
    expect(read.errors.map((e) => e.code)).toEqual(['pay.file-corrupt']);
  });

  it('refuses control and bidirectional characters and over-long cells in the texts, row by row', async () => {
    const long = 'x'.repeat(1_000_000);
    const text = [HEADER, 'p1;F;40;10;2;3\u0007;;1;1976;52000;0', `${long};F;40;10;2;3;;1;1976;52000;0`, 'p3;M;45;12;2;3;;1;1976;48000;0'].join('\n');
    const read = await readPayFile(utf8(text), REF);
    expect(where(read.errors)).toEqual([
      ['pay.text-fault', 2, 'category'],
      ['pay.too-long', 3, 'person'],
    ]);
    expect(read.records.map((r) => r.person)).toEqual(['p3']);
    const logib = await readPayFile(await logibWorkbook([person({ key: 'a\u202Eb' }), person({ key: 'ok' })]), REF);
    expect(where(logib.errors)).toEqual([['pay.text-fault', 2, 'A (key)']]);
    expect(logib.records.map((r) => r.person)).toEqual(['ok']);
  });
});

describe('the texts of the pay codes', () => {
  it('exist in Dutch and English for every code the readers produce', () => {
    const codes = Object.keys(catalogues.nl).filter((k) => k.startsWith('pay.'));
    expect(codes.length).toBeGreaterThanOrEqual(29);
    for (const code of codes) expect(catalogues.en[code as keyof typeof catalogues.en], code).toBeTruthy();
  });
});
