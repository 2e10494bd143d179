/**
 * A legacy function description as read from an organisation's old file (src/documents/legacy
 * reads .docx, .txt and .pdf into this): the parts the suggestion uses. Every part is plain
 * text; lists are one item a line.
 */
export interface LegacyDescription {
  title: string;
  /** "Doel van de functie", "Missie", ...: the opening paragraph(s). */
  purpose: string;
  /** Tasks, responsibilities, result areas: one item a line. */
  tasks: string[];
  /** Profile: diploma, experience, knowledge, competencies: one item a line. */
  requirements: string[];
  /** Anything else that says something about the function (place in the organisation). */
  context?: string[];
}

export type SentenceSection = 'title' | 'purpose' | 'tasks' | 'requirements' | 'context';

/** One sentence of the legacy text: what evidence quotes. */
export interface Sentence {
  text: string;
  section: SentenceSection;
}

/** Limits that keep a hostile or huge description cheap: the suggestion reads this much. */
export const SENTENCE_LIMITS = { sentences: 600, sentenceChars: 600 } as const;

/**
 * The sentences of a description, in reading order: list items as they are, paragraphs split
 * after ". ", "; ", "! " or "? " before a capital letter or a digit. Bullets, numbering and
 * surrounding whitespace go; empty pieces and duplicates are left out.
 */
export function sentencesOf(description: LegacyDescription): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Set<string>();
  const add = (text: string, section: SentenceSection) => {
    if (out.length >= SENTENCE_LIMITS.sentences) return;
    for (const piece of text.slice(0, SENTENCE_LIMITS.sentences * SENTENCE_LIMITS.sentenceChars).split(/\n+|(?<=[.;!?])\s+(?=[\p{Lu}\p{N}“"(])/u)) {
      if (out.length >= SENTENCE_LIMITS.sentences) return;
      const clean = piece
        .replace(/^\s*(?:[-–—•*·▪◦●○■□➢>]+|\(?\d{1,2}[.)]|[a-z][.)])\s+/u, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, SENTENCE_LIMITS.sentenceChars);
      if (clean === '' || !/\p{L}/u.test(clean)) continue;
      const key = clean.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: clean, section });
    }
  };
  add(description.title, 'title');
  add(description.purpose, 'purpose');
  for (const line of description.tasks) add(line, 'tasks');
  for (const line of description.context ?? []) add(line, 'context');
  for (const line of description.requirements) add(line, 'requirements');
  return out;
}
