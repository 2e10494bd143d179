import { cleanText } from '../domain/text/hygiene.js';

/**
 * Stored values made clean (src/domain/text/hygiene.ts `cleanText`): used by migration 0007
 * on the rows of a database and by restore on the rows of a backup, so that a backup made
 * before the cleaning (with a NUL a SQLite database accepted) restores into PostgreSQL.
 */
/** The cleaned value when it changes: a text (JSON text too, string by string) or a parsed JSON value (PostgreSQL jsonb). */
export function cleanStoredValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(value);
        const cleaned = cleanJson(parsed);
        return cleaned.changed ? JSON.stringify(cleaned.value) : undefined;
      } catch {
        // Not JSON: a plain text that starts with a bracket.
      }
    }
    const cleaned = cleanText(value);
    return cleaned !== value ? cleaned : undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const cleaned = cleanJson(value);
    return cleaned.changed ? JSON.stringify(cleaned.value) : undefined;
  }
  return undefined;
}

/** Every string (and key) of a JSON value cleaned, without recursion. */
function cleanJson(root: unknown): { value: unknown; changed: boolean } {
  let changed = false;
  const fix = (s: string) => {
    const c = cleanText(s);
    if (c !== s) changed = true;
    return c;
  };
  if (typeof root === 'string') return { value: fix(root), changed };
  if (root === null || typeof root !== 'object') return { value: root, changed };
  const copy: unknown = Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) };
  const stack: Record<string, unknown>[] = [copy as Record<string, unknown>];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of Object.keys(node)) {
      const value = node[key];
      let next: unknown = value;
      if (typeof value === 'string') next = fix(value);
      else if (value !== null && typeof value === 'object') {
        next = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
        stack.push(next as Record<string, unknown>);
      }
      if (!Array.isArray(node)) {
        const cleanKey = fix(key);
        if (cleanKey !== key) {
          delete node[key];
          node[cleanKey] = next;
          continue;
        }
      }
      node[key] = next;
    }
  }
  return { value: copy, changed };
}
