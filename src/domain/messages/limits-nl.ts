/**
 * Dutch texts of the limits on input (src/domain/parse/limits.ts, docs/limits.md) and of
 * the text hygiene at the boundary (src/api/safe-text.ts); en: limits-en.ts.
 */
export const limitsNl = {
  'limit.size': 'de tekst is te lang: hoogstens {max} tekens',
  'limit.bytes': 'de aanvraag is te groot: hoogstens {max} bytes',
  'limit.depth': 'te diep genest: hoogstens {max} niveaus van lijsten en objecten',
  'limit.keys': 'te veel velden: hoogstens {max} sleutels',
  'limit.aliases': 'te veel YAML-aliassen: hoogstens {max}',
  'text.nul': 'bevat een NUL-teken (U+0000), dat niet toegelaten is',
  'text.surrogate': 'bevat een ongeldig Unicode-teken (een los surrogaat)',
  'text.noncharacter': 'bevat een Unicode-niet-teken ({code}), dat niet toegelaten is',
  'text.control': 'bevat een stuurteken ({code}), dat niet toegelaten is',
  'text.bidi': 'bevat een teken dat de schrijfrichting omkeert ({code}); dat is niet toegelaten in namen en titels',
  'schema.text-nul': 'bevat een NUL-teken (U+0000), dat niet toegelaten is',
  'schema.text-surrogate': 'bevat een ongeldig Unicode-teken (een los surrogaat)',
  'schema.text-noncharacter': 'bevat een Unicode-niet-teken, dat niet toegelaten is',
  'schema.text-control': 'bevat een stuurteken, dat niet toegelaten is',
  'schema.text-bidi': 'bevat een teken dat de schrijfrichting omkeert; dat is niet toegelaten in namen en titels',
} as const;
