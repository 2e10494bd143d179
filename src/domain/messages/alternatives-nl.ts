/** Dutch texts of the OF alternatives of a chosen value and the RG result area (issue 14 item 5). */
export const alternativesNl = {
  'fube.alternative-not-chosen': "waarde {value} van '{criterion}' heeft alternatieven (OF): kies welk alternatief (of welke) voor deze functie geldt",
  'fube.alternative-without-value': "voor '{criterion}' is nog geen waarde gekozen: er is geen alternatief te kiezen",
  'fube.value-without-alternatives': "waarde {value} van '{criterion}' heeft geen alternatieven (OF) om uit te kiezen",
  'fube.alternative-none-chosen': "kies minstens één alternatief van waarde {value} van '{criterion}'",
  'fube.alternative-unknown': "alternatief {alternative} bestaat niet bij waarde {value} van '{criterion}' (1 tot {max})",
  'fube.alternative-duplicate': 'alternatief {alternative} is twee keer gekozen',
  'ui.alternatives.title': 'Alternatieven (OF) die voor deze functie gelden',
  'ui.alternatives.intro': 'Waarde {value} van {criterion} beschrijft alternatieven. Kies welk alternatief (of welke) voor deze functie geldt; alleen die tekst komt in de FUBE.',
  'ui.alternatives.save': 'Keuze bewaren',
  'ui.alternatives.not-chosen': 'Nog niet gekozen',
  'ui.alternatives.choose-in-weighing': 'Deze waarde heeft alternatieven (OF): kies in de stap Weging welk alternatief geldt; titel, omschrijving en doel volgen dan de gekozen tekst.',
  'ui.alternatives.chosen': 'Gekozen: {texts}',
} as const;
