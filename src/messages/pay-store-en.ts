import type { Translation } from '../domain/messages/translation.js';
import type { payStoreNl } from './pay-store-nl.js';

/** English texts of storing pay data; nl: pay-store-nl.ts. */
export const payStoreEn: Translation<typeof payStoreNl> = {
  'pay.person-other-entity': "this person works in another entity ({entity}) than the period's",
  'pay.formula-like': 'the cell starts with {character}: a spreadsheet would read it as a formula',
  'pay.period-invalid': 'a period is 1 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit',
  'pay.reference-date-required': 'give a reference date (YYYY-MM-DD); only a period that is a year defaults to 31 December',
  'pay.reference-date-invalid': 'not a valid reference date (YYYY-MM-DD)',
  'pay.entity-unknown': "the entity '{entity}' does not exist",
  'pay.threshold-out-of-range': 'the threshold must be a whole number from {min} to {max}',
  'pay.period-not-found': "the period '{period}' does not exist",
  'pay.period-other-scope': 'this period belongs to another scope ({scope}); only who holds that scope may replace or delete it',
  'pay.scope-organisation': 'the whole organisation',
  'problem.pay-refused': 'The pay data was not imported',
};
