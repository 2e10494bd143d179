/**
 * Dutch texts of the YAML parser's errors, one per error code of the `yaml` library
 * (src/domain/parse/yaml-errors.ts), so a family file's syntax error reads in the UI's
 * language instead of the parser's English. Line and column are shown beside the message.
 */
export const yamlNl = {
  'yaml.ALIAS_PROPS': 'een alias (*naam) mag geen anker of tag hebben',
  'yaml.BAD_ALIAS': 'deze alias (*naam) verwijst naar geen enkel anker (&naam) ervoor',
  'yaml.BAD_DIRECTIVE': 'onbekende of onvolledige richtlijn (een regel die met % begint)',
  'yaml.BAD_DQ_ESCAPE': 'ongeldige escape (\\) in een tekst tussen dubbele aanhalingstekens',
  'yaml.BAD_INDENT': 'de inspringing klopt niet (velden op hetzelfde niveau beginnen in dezelfde kolom), of een [ ] of { } is niet gesloten',
  'yaml.BAD_PROP_ORDER': 'anker en tag staan in de verkeerde volgorde of op de verkeerde plaats',
  'yaml.BAD_SCALAR_START': 'een waarde mag niet met dit teken beginnen; zet de tekst tussen aanhalingstekens',
  'yaml.BLOCK_AS_IMPLICIT_KEY': 'een blok (lijst of meerdere regels) kan geen veldnaam zijn',
  'yaml.BLOCK_IN_FLOW': 'een blok met inspringing staat binnen [ ] of { }; gebruik daar komma’s',
  'yaml.DUPLICATE_KEY': 'deze veldnaam komt twee keer voor op hetzelfde niveau',
  'yaml.IMPOSSIBLE': 'de tekst kon niet gelezen worden (interne fout van de YAML-lezer)',
  'yaml.KEY_OVER_1024_CHARS': 'een veldnaam is langer dan 1024 tekens',
  'yaml.MISSING_CHAR': 'er ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken, ] of }',
  'yaml.MULTILINE_IMPLICIT_KEY': 'een veldnaam loopt over meer dan één regel; staat er een dubbele punt te veel of te weinig?',
  'yaml.MULTIPLE_ANCHORS': 'een waarde heeft meer dan één anker (&naam)',
  'yaml.MULTIPLE_DOCS': 'het bestand bevat meer dan één document (---); een familiebestand is één document',
  'yaml.MULTIPLE_TAGS': 'een waarde heeft meer dan één tag (!tag)',
  'yaml.NON_STRING_KEY': 'een veldnaam moet een gewone tekst zijn',
  'yaml.RESOURCE_EXHAUSTION': 'het bestand vraagt te veel geheugen of te veel aliassen',
  'yaml.TAB_AS_INDENT': 'springt in met een tab; gebruik spaties',
  'yaml.TAG_RESOLVE_FAILED': 'onbekende tag (!tag) of een waarde die niet bij haar tag past',
  'yaml.UNEXPECTED_TOKEN': 'onverwacht teken of onverwachte tekst op deze plaats',
  'yaml.BAD_COLLECTION_TYPE': 'deze tag past niet bij een lijst of een groep velden',
  'yaml.unknown': 'de YAML-tekst is ongeldig op deze plaats',
} as const;
