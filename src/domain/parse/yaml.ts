import { type Document, LineCounter, type ParseOptions, YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { type LimitExceeded, type ParseLimits, yamlNestingGuard } from './limits.js';

export type BoundedDocument = { ok: true; doc: Document; lineCounter: LineCounter } | { ok: false; exceeded: LimitExceeded };

/**
 * Parses YAML (or JSON read as YAML) within limits: the text is guarded before the parser
 * sees it (`yamlNestingGuard`), then the document's real depth, pairs and aliases are
 * counted without recursion. Syntax errors stay in `doc.errors`, as `parseDocument` gives them.
 */
export function parseYamlBounded(text: string, limits: ParseLimits, options: Omit<ParseOptions, 'lineCounter'> & { uniqueKeys?: boolean } = {}): BoundedDocument {
  const guarded = yamlNestingGuard(text, limits);
  if (guarded !== undefined) return { ok: false, exceeded: guarded };
  const lineCounter = new LineCounter();
  // The parser's own check of unique keys compares every key of a map with every other one:
  // one map of 20,000 keys took 25 s of the event loop (crash suite). Checked in one pass
  // below instead, with the same error.
  const doc = parseDocument(text, { ...options, uniqueKeys: false, lineCounter });
  const measured = measureNodes(doc.contents, limits, options.uniqueKeys === true ? doc.errors : undefined);
  return measured === undefined ? { ok: true, doc, lineCounter } : { ok: false, exceeded: measured };
}

/** A map key as compared for uniqueness (scalars by type and value, as the parser does). */
const keyOf = (key: unknown): string | undefined => (isScalar(key) ? `${typeof key.value}:${String(key.value)}` : key === null || typeof key !== 'object' ? `${typeof key}:${String(key)}` : undefined);

function measureNodes(root: unknown, limits: ParseLimits, duplicates?: YAMLParseError[]): LimitExceeded | undefined {
  let keys = 0;
  let aliases = 0;
  const offsetOf = (node: unknown) => (node as { range?: [number, number, number] | null }).range?.[0] ?? 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (isAlias(node)) {
      if (++aliases > limits.maxAliases) return { limit: 'aliases', max: limits.maxAliases, offset: offsetOf(node) };
    } else if (isMap(node) || isSeq(node)) {
      if (depth + 1 > limits.maxDepth) return { limit: 'depth', max: limits.maxDepth, offset: offsetOf(node) };
      const seen = duplicates !== undefined && isMap(node) ? new Set<string>() : undefined;
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          if (++keys > limits.maxKeys) return { limit: 'keys', max: limits.maxKeys, offset: offsetOf(item.key) };
          const key = seen === undefined ? undefined : keyOf(item.key);
          if (key !== undefined && seen !== undefined) {
            if (seen.has(key)) {
              const at = offsetOf(item.key);
              duplicates?.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
            }
            seen.add(key);
          }
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * The document as plain data; an alias expansion beyond the limit (the "billion laughs")
 * is refused as the `aliases` limit instead of the parser's own error.
 */
export function toJsBounded(doc: Document, limits: ParseLimits): { ok: true; value: unknown } | { ok: false; exceeded: LimitExceeded } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: limits.maxAliases }) };
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) return { ok: false, exceeded: { limit: 'aliases', max: limits.maxAliases, offset: 0 } };
    throw error;
  }
}
