import { describe, expect, it } from 'vitest';
import { catalogues, format, interpolate, locales, placeholderNames } from './index.js';

describe('the message catalogue', () => {
  it('every locale has exactly the Dutch keys, with the same placeholders and no empty text', () => {
    const reference = catalogues.nl;
    expect(locales).toEqual(['nl', 'en']);
    for (const locale of locales) {
      const catalogue: Record<string, string> = catalogues[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, template] of Object.entries(reference)) {
        expect({ key, names: placeholderNames(catalogue[key]!) }).toEqual({ key, names: placeholderNames(template) });
        expect(catalogue[key]!.trim()).not.toBe('');
      }
    }
  });

  it('fills in parameters and chooses singular or plural by the number', () => {
    expect(format('nl', 'weighing.missing-value', { name: 'Rol in projecten', id: 'rol-in-projecten' })).toBe(
      "geen waarde gekozen voor criterium 'Rol in projecten' (rol-in-projecten)",
    );
    expect(interpolate('{n|# criterium ligt|# criteria liggen} hoger', { n: 1 })).toBe('1 criterium ligt hoger');
    expect(interpolate('{n|# criterium ligt|# criteria liggen} hoger', { n: 3 })).toBe('3 criteria liggen hoger');
    expect(interpolate('{n|# criterium ligt|# criteria liggen} hoger', { n: 0 })).toBe('0 criteria liggen hoger');
    expect(format('en', 'explain.flags.none')).toBe('No points of attention.');
  });

  it('leaves a missing parameter visible instead of dropping it', () => {
    expect(interpolate('waarde {value} van {name}', { value: 2 })).toBe('waarde 2 van {name}');
  });
});
