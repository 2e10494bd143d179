import type { ErrorCode } from 'yaml';
import { type MessageRef, ref } from '../messages/index.js';

/**
 * The catalogue key of every error code of the `yaml` library: the parser's own messages are
 * English ("Map keys must be unique"), the same in every language; this gives the reason in
 * the caller's. Typed over the library's `ErrorCode`, so a new code does not compile without
 * a text (and test/unit/yaml-errors.test.ts reads the library's list as well).
 */
export const YAML_ERROR_KEYS = {
  ALIAS_PROPS: 'yaml.ALIAS_PROPS',
  BAD_ALIAS: 'yaml.BAD_ALIAS',
  BAD_DIRECTIVE: 'yaml.BAD_DIRECTIVE',
  BAD_DQ_ESCAPE: 'yaml.BAD_DQ_ESCAPE',
  BAD_INDENT: 'yaml.BAD_INDENT',
  BAD_PROP_ORDER: 'yaml.BAD_PROP_ORDER',
  BAD_SCALAR_START: 'yaml.BAD_SCALAR_START',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.BLOCK_AS_IMPLICIT_KEY',
  BLOCK_IN_FLOW: 'yaml.BLOCK_IN_FLOW',
  DUPLICATE_KEY: 'yaml.DUPLICATE_KEY',
  IMPOSSIBLE: 'yaml.IMPOSSIBLE',
  KEY_OVER_1024_CHARS: 'yaml.KEY_OVER_1024_CHARS',
  MISSING_CHAR: 'yaml.MISSING_CHAR',
  MULTILINE_IMPLICIT_KEY: 'yaml.MULTILINE_IMPLICIT_KEY',
  MULTIPLE_ANCHORS: 'yaml.MULTIPLE_ANCHORS',
  MULTIPLE_DOCS: 'yaml.MULTIPLE_DOCS',
  MULTIPLE_TAGS: 'yaml.MULTIPLE_TAGS',
  NON_STRING_KEY: 'yaml.NON_STRING_KEY',
  RESOURCE_EXHAUSTION: 'yaml.RESOURCE_EXHAUSTION',
  TAB_AS_INDENT: 'yaml.TAB_AS_INDENT',
  TAG_RESOLVE_FAILED: 'yaml.TAG_RESOLVE_FAILED',
  UNEXPECTED_TOKEN: 'yaml.UNEXPECTED_TOKEN',
  BAD_COLLECTION_TYPE: 'yaml.BAD_COLLECTION_TYPE',
} as const satisfies Record<ErrorCode, `yaml.${ErrorCode}`>;

const isKnown = (code: string): code is ErrorCode => Object.hasOwn(YAML_ERROR_KEYS, code);

/** The reason of a YAML parser error as a catalogue reference (a code the table lacks: a general text). */
export function yamlErrorReason(code: string): MessageRef {
  // Every text of the table is without placeholders (the type of `ref` cannot see that over a union of keys).
  return isKnown(code) ? { key: YAML_ERROR_KEYS[code] } : ref('yaml.unknown');
}
