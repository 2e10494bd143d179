/** Dutch texts of the use cases' refusals (src/use-cases), rendered per request language by the adapters. */
export const useCasesNl = {
  'problem.parties-invalid': 'Onbekende personen of plaatsen',
  'problem.detail.create-nowhere': 'U mag nergens een FUBE starten',
  'problem.detail.change-out-of-reach': 'Na deze wijziging zou de FUBE buiten uw bereik vallen: {reason}',
  'accounts.unknown-user': "gebruiker '{username}' bestaat niet",
  'accounts.exists': "gebruiker '{username}' bestaat al",
  'accounts.unknown-entity': "rol {grant}: entiteit '{entity}' bestaat niet",
  'accounts.unit-not-of-entity': "rol {grant}: afdeling '{unit}' hoort niet bij entiteit '{entity}'",
  'accounts.unknown-person': "persoon '{person}' bestaat niet",
  'accounts.role-not-held': "{username} heeft de rol {grant} niet",
  'problem.import-unavailable': 'De catalogus kan nu niet ingevoerd worden',
  'problem.detail.import-limit': 'de invoer duurde langer dan {seconds} seconden of vroeg meer geheugen dan toegestaan en is gestopt; er is niets geschreven. Voer het bestand in met de opdrachtregel (weegschaal import) of in kleinere delen',
  'problem.export-unavailable': 'De catalogus kan nu niet uitgevoerd worden',
  'problem.detail.export-limit': 'de uitvoer duurde langer dan {seconds} seconden of vroeg meer geheugen dan toegestaan en is gestopt. Verfijn de filters of voer uit met de opdrachtregel (weegschaal export)',
} as const;
