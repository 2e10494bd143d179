/**
 * Cleaning of the texts read from a Word document (DOMAIN.md §2, export artefacts): soft
 * hyphens and zero-width characters out, non-breaking spaces as spaces, control characters
 * out, runs of spaces as one, NFC. Line breaks ("\n") are kept for the callers to join.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

export function clean(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[\u00a0\u202f\u2007]/g, ' ')
      // Control characters other than the line break; a paragraph's text never needs them.
      .replace(CONTROL, ' ')
      .replace(/[ \t]+/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
  );
}

/** Lines joined into one text with single spaces (a paragraph broken for layout). */
export function oneLine(text: string): string {
  return clean(text)
    .split('\n')
    .filter((l) => l !== '')
    .join(' ');
}

/** Bullet characters typed as text (and the symbol-font bullets Word exports as private-use characters). */
const BULLET = /^(?:[·•▪◦‣∙●○■□➢➤►\-–—*]|[\uf000-\uf0ff])\s*/u;

export function isTypedBullet(line: string): boolean {
  return BULLET.test(line) && !/^-\w/.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** "…", "...", "," and other items that only say "and so on" or nothing. */
export function isFillerItem(text: string): boolean {
  return /^[\s.…,;·•]*$/u.test(text);
}

/** A stable kebab-case id from a name: accents off, lower case, words joined by "-". */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (s === '' ? 'x' : s).slice(0, 60).replace(/-+$/g, '');
}

/** Whether a text is written in capitals (a title like "1. BEHOEFTEANALYSE"). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "KENNIS M.B.T. HET VAKGEBIED" → "Kennis m.b.t. het vakgebied". */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('nl-BE');
  return lower.charAt(0).toLocaleUpperCase('nl-BE') + lower.slice(1);
}

/** Text compared loosely: accents, case, punctuation and spacing do not count. */
export function loose(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
