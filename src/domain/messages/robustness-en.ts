import type { robustnessNl } from './robustness-nl.js';
import type { Translation } from './translation.js';

/** English texts of issue 11's remaining robustness work; the type keeps the keys in step. */
export const robustnessEn: Translation<typeof robustnessNl> = {
  'errors.more': 'and {count} more errors (only the first {shown} are shown)',
  'problem.document-unavailable': 'The document cannot be made now',
  'problem.detail.document-timeout': 'making the document took longer than {seconds} seconds and was stopped; try again later or shorten the texts',
  'problem.detail.document-memory': 'making the document needed more memory than allowed and was stopped; shorten the texts',
  'problem.detail.document-busy': 'too many documents are being made at once; try again in a few seconds',
};
