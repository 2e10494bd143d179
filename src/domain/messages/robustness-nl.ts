/** Dutch texts of issue 11's remaining robustness work (error caps, document jobs); en: robustness-en.ts. */
export const robustnessNl = {
  'errors.more': 'en nog {count} fouten (enkel de eerste {shown} worden getoond)',
} as const;
