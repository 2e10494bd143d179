import type { Translation } from './translation.js';
import type { compareNl } from './compare-nl.js';

/** English texts of comparing FUBEs side by side; nl: compare-nl.ts. */
export const compareEn: Translation<typeof compareNl> = {
  'schema.compare-too-few': 'choose at least two function descriptions to compare',
  'schema.compare-too-many': 'compare at most 6 function descriptions at a time',
  'schema.compare-duplicate': 'each function description may appear only once in the comparison',
};
