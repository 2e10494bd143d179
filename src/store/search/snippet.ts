import { dutchStems } from './dutch-text.js';
import { type SearchTerm, expansions } from './search-terms.js';

const MAX_LENGTH = 200;

/**
 * The first line of a FUBE's search text that holds a word of the query exactly (its stem),
 * or else the first that holds one of the words it widened to (prefixes, compound parts;
 * search-terms.ts); computed the same way for both databases (an FTS5 snippet would show
 * stems, not words).
 */
export function searchSnippet(text: string, terms: readonly SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  const lines = text.split('\n');
  const holding = (wanted: ReadonlySet<string>) => lines.find((candidate) => stemsOfLine(candidate).some((stem) => wanted.has(stem)));
  const line = holding(new Set(terms.map((term) => term.stem))) ?? holding(new Set(terms.flatMap((term) => expansions(term, 'part'))));
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
