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
};
