import { describe, expect, it } from 'vitest';
import { foldName, matchPeople, nameRank, queryWords } from './match.js';

const people = [
  { id: 'p-1', name: 'Chloé Peeters' },
  { id: 'p-2', name: 'Bert Van den Broeck' },
  { id: 'p-3', name: 'Yasmina El Amrani' },
  { id: 'p-4', name: 'Ilse Vermeulen' },
  { id: 'p-5', name: 'Frederik Willems' },
  { id: 'p-6', name: 'Peter Claes' },
];

describe('finding people by name', () => {
  it('folds accents and case', () => {
    expect(foldName('Chloé ÉLOÏSE')).toBe('chloe eloise');
    expect(queryWords('  Chloé,  PEE ')).toEqual(['chloe', 'pee']);
    expect(queryWords(undefined)).toEqual([]);
  });

  it('needs every word typed somewhere in the name, word starts ranked first', () => {
    expect(nameRank('Chloé Peeters', ['chloe', 'pee'])).toBe(0);
    expect(nameRank('Chloé Peeters', ['eter'])).toBe(1);
    expect(nameRank('Chloé Peeters', ['chloe', 'claes'])).toBeNull();
    expect(matchPeople(people, 'CHLOE').map((p) => p.id)).toEqual(['p-1']);
    expect(matchPeople(people, 'van den').map((p) => p.id)).toEqual(['p-2']);
    expect(matchPeople(people, 'pete').map((p) => p.id)).toEqual(['p-6']);
    // "e" starts only "El"; the names with an "e" inside follow, by name.
    expect(matchPeople(people, 'e').map((p) => p.name)).toEqual([
      'Yasmina El Amrani',
      'Bert Van den Broeck',
      'Chloé Peeters',
      'Frederik Willems',
      'Ilse Vermeulen',
      'Peter Claes',
    ]);
  });

  it('without words lists everybody by name, and never more than the limit', () => {
    expect(matchPeople(people, '').map((p) => p.name)).toEqual([
      'Bert Van den Broeck',
      'Chloé Peeters',
      'Frederik Willems',
      'Ilse Vermeulen',
      'Peter Claes',
      'Yasmina El Amrani',
    ]);
    expect(matchPeople(people, undefined, 2)).toHaveLength(2);
  });
});
