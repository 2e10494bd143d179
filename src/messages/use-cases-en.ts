import type { Translation } from '../domain/messages/translation.js';
import type { useCasesNl } from './use-cases-nl.js';

export const useCasesEn: Translation<typeof useCasesNl> = {
  'problem.parties-invalid': 'Unknown people or places',
  'problem.detail.create-nowhere': 'You may not start a FUBE anywhere',
  'problem.detail.change-out-of-reach': 'After this change the FUBE would be out of your reach: {reason}',
  'accounts.unknown-user': "user '{username}' does not exist",
  'accounts.exists': "user '{username}' already exists",
  'accounts.unknown-entity': "role {grant}: entity '{entity}' does not exist",
  'accounts.unit-not-of-entity': "role {grant}: unit '{unit}' does not belong to entity '{entity}'",
  'accounts.unknown-person': "person '{person}' does not exist",
  'accounts.role-not-held': "{username} does not have the role {grant}",
  'problem.import-unavailable': 'The catalogue cannot be imported now',
  'problem.detail.import-limit': 'the import took longer than {seconds} seconds or needed more memory than allowed and was stopped; nothing was written. Import the file with the command line (weegschaal import) or in smaller parts',
  'problem.export-unavailable': 'The catalogue cannot be exported now',
  'problem.detail.export-limit': 'the export took longer than {seconds} seconds or needed more memory than allowed and was stopped. Narrow the filters or export with the command line (weegschaal export)',
  'problem.calendar-refused': 'Closing day refused',
  'calendar.not-a-date': 'not an existing date in the form YYYY-MM-DD (year 1900 to 2199)',
  'calendar.closing-day-on-holiday': '{date} is a holiday already ({holiday}): no closing day is needed',
  'calendar.closing-day-in-weekend': '{date} falls in the weekend and is no working day already: no closing day is needed',
  'calendar.closing-day-reason-missing': 'give the reason for the closing day (e.g. bridge day)',
  'calendar.closing-day-reason-invalid': 'the reason is one line of at most {max} characters, without control characters',
  'calendar.closing-day-exists': '{date} is a closing day already',
  'calendar.closing-day-unknown': '{date} is no closing day',
};
