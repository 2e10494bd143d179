import snowball from 'snowball-stemmers';

/**
 * Dutch words → comparable terms for the suggestion (decision 0064): folded (case and
 * accents), stop words left out, Snowball Dutch stems. Two Dutch habits that Snowball leaves
 * apart are brought together, because legacy descriptions write "coördineert" where the
 * family writes "coördineren", and "budgetbeheer" where it writes "beheer van het budget":
 * - a final "t" after stemming is dropped again (3rd person singular: "leidt"/"leiden",
 *   "beheert"/"beheren"); done on both sides, so nouns ending in t ("budget", "project")
 *   still meet their plurals;
 * - compounds are split into parts the family's own vocabulary knows (`splitCompound`).
 */

const stemmer = snowball.newStemmer('dutch');

// PostgreSQL's Dutch stop words (as src/store/search uses) plus words every description has.
const STOP_WORDS = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat ' +
    'mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog ' +
    'zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ' +
    'ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere ' +
    'jij jouw jou we wij onze functie functies functiehouder medewerker medewerkers vb bv enz etc nl m b t'
  ).split(' '),
);

/** Lower case without diacritics: "Coördineert" → "coordineert". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Longer "words" are no Dutch words (the longest in common use has some 30 letters): left out. */
const MAX_WORD = 40;

/** The folded words of a text, numbers included (years of experience are cues). */
export function words(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length <= MAX_WORD);
}

const STEM_CACHE_SIZE = 50_000;
const stems = new Map<string, string>();

/** The term of one folded word (stem, final t dropped); remembered, texts repeat words. */
export function term(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    found = stemmer.stem(word);
    if (found.length >= 5 && found.endsWith('t')) found = stemmer.stem(found.slice(0, -1));
    stems.set(word, found);
  }
  return found;
}

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/**
 * The parts of a compound that a vocabulary knows: "budgetbeheer" → ["budg", "beher"] when
 * both terms occur; a linking s is allowed ("beleidsvoorbereiding" → "beleid" + "voorbereid").
 * Undefined when no split into two known parts (of four letters or more) exists.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  // Every split point stems both halves: bounded, so a hostile "word" of thousands of letters costs nothing.
  if (word.length < 8 || word.length > MAX_WORD) return undefined;
  // Longest head first: "projectleider" should be "project" + "leider", not "pro" + ...
  for (let i = word.length - 4; i >= 4; i--) {
    const tail = term(word.slice(i));
    if (!vocabulary.has(tail)) continue;
    const head = word.slice(0, i);
    if (vocabulary.has(term(head))) return [term(head), tail];
    if (head.endsWith('s') && head.length > 4 && vocabulary.has(term(head.slice(0, -1)))) return [term(head.slice(0, -1)), tail];
  }
  return undefined;
}

/**
 * The terms of a text: every word's term, and for a compound the vocabulary does not know
 * as a whole, also its known parts.
 */
export function terms(text: string, vocabulary?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    const t = term(word);
    out.push(t);
    if (vocabulary !== undefined && !vocabulary.has(t)) {
      const parts = splitCompound(word, vocabulary);
      if (parts !== undefined) out.push(...parts);
    }
  }
  return out;
}
