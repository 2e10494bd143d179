/** Dutch texts of the use cases' refusals (src/use-cases), rendered per request language by the adapters. */
export const useCasesNl = {
  'problem.parties-invalid': 'Onbekende personen of plaatsen',
  'problem.detail.change-out-of-reach': 'Na deze wijziging zou de FUBE buiten uw bereik vallen: {reason}',
} as const;
