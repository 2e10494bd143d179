/** Dutch texts of unassignable functions on the common path (issue 14 item 3, DOMAIN.md §5.7). */
export const unassignableNl = {
  'fube.unassignable-method-missing': 'een niet-toewijsbare functie vermeldt de afzonderlijke methode waarmee ze gewogen is',
  'fube.unassignable-motivation-missing': 'een niet-toewijsbare functie vraagt een motivering van de klasse uit de afzonderlijke methode',
  'fube.unassignable-class-out-of-range': 'functieklasse {class} bestaat niet bij de Vlaamse overheid ({min} tot {max})',
} as const;
