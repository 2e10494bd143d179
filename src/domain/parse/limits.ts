/**
 * Limits on what a parser is given (decision 0006). Every JSON or YAML text the application
 * reads — HTTP bodies, family files, catalogues, backup lines — is measured here first,
 * without recursion, so that no input can exhaust the stack or the memory of the parser
 * that reads it afterwards (V8's JSON.parse, the `yaml` package).
 *
 * Pure: no I/O. A text over a limit yields a `LimitExceeded` naming the limit, its maximum
 * and the offset where it was passed; adapters render it (HTTP: 413 for size, 422 else).
 */
import { catalogueError } from '../messages/index.js';

/** `bytes`: a request body over its byte limit (Fastify's bodyLimit); `size`: a text over its characters. */
export type LimitName = 'size' | 'bytes' | 'depth' | 'keys' | 'aliases';

export interface ParseLimits {
  /** Characters (UTF-16 code units) of the whole text. */
  maxChars: number;
  /** Nesting of arrays and objects (sequences and mappings); a scalar at the top is depth 0. */
  maxDepth: number;
  /** Object members (mapping pairs) in the whole text. */
  maxKeys: number;
  /** YAML aliases (`*name`) in the whole text, and the alias expansions of toJS. */
  maxAliases: number;
}

export interface LimitExceeded {
  limit: LimitName;
  max: number;
  /** Where in the text the limit was passed (for line and column). */
  offset: number;
}

const MIB = 1024 * 1024;

/** The limits per source. Documented in docs/limits.md; a test keeps the two in step. */
export const PARSE_LIMITS = {
  /** A JSON request body (every route but catalogue import; size is Fastify's bodyLimit too). */
  request: { maxChars: 5 * MIB, maxDepth: 32, maxKeys: 20_000, maxAliases: 0 },
  /** A family file, from disk or uploaded. */
  family: { maxChars: 2 * MIB, maxDepth: 32, maxKeys: 50_000, maxAliases: 100 },
  /** A catalogue (bulk import of FUBEs): large, but never deep. */
  catalogue: { maxChars: 512 * MIB, maxDepth: 32, maxKeys: 20_000_000, maxAliases: 0 },
  /** One line of a backup file: a header or a row of scalars. */
  backupLine: { maxChars: 256 * MIB, maxDepth: 8, maxKeys: 100_000, maxAliases: 0 },
} as const satisfies Record<string, ParseLimits>;

/**
 * Measures a JSON text in one pass: size, nesting and member count, skipping strings. It
 * does not check the syntax (the parser that follows does); it only says whether that
 * parser may be given the text.
 */
export function measureJson(text: string, limits: ParseLimits): LimitExceeded | undefined {
  if (text.length > limits.maxChars) return { limit: 'size', max: limits.maxChars, offset: limits.maxChars };
  let depth = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      // Skip the string; an unterminated one ends the scan (a syntax error, not a limit).
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x22) break;
      }
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > limits.maxDepth) return { limit: 'depth', max: limits.maxDepth, offset: i };
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (code === 0x3a /* : */) {
      if (++keys > limits.maxKeys) return { limit: 'keys', max: limits.maxKeys, offset: i };
    }
  }
  return undefined;
}

/**
 * The nesting a YAML text can at most reach before it is parsed, as a guard for the `yaml`
 * package (it recurses on flow collections and dies of it around 10,000 levels). Counts
 * flow brackets outside quoted scalars and comments, plus the block indicators (`- `, `? `)
 * that open a collection on one line. An overestimate is fine: the exact depth is measured
 * on the parsed document (`measureValue`); this only has to be cheap and never too low.
 */
export function yamlNestingGuard(text: string, limits: ParseLimits): LimitExceeded | undefined {
  if (text.length > limits.maxChars) return { limit: 'size', max: limits.maxChars, offset: limits.maxChars };
  // Generous: the guard protects the parser, the exact limit is applied after parsing.
  const guard = Math.max(limits.maxDepth * 4, 128);
  const over = (offset: number): LimitExceeded => ({ limit: 'depth', max: limits.maxDepth, offset });
  const isBlank = (c: number) => c === 0x20 || c === 0x09;
  let flow = 0;
  let i = 0;
  while (i < text.length) {
    // The start of a line: indentation, then "- " and "? " indicators, each one level.
    let indicators = 0;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    while (i + 1 < text.length && (text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x3f) && isBlank(text.charCodeAt(i + 1))) {
      if (++indicators + flow > guard) return over(i);
      i += 2;
      while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    }
    // The rest of the line: flow brackets outside quoted scalars and comments.
    let previous = 0x0a;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        i++;
        break;
      }
      if (isBlank(code)) continue;
      if (code === 0x23 /* # */ && (isBlank(text.charCodeAt(i - 1)) || previous === 0x0a)) {
        while (i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a) i++;
        continue;
      }
      const startsScalar = previous === 0x0a || previous === 0x3a || previous === 0x2c || previous === 0x5b || previous === 0x7b;
      if ((code === 0x22 || code === 0x27) && startsScalar) {
        // A quoted scalar may span lines; its brackets do not count.
        for (i++; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (code === 0x22 && c === 0x5c) i++;
          else if (c === code) {
            if (code === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
            else break;
          }
        }
      } else if (code === 0x5b || code === 0x7b) {
        if (++flow + indicators > guard) return over(i);
      } else if ((code === 0x5d || code === 0x7d) && flow > 0) flow--;
      previous = code;
    }
  }
  return undefined;
}

/**
 * Depth and member count of a parsed value, without recursion (a value from JSON.parse can
 * be as deep as its text; V8 parses it iteratively, but anything that walks it recursively
 * afterwards, JSON.stringify or zod, would overflow).
 */
export function measureValue(value: unknown, limits: ParseLimits): LimitExceeded | undefined {
  let keys = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limits.maxDepth) return { limit: 'depth', max: limits.maxDepth, offset: 0 };
    const children = Array.isArray(item) ? (item as unknown[]) : Object.values(item as Record<string, unknown>);
    if (!Array.isArray(item)) {
      keys += children.length;
      if (keys > limits.maxKeys) return { limit: 'keys', max: limits.maxKeys, offset: 0 };
    }
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The limit as a field error (code `limit.<name>`), in the catalogue's words. */
export function limitError(exceeded: LimitExceeded, path = ''): ReturnType<typeof catalogueError> {
  return catalogueError(`limit.${exceeded.limit}`, path, { max: exceeded.max });
}

/** JSON.parse within limits: the text is measured first, then parsed (syntax errors throw as from JSON.parse). */
export function parseJsonBounded(text: string, limits: ParseLimits): { ok: true; value: unknown } | { ok: false; exceeded: LimitExceeded } {
  const exceeded = measureJson(text, limits);
  return exceeded !== undefined ? { ok: false, exceeded } : { ok: true, value: JSON.parse(text) as unknown };
}
