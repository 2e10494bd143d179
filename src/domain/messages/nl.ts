/**
 * Dutch (nl-BE) texts produced by the domain: weighing errors, the weighing explanation,
 * competency-profile errors. The reference catalogue: every other locale must have exactly
 * these keys (en.ts), with the same placeholders (checked by messages.test.ts).
 *
 * Placeholders: `{name}` is replaced by a parameter; `{name|one|other}` picks `one` when the
 * parameter is 1 and `other` otherwise, with `#` standing for the number.
 */
export const nl = {
  // Weighing input
  'weighing.values-not-object':
    'de weging moet een object zijn met per criterium het nummer van de gekozen waarde',
  'weighing.missing-value': "geen waarde gekozen voor criterium '{name}' ({id})",
  'weighing.unknown-criterion': "'{id}' is geen criterium van de familie '{family}'",
  'weighing.value-out-of-range':
    "waarde {value} bestaat niet voor criterium '{name}' ({id}); kies een geheel getal van 1 tot en met {max}",
  'weighing.unknown-rule': "onbekende wegingsregel '{rule}'; beschikbaar: {known}",

  // Explanation of a weighing, in words a function holder can read
  'explain.suggestion.one-class':
    'Voorstel: functiefamilieniveau {level} van de familie {family}, functieklasse {class}.',
  'explain.suggestion.two-classes':
    'Voorstel: functiefamilieniveau {level} van de familie {family} (functieklassen {classes}), functieklasse {class}.',
  'explain.how':
    'Elke gekozen waarde beschrijft een of meer niveaus. Het voorgestelde niveau is het niveau waar de gekozen waarden samen het dichtst bij liggen: de ene helft van de waarden ligt niet hoger, de andere helft niet lager.',
  'explain.class.higher':
    'Dit niveau heeft twee functieklassen. {above|# criterium ligt|# criteria liggen} hoger dan niveau {level} en {below} lager. Omdat er meer hoger liggen, wordt het de hoogste klasse: {class}.',
  'explain.class.lower':
    'Dit niveau heeft twee functieklassen. {above|# criterium ligt|# criteria liggen} hoger dan niveau {level} en {below} lager. Omdat er niet meer hoger liggen, wordt het de laagste klasse: {class}.',
  'explain.criteria.title': 'Per criterium:',
  'explain.criterion':
    '- {criterion}: waarde {value} ("{text}"), {covers}; dat is {position}.',
  'explain.criterion.without-text': '- {criterion}: waarde {value}, {covers}; dat is {position}.',
  'explain.covers.one': 'hoort bij niveau {level} (functieklasse {classes})',
  'explain.covers.range': 'hoort bij de niveaus {from} tot en met {to} (functieklassen {classes})',
  'explain.position.on': 'op het voorgestelde niveau',
  'explain.position.above': 'hoger dan het voorgestelde niveau',
  'explain.position.below': 'lager dan het voorgestelde niveau',
  'explain.flags.title': 'Aandachtspunten:',
  'explain.flags.none': 'Geen aandachtspunten.',
  'explain.flag.spread':
    '- Grote spreiding: {criteria} {count|ligt|liggen} twee of meer niveaus verwijderd van het voorgestelde niveau. Ga na of de gekozen {count|waarde|waarden} echt bij de functie {count|past|passen}.',
  'explain.flag.tie':
    '- Gelijke stand: de niveaus {levels} liggen even dicht bij de gekozen waarden. De regel kiest dan het laagste niveau. {count|Dit criterium reikt|Deze criteria reiken} tot boven niveau {level}: {criteria}.',
  'explain.flag.borderline':
    '- Grensgeval: er liggen evenveel criteria hoger als lager dan niveau {level} (elk {count}). De regel kiest dan de laagste klasse; bekijk of de hogere klasse beter past. Het gaat om {criteria}.',
  'explain.flag.reconstructed-span':
    '- Te controleren tegen het origineel: bij {criteria} is niet zeker welke niveaus de gekozen waarde dekt (de tabel van het brondocument is gereconstrueerd).',
  'explain.flag.rg-required':
    '- Resultaatgebied nodig: de functiebeschrijving moet een extra resultaatgebied bevatten voor {criterion}, waarde {value} ("{text}").',
  'explain.list.and': '{first} en {last}',
  'explain.ellipsis': '…',

  // Competency profile
  'profile.unknown-class':
    "functieklasse {class} hoort niet bij de familie '{family}'; de familie heeft de functieklassen {classes}",
  'profile.missing-expertise':
    "de familie '{family}' beschrijft geen vaktechnische competenties voor niveau {level}",
  'profile.missing-competency-level':
    "competentie '{competency}' vraagt niveau {level} voor functieklasse {class}, maar dat niveau is niet beschreven",
} as const;
