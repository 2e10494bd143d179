import { type Node, isNode } from 'yaml';
import { type DomainError, type PathSegment, type Result, fail } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import { PARSE_LIMITS, limitError } from '../parse/limits.js';
import { parseYamlBounded, toJsBounded } from '../parse/yaml.js';
import { yamlErrorReason } from '../parse/yaml-errors.js';
import { findJsonSyntaxError } from './json-syntax.js';
import type { Family } from './schema.js';
import { parseFamily } from './validate.js';

export type SourceFormat = 'yaml' | 'json';

export interface SourceOptions {
  /** Shown in errors; the loader does no I/O itself. */
  file?: string;
  /** Defaults to JSON when the file name ends in .json, else YAML (a superset of JSON). */
  format?: SourceFormat;
}

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/**
 * Parses a family from YAML or JSON text. Errors carry the file, and the line and column
 * of the field where the text is YAML (JSON is parsed as YAML for positions too).
 */
export function loadFamilySource(source: string, options: SourceOptions = {}): Result<Family> {
  const file = options.file;
  const format = options.format ?? (file !== undefined && /\.json$/i.test(file) ? 'json' : 'yaml');
  const where = file !== undefined ? { file } : {};
  // Limits first (depth, size, keys, aliases), before either parser sees the text.
  const parsed = parseYamlBounded(source, PARSE_LIMITS.family, { prettyErrors: false, uniqueKeys: true });
  if (!parsed.ok) return fail([{ ...limitError(parsed.exceeded), ...where, ...positionIn(source, parsed.exceeded.offset) }]);
  const { doc, lineCounter } = parsed;
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (format === 'json') {
    // YAML would accept some text that is not JSON; JSON must be strict.
    const jsonError = findJsonSyntaxError(source);
    if (jsonError !== undefined) return fail([{ ...catalogueError('syntax:json', '', { reason: jsonError.reason }), ...where, ...at(jsonError.offset) }]);
  }
  if (doc.errors.length > 0) {
    // The parser's own reason is English; its error code picks the text in the caller's language.
    return fail(
      doc.errors.map((e) => ({
        ...catalogueError(format === 'json' ? 'syntax:json' : 'syntax:yaml', '', { reason: yamlErrorReason(e.code) }),
        ...where,
        ...at(e.pos[0]),
      })),
    );
  }
  const js = toJsBounded(doc, PARSE_LIMITS.family);
  if (!js.ok) return fail([{ ...limitError(js.exceeded), ...where }]);
  const data = js.value;
  const result = parseFamily(data);
  if (result.ok) return result;
  // Each error is located by a walk of the document: with thousands of errors (20,000 unknown
  // keys) that walk took 25 s of the event loop on the public checker. The first ones are enough.
  const shown = result.errors.slice(0, MAX_REPORTED_ERRORS).map((error) => locate(error, doc.contents, at, file));
  const more = result.errors.length - shown.length;
  return fail(more > 0 ? [...shown, { ...catalogueError('errors.more', '', { count: more, shown: shown.length }), ...where }] : shown);
}

/** The most errors a family text reports (the rest are counted in one last error). */
export const MAX_REPORTED_ERRORS = 100;

function locate(
  error: DomainError,
  root: unknown,
  at: (offset: number) => { line: number; column: number },
  file: string | undefined,
): DomainError {
  const segments = parsePath(error.path);
  // Walk as deep as the document goes: a missing field is reported at its parent.
  let node: unknown = root;
  let found: Node | undefined = isNode(root) ? root : undefined;
  for (const segment of segments) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next;
    if (isNode(next)) found = next;
  }
  const located: DomainError = { ...error };
  if (file !== undefined) located.file = file;
  if (found?.range) Object.assign(located, at(found.range[0]));
  return located;
}

function childOf(node: unknown, segment: PathSegment): unknown {
  if (node === null || typeof node !== 'object' || !('items' in node)) return undefined;
  const items = (node as { items: unknown[] }).items;
  if (typeof segment === 'number') return items[segment];
  for (const item of items) {
    if (item && typeof item === 'object' && 'key' in item) {
      const key = (item as { key: unknown }).key;
      const keyValue = isNode(key) && 'value' in key ? (key as { value: unknown }).value : key;
      if (String(keyValue) === segment) return (item as unknown as { value: unknown }).value ?? key;
    }
  }
  return undefined;
}

/** Line and column (1-based) of an offset, for a text the parser was not given. */
function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
