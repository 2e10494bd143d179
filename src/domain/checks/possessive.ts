/**
 * Possessive "zijn" and "haar" in Dutch prose (gender-neutral.ts). "haar" is feminine in
 * every use; "zijn" is also the verb "to be", the most common verb of a job description
 * ("de taken zijn divers", "die zijn verantwoordelijk voor"). A "zijn" is read as the verb
 * when the word after it is one the verb takes (an article, an adverb, a preposition, a
 * participle or a plain adjective), when the word before it is a subject or an auxiliary
 * ("die zijn", "te zijn", "moeten zijn") or a plural noun ("de taken zijn"), or when nothing
 * follows in its clause; after a preposition ("binnen zijn entiteit") or otherwise before a
 * word it is the possessive ("zodat zijn afdeling", "Hij leidt zijn team").
 *
 * Pure word lists and shapes, no lexicon: measured on a held-out list of sentences in
 * gender-neutral.test.ts (recall and precision printed there).
 */

export interface Possessive {
  /** "zijn" or "haar", as it stands in the text. */
  match: string;
  index: number;
  /** A possessive before a noun; `pronoun`: "haar" as an object ("helpt haar"). */
  kind: 'possessive' | 'pronoun';
  /** The words rewritten without it: "zijn afdeling" → "de eigen afdeling". */
  replacement?: string;
  /** Where the rewritten words stand in the text (from "zijn" to the end of its noun). */
  end?: number;
}

const words = (list: string) => new Set(list.split(' '));

const PREPOSITIONS = words('voor in binnen van met bij aan op over naar uit door tot om onder rond volgens buiten tijdens tussen zonder tegenover via vanuit omtrent jegens namens wegens ondanks na sinds achter boven naast');

/** Words before "zijn" that make it the verb: subjects, "te", auxiliaries and the like. */
const BEFORE_VERB = words(
  'te die ze we wij jullie zij u er daar hier wat welke dit deze dat wie ik moeten kunnen zullen mogen willen moet kan zal zou zouden mag wil blijken lijken hoeven hoeft ' +
    'niet ook al nog wel steeds altijd vaak meestal soms beiden allen alle beide velen sommigen anderen meesten enkelen',
);

/** Words after "zijn" that the verb takes and a possessive never does in these texts. */
const AFTER_VERB = words(
  'de het een er niet geen ook al nog wel dan daar hier zeer erg heel vaak steeds altijd meestal soms zowel vooral meer minder even nu dus echter immers alle allemaal ' +
    'veel weinig die dat deze dit we wij ze zij jullie u hun onze mijn uw en of maar om te zo zodat wanneer als indien terwijl omdat beide beiden elk ieder iedereen niemand ' +
    'verantwoordelijk bevoegd belast bedoeld betrokken beschikbaar aanwezig nodig mogelijk duidelijk belangrijk divers correct klaar groot klein goed slecht juist nieuw oud ' +
    'open vrij bekend actueel volledig tijdig helder relevant efficient efficiënt cruciaal essentieel noodzakelijk uiteenlopend gevarieerd complex moeilijk eenvoudig ' +
    'zichtbaar haalbaar competent transparant consistent frequent afhankelijk gelijk anders samen onderling uitgebreid beperkt voldoende onvoldoende vereist gewenst ' +
    'eigenaar lid deel onderdeel verplicht toegelaten toegestaan welkom gericht onderworpen',
);
for (const preposition of PREPOSITIONS) AFTER_VERB.add(preposition);

/** Uninflected adjective endings (an adjective before a noun after a possessive ends in -e). */
const PLAIN_ADJECTIVE = /(?:lijk|baar|ig|isch|ief|ieel|eel|aal|zaam)$/u;
/** Participles: "zijn gebaseerd", "zijn gekend", "zijn gegeven". */
const PARTICIPLE = /^ge\p{L}{3,}(?:d|t|en)$/u;
/** A plural noun before "zijn" is its subject: "de taken zijn", "collega's zijn". */
const PLURAL_NOUN = /^\p{L}{2,}(?:en|ers|ies|s|'s|’s)$/u;

/** Nouns of the neuter gender common in job texts ("het eigen team"); others take "de". */
const HET_WORDS = words(
  'team werk budget personeel beleid departement agentschap bestuur kabinet project dossier programma proces netwerk domein beleidsdomein werkterrein vakgebied ' +
    'takenpakket kantoor bureau entiteitsbeleid werkveld teamlid resultaat overleg onderzoek advies archief gedrag functioneren handelen optreden oordeel initiatief ' +
    'leiderschap management secretariaat diensthoofd personeelslid werkgebied bedrijf onderwerp plan jaarplan actieplan',
);

interface Token {
  word: string;
  lower: string;
  index: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const CLAUSE_BREAK = /[.,;:!?()\n–—]/u;

export function possessives(text: string): Possessive[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), index: m.index ?? 0 }));
  const found: Possessive[] = [];
  tokens.forEach((token, i) => {
    if (token.lower !== 'zijn' && token.lower !== 'haar') return;
    const gap = (a: Token, b: Token) => text.slice(a.index + a.word.length, b.index);
    const prevToken = i > 0 && !CLAUSE_BREAK.test(gap(tokens[i - 1]!, token)) ? tokens[i - 1] : undefined;
    const nextToken = i + 1 < tokens.length && !CLAUSE_BREAK.test(gap(token, tokens[i + 1]!)) ? tokens[i + 1] : undefined;
    // Paired forms are neutral: "zijn/haar", "zijn of haar", "hem of haar", "haar/zijn".
    if (prevToken !== undefined && /\//u.test(gap(prevToken, token)) && /^(?:zijn|haar|hem|hij|zij)$/u.test(prevToken.lower)) return;
    if (nextToken !== undefined && /\//u.test(gap(token, nextToken))) return;
    if (nextToken !== undefined && /^(?:of|en)$/u.test(nextToken.lower) && /^(?:zijn|haar|hem)$/u.test(tokens[i + 2]?.lower ?? '')) return;
    if (prevToken !== undefined && /^(?:of|en)$/u.test(prevToken.lower) && /^(?:zijn|haar|hem)$/u.test(tokens[i - 2]?.lower ?? '')) return;

    const prev = prevToken?.lower;
    const next = nextToken?.lower;
    if (token.lower === 'haar') {
      const beforeNoun = next !== undefined && !AFTER_VERB.has(next);
      found.push({ match: token.word, index: token.index, kind: beforeNoun ? 'possessive' : 'pronoun', ...(beforeNoun ? rewrite(tokens, i) : {}) });
      return;
    }
    if (next === undefined) return;
    const afterPreposition = prev !== undefined && PREPOSITIONS.has(prev);
    if (!afterPreposition) {
      if (AFTER_VERB.has(next) || PARTICIPLE.test(next) || (PLAIN_ADJECTIVE.test(next) && !next.endsWith('e'))) return;
      if (prev !== undefined && (BEFORE_VERB.has(prev) || (PLURAL_NOUN.test(prev) && !PREPOSITIONS.has(prev)))) return;
      if (/^\p{N}/u.test(next)) return;
    }
    found.push({ match: token.word, index: token.index, kind: 'possessive', ...rewrite(tokens, i) });
  });
  return found;
}

/** "zijn afdeling" → "de eigen afdeling"; "zijn eigen team" → "het eigen team"; "haar directe collega's" → "de eigen directe collega's". */
function rewrite(tokens: readonly Token[], i: number): { replacement: string; end: number } {
  const phrase: string[] = [];
  let end = tokens[i]!.index + tokens[i]!.word.length;
  for (let j = i + 1; j < tokens.length && phrase.length < 3; j++) {
    const lower = tokens[j]!.lower;
    phrase.push(tokens[j]!.word);
    end = tokens[j]!.index + tokens[j]!.word.length;
    // An inflected adjective ("directe", "eigen") is followed by its noun; "functie" is a noun.
    const attributive = lower === 'eigen' || (lower.length > 3 && lower.endsWith('e') && !/(?:ie|ee)$/u.test(lower));
    if (!attributive) break;
  }
  const head = (phrase[phrase.length - 1] ?? '').toLowerCase();
  const plural = /(?:en|s|'s|’s)$/u.test(head) && !HET_WORDS.has(head);
  const article = !plural && (HET_WORDS.has(head) || /je$/u.test(head)) ? 'het' : 'de';
  const words_ = phrase[0]?.toLowerCase() === 'eigen' ? phrase : ['eigen', ...phrase];
  return { replacement: `${article} ${words_.join(' ')}`, end };
}
