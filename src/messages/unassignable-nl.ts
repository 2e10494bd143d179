/** Dutch texts of unassignable functions in the web (issue 14 item 3). */
export const unassignableAppNl = {
  'ui.decision.unassignable': 'Niet-toewijsbare functie: de klasse komt uit de afzonderlijke methode',
  'ui.unassignable.motivation': 'Motivering van de klasse',
  'ui.unassignable.class-hint': 'Een functieklasse van de Vlaamse overheid ({min} tot {max}).',
  'ui.unassignable.current': 'Niet-toewijsbare functie: functieklasse {class} volgens {method}. Motivering: {motivation}',
  'ui.unassignable.profile': 'Een niet-toewijsbare functie heeft geen niveau, klasse of competenties van de familie; haar klasse komt uit de afzonderlijke methode.',
} as const;
