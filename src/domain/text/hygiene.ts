/**
 * Text hygiene at the boundary (issue 11, docs/limits.md). Text that a database cannot
 * store or a reader cannot see is refused where it comes in, never stored: NUL (PostgreSQL
 * refuses it, so a SQLite backup holding one never restores there), lone surrogates
 * (invalid UTF-16, refused by PostgreSQL's UTF-8), Unicode noncharacters and control
 * characters other than tab and line breaks. Names and titles also refuse the
 * bidirectional controls that make a text display in another order than it is stored.
 * Everything accepted is normalised to NFC, so that equal texts are equal bytes for
 * storage, uniqueness and search.
 *
 * Pure; the HTTP adapter applies it to every string of every request, the shared zod
 * schemas (src/api/safe-text.ts) to every text field, the migration 0007 to stored rows.
 */
export type TextFault = 'nul' | 'surrogate' | 'noncharacter' | 'control' | 'bidi';

export interface TextFinding {
  fault: TextFault;
  /** The offending code point as U+XXXX. */
  code: string;
  /** UTF-16 offset in the text. */
  offset: number;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Bidirectional formatting characters (embeddings, overrides, isolates, marks). */
export const isBidiControl = (cp: number): boolean =>
  (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;

const isNoncharacter = (cp: number): boolean => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

/** Control characters other than tab, line feed and carriage return; C1 controls too. */
const isControl = (cp: number): boolean => (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f);

/**
 * The first fault of a text, or undefined. `name`: a name or title, where bidirectional
 * controls are refused as well (and line breaks count as control characters).
 */
export function findTextFault(text: string, options: { name?: boolean } = {}): TextFinding | undefined {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Fast path: printable ASCII.
    if (unit >= 0x20 && unit < 0x7f) continue;
    if (unit === 0) return { fault: 'nul', code: 'U+0000', offset: i };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return { fault: 'surrogate', code: hex(unit), offset: i };
      const cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      if (isNoncharacter(cp)) return { fault: 'noncharacter', code: hex(cp), offset: i };
      i++;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return { fault: 'surrogate', code: hex(unit), offset: i };
    if (isNoncharacter(unit)) return { fault: 'noncharacter', code: hex(unit), offset: i };
    if (isControl(unit) || (options.name === true && (unit === 0x0a || unit === 0x0d || unit === 0x09))) return { fault: 'control', code: hex(unit), offset: i };
    if (options.name === true && isBidiControl(unit)) return { fault: 'bidi', code: hex(unit), offset: i };
  }
  return undefined;
}

/** NFC, the one form stored and searched. */
export const normalizeText = (text: string): string => text.normalize('NFC');

/**
 * A stored text made clean (migration 0007): faults removed (lone surrogates become
 * U+FFFD, the rest is dropped), then NFC. Bidirectional controls are kept here; names that
 * hold them are cleaned with `name: true`.
 */
export function cleanText(text: string, options: { name?: boolean } = {}): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        if (!isNoncharacter(cp)) out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\uFFFD';
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += '\uFFFD';
      continue;
    }
    if (unit === 0 || isNoncharacter(unit) || isControl(unit)) continue;
    if (options.name === true && isBidiControl(unit)) continue;
    out += text[i]!;
  }
  return normalizeText(out);
}
