import { describe, expect, it } from 'vitest';
import { categoryKey, levelOfRequirements, payCategory } from './category.js';
import { completedYears, validatePayHeader, validatePayRows } from './record.js';

const HEADER = ['person', 'sex', 'age', 'yearsOfService', 'education', 'fube', 'category', 'position', 'fte', 'hoursPaid', 'basicPay', 'variablePay'];
const good = ['p1', 'F', '41', '12', '3', 'fube-7', '', '2', '0,8', '1216', '38450,20', '2900'];
const options = { referenceDate: '2026-12-31' };
const rows = (...cells: string[][]) => cells.map((c, i) => ({ line: i + 2, cells: c }));
const withCell = (column: string, value: string, base = good) => base.map((v, i) => (HEADER[i] === column ? value : v));

describe('pay records', () => {
  it('a good row gives a record; decimal commas are read', () => {
    const result = validatePayRows(HEADER, rows(good), options);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      { line: 2, person: 'p1', sex: 'F', age: 41, yearsOfService: 12, education: 3, fube: 'fube-7', category: null, position: 2, fte: 0.8, hoursPaid: 1216, basicPay: 38450.2, variablePay: 2900 },
    ]);
  });

  it('birthDate and entryDate count completed years to the reference date', () => {
    const header = ['person', 'sex', 'birthDate', 'entryDate', 'education', 'category', 'fte', 'hoursPaid', 'basicPay', 'variablePay'];
    const result = validatePayRows(header, rows(['p', 'm', '1985-12-31', '2015-01-01', '1', 'A1', '1', '1976', '52000', '']), options);
    expect(result.errors).toEqual([]);
    expect(result.records[0]).toMatchObject({ sex: 'M', age: 41, yearsOfService: 11, category: 'A1', fube: null, position: null, variablePay: 0 });
    expect(completedYears('1985-12-31', '2026-12-30')).toBe(40);
    expect(completedYears('2000-02-29', '2026-02-28')).toBe(25);
  });

  it('the header: unknown, duplicate and missing columns, with the alternatives', () => {
    expect(validatePayHeader(['person', 'sex', 'sex', 'salary'])).toEqual(
      expect.arrayContaining([
        { code: 'pay.column-duplicate', line: 1, column: 'sex' },
        { code: 'pay.column-unknown', line: 1, column: 'salary' },
        { code: 'pay.column-missing', line: 1, column: 'age', params: { alternatives: 'age|birthDate' } },
        { code: 'pay.column-missing', line: 1, column: 'fube', params: { alternatives: 'fube|category' } },
      ]),
    );
    expect(validatePayHeader(HEADER)).toEqual([]);
  });

  it('each bad cell is reported with its line and column, and the row gives no record', () => {
    const bad = rows(
      withCell('sex', 'V'),
      withCell('fte', '0'),
      withCell('fte', '80'),
      withCell('basicPay', '38.450,20'),
      withCell('education', '9'),
      withCell('position', '2.5'),
      withCell('person', ''),
      withCell('yearsOfService', '50'),
      withCell('basicPay', '0', withCell('variablePay', '0')),
      ['only', 'three', 'cells'],
      withCell('person', 'a\u0000b'),
    );
    const result = validatePayRows(HEADER, bad, options);
    expect(result.records).toEqual([]);
    expect(result.rejectedLines).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'sex', 'pay.sex-unknown'],
      [3, 'fte', 'pay.out-of-range'],
      [4, 'fte', 'pay.out-of-range'],
      [5, 'basicPay', 'pay.not-a-number'],
      [6, 'education', 'pay.out-of-range'],
      [7, 'position', 'pay.not-an-integer'],
      [8, 'person', 'pay.required'],
      [9, 'yearsOfService', 'pay.service-exceeds-age'],
      [10, 'basicPay', 'pay.no-pay'],
      [11, null, 'pay.cell-count'],
      [12, 'person', 'pay.text-fault'],
    ]);
    expect(result.errors[1]!.params).toEqual({ min: 0, max: 1, exclusiveMin: 1 });
    expect(result.errors[9]!.params).toEqual({ expected: 12, actual: 3 });
  });

  it('a date after the reference date or not a date is refused', () => {
    const header = ['person', 'sex', 'birthDate', 'entryDate', 'education', 'category', 'fte', 'hoursPaid', 'basicPay', 'variablePay'];
    const result = validatePayRows(header, rows(['p', 'F', '1990-02-30', '2027-01-01', '1', 'A1', '1', '1976', '52000', '0']), options);
    expect(result.errors.map((e) => [e.column, e.code])).toEqual([
      ['birthDate', 'pay.date-invalid'],
      ['entryDate', 'pay.date-after-reference'],
    ]);
  });

  it('a person twice: the second row is refused, naming the first line', () => {
    const result = validatePayRows(HEADER, rows(good, good), options);
    expect(result.records).toHaveLength(1);
    expect(result.errors).toEqual([{ code: 'pay.person-duplicate', line: 3, column: 'person', params: { first: 2 } }]);
  });
});

describe('the category of a person', () => {
  it('the class of the FUBE held wins over an explicit category, which stands for people without one', () => {
    expect(payCategory({ category: 'B2' }, { family: 'F1', class: 7 })).toEqual({ kind: 'class', family: 'F1', class: 7 });
    expect(payCategory({ category: 'B2' }, undefined)).toEqual({ kind: 'explicit', category: 'B2' });
  });
  it('the class of the FUBE held on the reference date, by class or family × class', () => {
    const category = payCategory({ category: null }, { family: 'beleid', class: 7 });
    expect(categoryKey(category)).toBe('7');
    expect(categoryKey(category, 'family-class')).toBe('beleid/7');
    expect(levelOfRequirements(category)).toBe(7);
  });
  it('without either: niet ingedeeld (null key), no level', () => {
    const category = payCategory({ category: null }, undefined);
    expect(category).toEqual({ kind: 'unclassified' });
    expect(categoryKey(category)).toBeNull();
    expect(levelOfRequirements(category)).toBeNull();
  });
  it('an explicit numeric category is a number level, so 10 ranks above 9', () => {
    expect(levelOfRequirements(payCategory({ category: '10' }, undefined))).toBe(10);
    expect(levelOfRequirements(payCategory({ category: 'A1' }, undefined))).toBe('A1');
  });
});
