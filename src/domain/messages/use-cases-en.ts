import type { Translation } from './translation.js';
import type { useCasesNl } from './use-cases-nl.js';

export const useCasesEn: Translation<typeof useCasesNl> = {
  'problem.parties-invalid': 'Unknown people or places',
  'problem.detail.change-out-of-reach': 'After this change the FUBE would be out of your reach: {reason}',
};
