import { dutchStems } from './dutch-text.js';

const MAX_LENGTH = 200;

/**
 * The first line of a FUBE's search text that holds a word of the query, computed the same
 * way for both databases (an FTS5 snippet would show stems, not words).
 */
export function searchSnippet(text: string, query: string): string | null {
  const wanted = new Set(dutchStems(query));
  if (wanted.size === 0) return null;
  const line = text.split('\n').find((candidate) => dutchStems(candidate).some((stem) => wanted.has(stem)));
  if (line === undefined) return null;
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
