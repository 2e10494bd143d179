import { describe, expect, it } from 'vitest';
import { format, interpolate } from './index.js';

describe('the message catalogue', () => {
  // Every locale's completeness (keys, placeholders, no empty text) is checked once, on the
  // application catalogue that holds these texts unchanged (src/messages/messages.test.ts).
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
