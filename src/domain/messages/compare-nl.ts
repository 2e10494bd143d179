/**
 * Dutch texts of comparing FUBEs side by side (issue 15 item 6, src/api/compare.ts); en:
 * compare-en.ts. The maximum is COMPARE_MAX in src/api/compare.ts (a test keeps them in step).
 */
export const compareNl = {
  'schema.compare-too-few': 'kies minstens twee functiebeschrijvingen om te vergelijken',
  'schema.compare-too-many': 'vergelijk hoogstens 6 functiebeschrijvingen tegelijk',
  'schema.compare-duplicate': 'elke functiebeschrijving mag maar één keer in de vergelijking staan',
} as const;
