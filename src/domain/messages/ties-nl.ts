/** Dutch texts of the tie decision (issue 14 item 4, DOMAIN.md §3.6). */
export const tiesNl = {
  'fube.tie-undecided':
    'de niveaus {levels} liggen even dicht bij de gekozen waarden (gelijke stand); HR kiest er één met een motivering voor het voorstel',
  'fube.tie-none': 'deze weging heeft geen gelijke stand: er is niets te beslissen',
  'fube.tie-level-not-tied': 'niveau {level} is niet een van de gelijk liggende niveaus ({levels})',
  'fube.tie-motivation-missing': 'geef een motivering voor de keuze tussen de gelijk liggende niveaus',
  'access.action.fube.decide-tie': 'gelijke stand beslissen',
  'fube.tie.direction.up': 'naar boven',
  'fube.tie.direction.down': 'naar beneden',
} as const;
