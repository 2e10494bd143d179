import snowball from 'snowball-stemmers';

/**
 * Dutch text for search on SQLite, made to match PostgreSQL's `dutch` configuration with
 * `unaccent`: fold accents and case, split into words, drop PostgreSQL's Dutch stop words
 * (tsearch_data/dutch.stop) and stem with the same Snowball Dutch algorithm. Used at index
 * time and at query time, so "beleidsadviseurs" meets "beleidsadviseur" and "financien"
 * meets "financiën".
 */

const stemmer = snowball.newStemmer('dutch');

const STOP_WORDS = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat ' +
    'mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog ' +
    'zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ' +
    'ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '),
);

/**
 * Lower case without diacritics: "Financiën" → "financien". Only the runs of non-ASCII
 * characters are decomposed (ASCII is its own decomposition and, with canonical class 0,
 * bounds every reordering), which gives the same text some five times faster on long texts.
 */
export function foldText(text: string): string {
  return text.replace(/[\u0080-\uffff]+/g, (run) => run.normalize('NFD').replace(/\p{M}+/gu, '')).toLowerCase();
}

/** The words of a text, folded, as they are before stemming. */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The Snowball stemmer takes some 20 µs a word, and snippets stem every line of a page of
 * hits on each search; texts repeat a small vocabulary, so stems are remembered (bounded).
 */
const STEM_CACHE_SIZE = 50_000;
const stems = new Map<string, string>();

export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    found = stemmer.stem(word);
    stems.set(word, found);
  }
  return found;
}

/** The stems that search indexes and matches: folded, stop words left out, stemmed. */
export function dutchStems(text: string): string[] {
  return words(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}

/** Whether PostgreSQL's `dutch` configuration leaves this (folded) word out. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The words of a text that search keeps in its vocabulary (search-terms.ts): folded, of
 * letters a–z and digits only, at least three long, no stop words, each once.
 */
export function vocabularyWords(text: string): string[] {
  return [...new Set(words(text))].filter((word) => VOCABULARY_WORD.test(word) && !STOP_WORDS.has(word));
}

export const VOCABULARY_WORD = /^[a-z0-9]{3,}$/;
