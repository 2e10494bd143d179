import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';

const accepts = (source: string) => {
  try {
    JSON.parse(source);
    return true;
  } catch {
    return false;
  }
};

describe('the JSON syntax check of family files', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const source of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"é"', '0'])
      expect(findJsonSyntaxError(source)).toBeUndefined();
  });

  it('names the place and the cause of an error', () => {
    expect(findJsonSyntaxError('{"id": "x",\n "name": }')).toEqual({ offset: 21, message: "onverwacht teken '}'; waarde verwacht" });
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ offset: 8, message: "onverwacht teken '}'; veldnaam tussen dubbele aanhalingstekens verwacht" });
    expect(findJsonSyntaxError('{"a": 1')).toEqual({ offset: 7, message: "onverwacht einde van de tekst; ',' of '}' verwacht" });
    expect(findJsonSyntaxError('{"a": "open')).toEqual({ offset: 6, message: 'string niet afgesloten (ontbrekend ")' });
    expect(findJsonSyntaxError("{'a': 1}")?.offset).toBe(1);
    expect(findJsonSyntaxError('{"a": 1} // comment')?.offset).toBe(9);
    expect(findJsonSyntaxError('[01]')?.offset).toBe(2);
    expect(findJsonSyntaxError('')?.message).toBe('onverwacht einde van de tekst; waarde verwacht');
  });

  it('agrees with JSON.parse on generated JSON and on damaged JSON', () => {
    fc.assert(
      fc.property(fc.json(), (source) => findJsonSyntaxError(source) === undefined),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', '{', '}', ',', '"', ':', ']', ' 1', 'x', '\\'), (source, at, insert) => {
        const position = source.length === 0 ? 0 : at % source.length;
        const damaged = source.slice(0, position) + insert + source.slice(position);
        expect(findJsonSyntaxError(damaged) === undefined).toBe(accepts(damaged));
      }),
      { numRuns: 1000 },
    );
  });
});
