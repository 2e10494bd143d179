import { describe, expect, it } from 'vitest';
import { findTextFault } from '../../domain/text/hygiene.js';
import { FILENAME_MAX, attachment } from './documents.js';

describe('the download name (Content-Disposition)', () => {
  it('keeps a 1 MB title to a short header with an ASCII name and an RFC 5987 UTF-8 name', () => {
    const header = attachment(`${'ë'.repeat(1_000_000)}.pdf`);
    expect(header.length).toBeLessThan(1_000);
    expect(header).toMatch(/^attachment; filename="e{80}\.pdf"; filename\*=UTF-8''(%C3%AB){80}\.pdf$/);
  });

  it('drops control, bidi and path characters and never cuts a character in two', () => {
    const header = attachment(`../a\u0000b\u202Ec"d\r\n${'😀'.repeat(100)}.docx`);
    expect([...header].some((c) => c.charCodeAt(0) < 0x20 || c === '\u202E')).toBe(false);
    const ascii = /filename="([^"]*)"/.exec(header)?.[1] ?? '';
    expect(ascii.startsWith('..abcd')).toBe(true);
    const utf8 = decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)?.[1] ?? '');
    expect(Array.from(utf8.replace(/\.docx$/, ''))).toHaveLength(FILENAME_MAX);
    expect(findTextFault(utf8)).toBeUndefined();
  });

  it('encodes the characters RFC 5987 does not allow bare, and names an empty title "document"', () => {
    expect(attachment("l'été (1)*.pdf")).toBe(`attachment; filename="l'ete (1).pdf"; filename*=UTF-8''l%27%C3%A9t%C3%A9%20%281%29.pdf`);
    expect(attachment('\u202E.pdf')).toBe(`attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`);
  });
});
