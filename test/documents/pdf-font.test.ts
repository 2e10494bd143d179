import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// fontkit is what pdfkit (under pdfmake) embeds fonts with; resolved through pdfmake so the
// test reads the same copy the documents use.
const require = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const fontkit = require('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean } };
const fonts = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };

describe('the PDF font', () => {
  it('has a glyph for every Dutch letter and typographic sign the family texts use, in every style', () => {
    for (const [style, path] of Object.entries(fonts.Roboto)) {
      const font = fontkit.openSync(path);
      const missing = [...'ëéèêïöüçàÉËÏ’‘“”…≠–—•'].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect({ style, missing }).toEqual({ style, missing: [] });
    }
  });
});
