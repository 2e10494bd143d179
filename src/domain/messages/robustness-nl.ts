/** Dutch texts of issue 11's remaining robustness work (error caps, document jobs); en: robustness-en.ts. */
export const robustnessNl = {
  'errors.more': 'en nog {count} fouten (enkel de eerste {shown} worden getoond)',
  'problem.document-unavailable': 'Het document kan nu niet gemaakt worden',
  'problem.detail.document-timeout': 'het document maken duurde langer dan {seconds} seconden en is gestopt; probeer het later opnieuw of kort de teksten in',
  'problem.detail.document-memory': 'het document maken vroeg meer geheugen dan toegestaan en is gestopt; kort de teksten in',
  'problem.detail.document-busy': 'er worden al te veel documenten tegelijk gemaakt; probeer het over enkele seconden opnieuw',
} as const;
