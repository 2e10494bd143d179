/**
 * Finding people by name for the pickers: accent- and case-insensitive, every word typed
 * must occur in the name ("chloe pee" finds "Chloé Peeters"). One rule for every store, so
 * SQLite, PostgreSQL and the in-memory test store answer the same.
 */

/** Lower case without diacritics: "Chloé" → "chloe". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a search text, folded; none for an empty or blank text. */
export function queryWords(query: string | undefined): string[] {
  return foldName(query ?? '').split(/[\s,]+/u).filter((w) => w !== '');
}

/**
 * How well a name matches the words: null when a word does not occur in it, else a rank
 * (lower is better): 0 when every word starts a word of the name, 1 when some only occur
 * inside one ("eter" in "Peeters").
 */
export function nameRank(name: string, words: readonly string[]): number | null {
  const folded = foldName(name);
  const starts = folded.split(/[\s\-'’.()]+/u).filter((w) => w !== '');
  let rank = 0;
  for (const word of words) {
    if (!folded.includes(word)) return null;
    if (!starts.some((s) => s.startsWith(word))) rank = 1;
  }
  return rank;
}

/** At most this many people in one answer: a picker shows a short list, the user types more. */
export const PEOPLE_LIMIT = 20;

/**
 * The people matching the words, best first (rank, then name in Dutch order, then id), at
 * most `limit`. Without words: everyone, by name.
 */
export function matchPeople<P extends { id: string; name: string }>(people: readonly P[], query: string | undefined, limit = PEOPLE_LIMIT): P[] {
  const words = queryWords(query);
  const ranked: { person: P; rank: number }[] = [];
  for (const person of people) {
    const rank = words.length === 0 ? 0 : nameRank(person.name, words);
    if (rank !== null) ranked.push({ person, rank });
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  ranked.sort((a, b) => a.rank - b.rank || collator.compare(a.person.name, b.person.name) || (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0));
  return ranked.slice(0, limit).map((r) => r.person);
}
