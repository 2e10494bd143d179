import { dutchStems } from './dutch-text.js';

const MAX_LENGTH = 200;

/**
 * The first line of a FUBE's search text that holds a word of the query, computed the same
 * way for both databases (an FTS5 snippet would show stems, not words).
 */
export function searchSnippet(text: string, query: string): string | null {
  const wanted = new Set(dutchStems(query));
  if (wanted.size === 0) return null;
  const line = text.split('\n').find((candidate) => stemsOfLine(candidate).some((stem) => wanted.has(stem)));
  if (line === undefined) return null;
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}

/**
 * Stemming the lines before the first hit was the largest cost of a search under load (12 %
 * of a server's CPU in the mixed-load bench): FUBEs repeat their family's lines (result
 * areas, knowledge), so the stems of a line are remembered (bounded, like the stems of words).
 */
const LINE_CACHE_SIZE = 20_000;
/** Long lines are rarely repeated and would make the cache large: at most 20,000 × 300 characters. */
const LINE_CACHE_MAX_CHARS = 300;
const lines = new Map<string, readonly string[]>();

function stemsOfLine(line: string): readonly string[] {
  if (line.length > LINE_CACHE_MAX_CHARS) return dutchStems(line);
  let found = lines.get(line);
  if (found === undefined) {
    if (lines.size >= LINE_CACHE_SIZE) lines.clear();
    found = dutchStems(line);
    lines.set(line, found);
  }
  return found;
}
