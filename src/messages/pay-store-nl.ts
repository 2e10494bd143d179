/**
 * Dutch texts of storing pay data (issue 16 items 1, 2, 8): the import, the periods, the
 * person-level records and the page "Loongegevens"; en: pay-store-en.ts.
 */
export const payStoreNl = {
  'pay.person-other-entity': 'deze persoon werkt in een andere entiteit ({entity}) dan die van de periode',
  'pay.formula-like': 'de cel begint met {character}: een rekenblad zou ze als formule lezen',
  'pay.period-invalid': 'een periode is 1 tot 40 letters, cijfers, punten, koppeltekens of liggende streepjes, beginnend met een letter of cijfer',
  'pay.reference-date-required': 'geef een referentiedatum (JJJJ-MM-DD); alleen voor een periode die een jaartal is, is dat standaard 31 december',
  'pay.reference-date-invalid': 'geen geldige referentiedatum (JJJJ-MM-DD)',
  'pay.entity-unknown': "de entiteit '{entity}' bestaat niet",
  'pay.threshold-out-of-range': 'de drempel moet een geheel getal van {min} tot {max} zijn',
  'pay.period-not-found': "de periode '{period}' bestaat niet",
  'pay.period-other-scope': 'deze periode hoort bij een ander bereik ({scope}); alleen wie dat bereik heeft, mag ze vervangen of verwijderen',
  'pay.scope-organisation': 'de hele organisatie',
  'problem.pay-refused': 'De loongegevens zijn niet ingevoerd',
} as const;
