import type { Translation } from './translation.js';
import type { yamlNl } from './yaml-nl.js';

/** English texts of the YAML parser's errors; the type keeps the keys in step with Dutch. */
export const yamlEn: Translation<typeof yamlNl> = {
  'yaml.ALIAS_PROPS': 'an alias (*name) cannot have an anchor or a tag',
  'yaml.BAD_ALIAS': 'this alias (*name) refers to no anchor (&name) before it',
  'yaml.BAD_DIRECTIVE': 'unknown or incomplete directive (a line starting with %)',
  'yaml.BAD_DQ_ESCAPE': 'invalid escape (\\) in a double-quoted text',
  'yaml.BAD_INDENT': 'the indentation is wrong (fields at the same level start in the same column), or a [ ] or { } is not closed',
  'yaml.BAD_PROP_ORDER': 'anchor and tag are in the wrong order or the wrong place',
  'yaml.BAD_SCALAR_START': 'a value cannot start with this character; put the text in quotes',
  'yaml.BLOCK_AS_IMPLICIT_KEY': 'a block (a list or several lines) cannot be a field name',
  'yaml.BLOCK_IN_FLOW': 'an indented block stands inside [ ] or { }; use commas there',
  'yaml.DUPLICATE_KEY': 'this field name occurs twice at the same level',
  'yaml.IMPOSSIBLE': 'the text could not be read (internal error of the YAML reader)',
  'yaml.KEY_OVER_1024_CHARS': 'a field name is longer than 1024 characters',
  'yaml.MISSING_CHAR': 'a character is missing, for example a closing quote, ] or }',
  'yaml.MULTILINE_IMPLICIT_KEY': 'a field name runs over more than one line; is a colon missing or one too many?',
  'yaml.MULTIPLE_ANCHORS': 'a value has more than one anchor (&name)',
  'yaml.MULTIPLE_DOCS': 'the file holds more than one document (---); a family file is one document',
  'yaml.MULTIPLE_TAGS': 'a value has more than one tag (!tag)',
  'yaml.NON_STRING_KEY': 'a field name must be plain text',
  'yaml.RESOURCE_EXHAUSTION': 'the file needs too much memory or too many aliases',
  'yaml.TAB_AS_INDENT': 'indented with a tab; use spaces',
  'yaml.TAG_RESOLVE_FAILED': 'unknown tag (!tag) or a value that does not fit its tag',
  'yaml.UNEXPECTED_TOKEN': 'unexpected character or text here',
  'yaml.BAD_COLLECTION_TYPE': 'this tag does not fit a list or a group of fields',
  'yaml.unknown': 'the YAML text is invalid here',
};
