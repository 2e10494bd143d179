import type { robustnessNl } from './robustness-nl.js';
import type { Translation } from './translation.js';

/** English texts of issue 11's remaining robustness work; the type keeps the keys in step. */
export const robustnessEn: Translation<typeof robustnessNl> = {
  'errors.more': 'and {count} more errors (only the first {shown} are shown)',
};
