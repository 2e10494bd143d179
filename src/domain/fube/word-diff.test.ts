import { describe, expect, it } from 'vitest';
import { MAX_WORD_EDITS, newText, oldText, wordDiff } from './word-diff.js';

describe('wordDiff', () => {
  it('marks the words added and removed against the reference, keeping the rest', () => {
    const parts = wordDiff(
      'Dossiers behandelen voor de dienst HR',
      'Dossiers snel behandelen voor de dienst Financiën',
    );
    expect(parts.filter((p) => p.kind === 'ins').map((p) => p.text.trim())).toEqual(['snel', 'Financiën']);
    expect(parts.filter((p) => p.kind === 'del').map((p) => p.text.trim())).toEqual(['HR']);
    expect(parts.some((p) => p.kind === 'same' && p.text.includes('voor de dienst'))).toBe(true);
  });

  it('gives the text back exactly (same+ins) and the reference up to whitespace (same+del)', () => {
    const pairs: [string, string][] = [
      ['Kennis van het personeelsstatuut.', 'Grondige kennis van het personeelsstatuut van de Vlaamse overheid.'],
      ['', 'Nieuw'],
      ['Weg', ''],
      ['coördinatie  en\nopvolging', 'coördinatie\nen opvolging, rapportering'],
      ['gelijk', 'gelijk'],
    ];
    for (const [a, b] of pairs) {
      const parts = wordDiff(a, b);
      expect(newText(parts), `${a} → ${b}`).toBe(b);
      const squash = (t: string) =>
        t
          .replace(/\s+/g, ' ')
          .replace(/ ([.,])/g, '$1')
          .trim();
      expect(squash(oldText(parts)), `${a} → ${b}`).toBe(squash(a));
    }
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('gelijk', 'gelijk')).toEqual([{ kind: 'same', text: 'gelijk' }]);
  });

  it('shows two long, wholly different texts as replaced, without spending seconds on them', () => {
    const words = (seed: string) => Array.from({ length: 1_500 }, (_, i) => `${seed}${(i * 7919) % 1_000}`).join(' ');
    const a = words('a');
    const b = words('b');
    const started = performance.now();
    const parts = wordDiff(a, b);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(parts).toEqual([
      { kind: 'del', text: a },
      { kind: 'ins', text: b },
    ]);
    expect(MAX_WORD_EDITS).toBeGreaterThan(100);
  });
});
