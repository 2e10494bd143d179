import { diffWords } from 'diff';

/**
 * A text compared word by word with a reference text (issue 15 item 6): the parts both have,
 * the words only the reference has (`del`) and the words only this text has (`ins`). Joined,
 * the `same` and `ins` parts give this text back exactly; the `same` and `del` parts give the
 * reference's words (jsdiff may place the whitespace around a change differently).
 */
export interface WordDiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * Beyond this many edits (words and punctuation marks added or removed) the texts are too far
 * apart for a word-level comparison to help a reader, and the work grows with the number of
 * edits: the text is then shown as replaced as a whole. A number, not a time limit, so the
 * same texts always give the same answer.
 */
export const MAX_WORD_EDITS = 1_000;

/** `text` compared with `reference`, word by word (jsdiff's `diffWords`). */
export function wordDiff(reference: string, text: string): WordDiffPart[] {
  if (reference === text) return text === '' ? [] : [{ kind: 'same', text }];
  const changes = diffWords(reference, text, { maxEditLength: MAX_WORD_EDITS });
  if (changes === undefined)
    return [
      ...(reference !== '' ? [{ kind: 'del' as const, text: reference }] : []),
      ...(text !== '' ? [{ kind: 'ins' as const, text }] : []),
    ];
  return changes
    .filter((c) => c.value !== '')
    .map((c) => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
}

/** The text as it stands (the `same` and `ins` parts). */
export const newText = (parts: readonly WordDiffPart[]): string =>
  parts
    .filter((p) => p.kind !== 'del')
    .map((p) => p.text)
    .join('');
/** The reference's words (the `same` and `del` parts). */
export const oldText = (parts: readonly WordDiffPart[]): string =>
  parts
    .filter((p) => p.kind !== 'ins')
    .map((p) => p.text)
    .join('');
