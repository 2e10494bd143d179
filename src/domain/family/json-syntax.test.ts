import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Locale, catalogues, renderMessage } from '../messages/index.js';
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

  /** The error as its offset and its reason written out in a language. */
  const found = (source: string, locale: Locale = 'nl') => {
    const error = findJsonSyntaxError(source);
    return error && { offset: error.offset, message: renderMessage(locale, error.reason) };
  };

  it('names the place and the cause of an error', () => {
    expect(found('{"id": "x",\n "name": }')).toEqual({ offset: 21, message: "onverwacht teken '}'; waarde verwacht" });
    expect(found('{"a": 1,}')).toEqual({ offset: 8, message: "onverwacht teken '}'; veldnaam tussen dubbele aanhalingstekens verwacht" });
    expect(found('{"a": 1')).toEqual({ offset: 7, message: "onverwacht einde van de tekst; ',' of '}' verwacht" });
    expect(found('{"a": "open')).toEqual({ offset: 6, message: 'string niet afgesloten (ontbrekend ")' });
    expect(findJsonSyntaxError("{'a': 1}")?.offset).toBe(1);
    expect(findJsonSyntaxError('{"a": 1} // comment')?.offset).toBe(9);
    expect(findJsonSyntaxError('[01]')?.offset).toBe(2);
    expect(found('')?.message).toBe('onverwacht einde van de tekst; waarde verwacht');
  });

  it('gives its reason as a catalogue reference, with the character it found', () => {
    expect(findJsonSyntaxError('[1 2]')).toEqual({
      offset: 3,
      reason: { key: 'json.expected', params: { found: { key: 'json.found.char', params: { char: '2' } }, expected: { key: 'json.expected.comma-or-bracket' } } },
    });
  });

  it('writes every reason in Dutch and in English', () => {
    const cases: [source: string, offset: number, nl: string, en: string][] = [
      ['{"id": "x",\n "name": }', 21, "onverwacht teken '}'; waarde verwacht", "unexpected character '}'; expected a value"],
      ['', 0, 'onverwacht einde van de tekst; waarde verwacht', 'unexpected end of the text; expected a value'],
      ['{"a": 1,}', 8, "onverwacht teken '}'; veldnaam tussen dubbele aanhalingstekens verwacht", "unexpected character '}'; expected a field name in double quotes"],
      ['{"a" 1}', 5, "onverwacht teken '1'; ':' verwacht", "unexpected character '1'; expected ':'"],
      ['{"a": 1', 7, "onverwacht einde van de tekst; ',' of '}' verwacht", "unexpected end of the text; expected ',' or '}'"],
      ['[1 2]', 3, "onverwacht teken '2'; ',' of ']' verwacht", "unexpected character '2'; expected ',' or ']'"],
      ['"a\nb"', 2, 'controleteken (bv. regeleinde) in een string', 'control character (e.g. a line break) in a string'],
      ['"\\u12G4"', 1, 'ongeldige \\u-escape', 'invalid \\u escape'],
      ['"\\x"', 1, 'ongeldige escape in een string', 'invalid escape in a string'],
      ['{"a": "open', 6, 'string niet afgesloten (ontbrekend ")', 'string not closed (missing ")'],
      ['{"a": 1} // comment', 9, "onverwacht teken '/' na het einde van de JSON-waarde", "unexpected character '/' after the end of the JSON value"],
    ];
    for (const [source, offset, nl, en] of cases) {
      expect({ source, ...found(source, 'nl') }).toEqual({ source, offset, message: nl });
      expect({ source, ...found(source, 'en') }).toEqual({ source, offset, message: en });
    }
    // Every key the finder uses is in the catalogue: none is left to fall back on its key.
    const keys = new Set(cases.flatMap(([source]) => JSON.stringify(findJsonSyntaxError(source)).match(/json\.[\w.-]+/g) ?? []));
    expect([...keys].sort()).toEqual(Object.keys(catalogues.nl).filter((key) => key.startsWith('json.')).sort());
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

describe('findJsonSyntaxError at any depth', () => {
  it('checks 100,000 nested arrays without overflowing the stack, twice', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(findJsonSyntaxError(deep)).toBeUndefined();
    expect(findJsonSyntaxError(deep)).toBeUndefined();
  });

  it('places the error in a deep text where it is', () => {
    const text = '[{"a":'.repeat(20_000) + 'x';
    expect(findJsonSyntaxError(text)?.offset).toBe(text.length - 1);
  });

  it('still accepts nested objects and arrays and refuses a trailing comma', () => {
    expect(findJsonSyntaxError('{"a":[1,{"b":[true,null,"x"]},[]],"c":{}}')).toBeUndefined();
    expect(findJsonSyntaxError('{"a":[1,]}')).toMatchObject({ offset: 8 });
    expect(findJsonSyntaxError('{"a":1,}')).toMatchObject({ offset: 7 });
  });
});
