import { VOCABULARY_WORD, isStopWord, stem, words } from './dutch-text.js';

/**
 * Search as people type (decision 0048). Each word of a query is one term that a FUBE must
 * match (AND), in one of three ways, best first:
 *
 * 1. `exact`: the word's stem (plural and singular, accents and case as before);
 * 2. `prefix`: a word of the FUBE starts with it ("begr" → "begroting", "aankoop" →
 *    "Aankoopdeskundige"), for words of 3 letters or more;
 * 3. `part`: a word of the FUBE holds it as a later compound part, at least 3 letters in
 *    ("coördinator" → "Kwaliteitscoördinator"), for words of 5 letters or more, and for
 *    words of 4 that are words of the vocabulary themselves ("plan" → "opleidingsplan",
 *    but not the word ending "ator").
 *
 * Prefixes and parts are looked up in the search vocabulary (every word the index has seen,
 * with its stem; `SearchIndex.vocabulary`) and become the stems of the words found, so the
 * full-text index itself keeps only stems, on both databases alike.
 */
export interface SearchTerm {
  /** The word as typed, folded (PostgreSQL stems it itself for the exact match). */
  word: string;
  /** Its stem (dutch-text.ts), equal to PostgreSQL's for the same word. */
  stem: string;
  /** Stems of vocabulary words that start with the word (the exact stem left out). */
  prefix: string[];
  /** Stems of vocabulary words holding the word as a later part (the stems above left out). */
  part: string[];
}

/** A word of the search vocabulary and its stem as the index holds it. */
export interface VocabularyWord {
  word: string;
  stem: string;
}

export const PREFIX_MIN_LENGTH = 3;
export const PART_MIN_LENGTH = 5;
/** A shorter part (of 4 letters) only when the vocabulary knows it as a word of its own. */
export const KNOWN_PART_MIN_LENGTH = 4;
/** A compound part starts at least this far into the word: "kwaliteits|coordinator". */
export const PART_MIN_OFFSET = 3;
/**
 * At most this many vocabulary words are asked for a term, and at most this many stems of
 * each kind kept (the shortest words first): a fragment as common as "beleid" still makes a
 * query of bounded size.
 */
export const VOCABULARY_LOOKUP_LIMIT = 400;
export const EXPANSION_LIMIT = 60;

/** The folded words of a query that search looks for: stop words left out, each once. */
export function queryWords(text: string): string[] {
  return [...new Set(words(text).filter((word) => !isStopWord(word)))];
}

/** Whether a word is long and plain enough to look up prefixes and parts for. */
export function expandable(word: string): boolean {
  return word.length >= PREFIX_MIN_LENGTH && VOCABULARY_WORD.test(word);
}

/**
 * The fragments a query word is looked up by: the word and, when it differs, its stem, so a
 * plural typed in full still finds compounds of the singular ("contracten" →
 * "Contractmanager").
 */
export function fragmentsOf(word: string): string[] {
  const exact = stem(word);
  return exact !== word && expandable(exact) ? [word, exact] : [word];
}

/** The term of one query word, from the vocabulary words that contain one of its fragments. */
export function termOf(word: string, found: readonly VocabularyWord[]): SearchTerm {
  const exact = stem(word);
  const fragments = fragmentsOf(word);
  const byLength = [...found].sort((a, b) => a.word.length - b.word.length || (a.word < b.word ? -1 : 1));
  const known = new Set(found.map((candidate) => candidate.word));
  const partFragments = fragments.filter((f) => f.length >= PART_MIN_LENGTH || (f.length >= KNOWN_PART_MIN_LENGTH && known.has(f)));
  const prefix = new Set<string>();
  const part = new Set<string>();
  for (const candidate of byLength) {
    if (!SAFE_STEM.test(candidate.stem) || candidate.stem === exact) continue;
    if (fragments.some((f) => candidate.word.startsWith(f))) {
      if (prefix.size < EXPANSION_LIMIT) prefix.add(candidate.stem);
    } else if (partFragments.some((f) => candidate.word.indexOf(f, PART_MIN_OFFSET) >= PART_MIN_OFFSET) && part.size < EXPANSION_LIMIT) part.add(candidate.stem);
  }
  for (const s of prefix) part.delete(s);
  return { word, stem: exact, prefix: [...prefix], part: [...part] };
}

/** Stems go into FTS5 and tsquery expressions quoted: only these characters ever do. */
const SAFE_STEM = /^[a-z0-9]+$/;

/** The stems beyond the exact one that a term matches at this tier and the better ones. */
export function expansions(term: SearchTerm, tier: Tier): string[] {
  return tier === 'exact' ? [] : tier === 'prefix' ? term.prefix : [...term.prefix, ...term.part];
}

export type Tier = 'exact' | 'prefix' | 'part';

/** Whether a match at this tier could find more than the exact stems (ranking by tier needed). */
export function widens(terms: readonly SearchTerm[]): boolean {
  return terms.some((term) => term.prefix.length > 0 || term.part.length > 0);
}
