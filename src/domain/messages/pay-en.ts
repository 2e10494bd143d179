import type { Translation } from './translation.js';
import type { payNl } from './pay-nl.js';

/** English texts of the pay record's validation errors; nl: pay-nl.ts. */
export const payEn: Translation<typeof payNl> = {
  'pay.column-unknown': 'unknown column',
  'pay.column-duplicate': 'this column appears twice in the header',
  'pay.column-missing': 'the header lacks a required column: one of {alternatives}',
  'pay.cell-count': 'the row has {actual} cells, the header {expected}',
  'pay.required': 'this cell is required',
  'pay.text-fault': 'the cell holds an invalid character (a control character)',
  'pay.too-long': 'the cell is longer than {max} characters',
  'pay.not-a-number': 'not a number',
  'pay.not-an-integer': 'not a whole number',
  'pay.out-of-range': 'outside the range {min} to {max}',
  'pay.sex-unknown': 'sex must be F, M or X',
  'pay.date-invalid': 'not a valid date (YYYY-MM-DD)',
  'pay.date-after-reference': 'the date is after the reference date {referenceDate}',
  'pay.service-exceeds-age': 'the years of service exceed the age ({age})',
  'pay.no-pay': 'basic pay and variable pay are both 0',
  'pay.person-duplicate': 'this person is already on line {first}',
  'pay.person-other-entity': "this person works in another entity ({entity}) than the period's",
  'pay.formula-like': 'the cell starts with {character}: a spreadsheet would read it as a formula',
};
