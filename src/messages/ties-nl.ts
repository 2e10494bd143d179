/** Dutch texts of the tie decision in the API and the web (issue 14 item 4). */
export const tiesAppNl = {
  'problem.tie-refused': 'De gelijke stand kan zo niet beslist worden',
  'ui.action.decide-tie': 'Gelijke stand beslist',
  'ui.tie.title': 'Gelijke stand: een persoon beslist',
  'ui.tie.intro':
    'De niveaus {levels} liggen even dicht bij de gekozen waarden. De regel stelt het laagste niveau voor, maar voor het voorstel kiest HR een van deze niveaus, met een motivering.',
  'ui.tie.level': 'Niveau {level}',
  'ui.tie.classes': 'functieklasse {classes}',
  'ui.tie.class-here': 'De weging geeft hier functieklasse {class}.',
  'ui.tie.lower': 'voorstel van de regel (laagste niveau)',
  'ui.tie.separates': 'Wat de niveaus scheidt: {count|dit criterium reikt|deze criteria reiken} tot boven niveau {level}:',
  'ui.tie.criterion': '{criterion}: waarde {value} (niveaus {from}–{to})',
  'ui.tie.criterion.one': '{criterion}: waarde {value} (niveau {level})',
  'ui.tie.chosen': 'gekozen door HR',
  'ui.tie.on-level': 'Boven dit niveau: {above|geen enkel criterium|# criterium|# criteria}; eronder: {below|geen enkel criterium|# criterium|# criteria}.',
  'ui.tie.choose': 'Welk niveau kiest u?',
  'ui.tie.choose-level': 'Niveau {level} (functieklasse {class})',
  'ui.tie.motivation': 'Motivering van de keuze',
  'ui.tie.motivation-hint': 'Waarom past dit niveau beter? De motivering komt in de geschiedenis en in de catalogus.',
  'ui.tie.submit': 'Keuze bewaren',
  'ui.tie.decided':
    'Beslist op {date}: niveau {level} (functieklasse {class}), {up|naar boven|naar beneden} gekozen. Motivering: {motivation}',
  'ui.tie.open': 'Nog niet beslist: het voorstel aan de functiehouders wacht op deze keuze.',
  'ui.tie.unsaved': 'Bewaar eerst de wijzigingen van de FUBE; de keuze geldt voor de bewaarde weging.',
} as const;
