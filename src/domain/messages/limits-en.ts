import type { limitsNl } from './limits-nl.js';
import type { Translation } from './translation.js';

/** English texts of the input limits and text hygiene; the type keeps the keys in step. */
export const limitsEn: Translation<typeof limitsNl> = {
  'limit.size': 'the text is too long: at most {max} characters',
  'limit.bytes': 'the request is too large: at most {max} bytes',
  'limit.depth': 'nested too deeply: at most {max} levels of arrays and objects',
  'limit.keys': 'too many fields: at most {max} keys',
  'limit.aliases': 'too many YAML aliases: at most {max}',
  'text.nul': 'contains a NUL character (U+0000), which is not allowed',
  'text.surrogate': 'contains an invalid Unicode character (a lone surrogate)',
  'text.noncharacter': 'contains a Unicode noncharacter ({code}), which is not allowed',
  'text.control': 'contains a control character ({code}), which is not allowed',
  'text.bidi': 'contains a character that reverses the writing direction ({code}); not allowed in names and titles',
  'schema.text-nul': 'contains a NUL character (U+0000), which is not allowed',
  'schema.text-surrogate': 'contains an invalid Unicode character (a lone surrogate)',
  'schema.text-noncharacter': 'contains a Unicode noncharacter, which is not allowed',
  'schema.text-control': 'contains a control character, which is not allowed',
  'schema.text-bidi': 'contains a character that reverses the writing direction; not allowed in names and titles',
};
