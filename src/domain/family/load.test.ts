import { describe, expect, it } from 'vitest';
import { formatError } from '../errors.js';
import { localizeError } from '../messages/index.js';
import { loadFamilySource, parsePath } from './load.js';

/** A valid two-level family; line numbers in the tests below refer to this text. */
const VALID = `id: mini
name: Minifamilie
version: 1
source: Opgesteld voor de tests.
purpose:
  what: Klanten bijstaan
  goal: hen goed te helpen
levels:
  - level: 1
    classes: [14]
  - level: 2
    classes: [15, 16]
resultAreas:
  - id: advies
    title: Advies
    what: Adviseren
    goal: te helpen
criteria:
  - id: complexiteit
    name: Complexiteit
    values:
      - text: eenvoudig
        from: 1
        to: 1
      - text: complex
        from: 2
        to: 2
        rg: true
  - id: opvolging
    name: Opvolging
    values:
      - text: vaak
        from: 1
        to: 1
      - text: zelden
        from: 2
        to: 2
expertise:
  instruction: Nog functie- en entiteitspecifiek maken
  levels:
    - level: 1
      knowledge: Kennis 1
      educationAndExperience: Bachelor
    - level: 2
      knowledge: |-
        Kennis 2.

        Tweede alinea.
      educationAndExperience: Master
competencies:
  - id: analyseren
    name: Analyseren
    definition: Een probleem duiden
    levels:
      - { level: 1, text: Ziet de essentie }
    required: { 14: 1 }
`;

/** VALID with line `line` (1-based) replaced. */
function withLine(line: number, text: string): string {
  const lines = VALID.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

function errorsOf(source: string, options: Parameters<typeof loadFamilySource>[1] = { file: 'mini.yaml' }) {
  const result = loadFamilySource(source, options);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('loading a family from YAML', () => {
  it('gives the family with multi-paragraph texts intact', () => {
    const result = loadFamilySource(VALID, { file: 'mini.yaml' });
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    expect(result.value.levels[1]).toEqual({ level: 2, classes: [15, 16] });
    expect(result.value.expertise.levels[1]!.knowledge).toBe('Kennis 2.\n\nTweede alinea.');
    expect(result.value.competencies[0]!.required).toEqual({ '14': 1 });
  });

  it('reports a semantic error with its path, file, line and column', () => {
    // criteria[1].values[1].to: "to: 2" on line 37 becomes "to: 1".
    const errors = errorsOf(withLine(37, '        to: 1'));
    expect(errors).toEqual([
      {
        code: 'value.range',
        message: "'to' (1) ligt voor 'from' (2)",
        params: { to: 1, from: 2 },
        path: 'criteria[1].values[1].to',
        file: 'mini.yaml',
        line: 37,
        column: 13,
      },
      {
        code: 'value.coverage',
        message: 'de waarden dekken niveau 2 niet',
        params: { levels: '2' },
        path: 'criteria[1].values',
        file: 'mini.yaml',
        line: 32,
        column: 7,
      },
    ]);
    expect(formatError(errors[0]!)).toBe("mini.yaml:37:13: criteria[1].values[1].to: 'to' (1) ligt voor 'from' (2)");
  });

  it('reports several errors at once, each on its own line', () => {
    const source = withLine(10, '    classes: [13]')
      .replace('      - { level: 1, text: Ziet de essentie }', '      - { level: 1, text: Ziet de essentie }\n      - { level: 1, text: Dubbel }')
      .replace('  - id: opvolging', '  - id: complexiteit')
      .replace('name: Minifamilie', "name: ''");
    expect(errorsOf(source).map((e) => `${e.line}:${e.column} ${e.path} ${e.code}`)).toEqual([
      '2:7 name schema.too_small',
      '29:9 criteria[1].id id.duplicate',
      '56:18 competencies[0].levels[1].level competency.level-duplicate',
      '57:21 competencies[0].required.14 competency.unknown-class',
    ]);
  });

  it('reports a missing field at the object that lacks it', () => {
    const errors = errorsOf(VALID.replace('    title: Advies\n', ''));
    expect(errors).toEqual([
      {
        code: 'schema.invalid_type',
        message: 'is verplicht maar ontbreekt',
        messageKey: 'schema.issue',
        params: { text: { texts: { nl: 'is verplicht maar ontbreekt', en: 'is required but missing' } } },
        path: 'resultAreas[0].title',
        file: 'mini.yaml',
        line: 14,
        column: 5,
      },
    ]);
  });

  it('reports an unknown field at that field', () => {
    const errors = errorsOf(withLine(28, '        rg: true\n        kleur: rood'));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`)).toEqual([
      "29:16 criteria[0].values[1].kleur: onbekend veld 'kleur'",
    ]);
  });

  it('reports a wrong type with the field and the line', () => {
    const errors = errorsOf(withLine(3, 'version: een'));
    expect(errors).toEqual([
      {
        code: 'schema.invalid_type',
        message: 'Ongeldige invoer: verwacht getal, ontving string',
        messageKey: 'schema.issue',
        params: { text: { texts: { nl: 'Ongeldige invoer: verwacht getal, ontving string', en: 'Invalid input: expected number, received string' } } },
        path: 'version',
        file: 'mini.yaml',
        line: 3,
        column: 10,
      },
    ]);
  });

  it('reports a requirement for an unknown class at that class', () => {
    const errors = errorsOf(withLine(56, '    required: { 14: 1, 20: 1 }'));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.code}`)).toEqual([
      '56:28 competencies[0].required.20 competency.unknown-class',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const errors = errorsOf(withLine(10, '    classes: [14'));
    expect(errors[0]).toMatchObject({ code: 'syntax', messageKey: 'syntax:yaml', path: '', file: 'mini.yaml', line: 11 });
    expect(errors[0]!.message).toBe('ongeldige YAML: de inspringing klopt niet (velden op hetzelfde niveau beginnen in dezelfde kolom), of een [ ] of { } is niet gesloten');
    // The parser's own English reason is replaced by the text of its error code, in each language.
    expect(localizeError(errors[0]!, 'en')).toBe('invalid YAML: the indentation is wrong (fields at the same level start in the same column), or a [ ] or { } is not closed');
  });

  it('reports a key given twice as a syntax error', () => {
    const errors = errorsOf(withLine(2, 'name: Minifamilie\nname: Nog eens'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'syntax', line: 3, column: 1 });
    expect(errors[0]!.message).toBe('ongeldige YAML: deze veldnaam komt twee keer voor op hetzelfde niveau');
    expect(localizeError(errors[0]!, 'en')).toBe('invalid YAML: this field name occurs twice at the same level');
  });

  it('reports bad indentation with its line', () => {
    const errors = errorsOf(withLine(7, ' goal: hen goed te helpen'));
    expect(errors[0]).toMatchObject({ code: 'syntax', line: 7 });
  });

  it('reports an empty file as a missing family', () => {
    expect(errorsOf('').map((e) => `${e.path}|${e.message}`)).toEqual(['|Ongeldige invoer: verwacht object, ontving null']);
  });

  it('reads YAML 1.2: "no" and "on" stay texts', () => {
    const result = loadFamilySource(VALID.replace('what: Adviseren', 'what: no'));
    expect(result.ok && result.value.resultAreas[0]!.what).toBe('no');
  });

  it('leaves the file out of errors when none is given', () => {
    const [error] = errorsOf(withLine(3, 'version: 0'), {});
    expect(error).toEqual({
      code: 'schema.too_small',
      message: expect.stringMatching(/1/),
      messageKey: 'schema.issue',
      params: { text: { texts: { nl: expect.stringMatching(/1/), en: expect.stringMatching(/1/) } } },
      path: 'version',
      line: 3,
      column: 10,
    });
  });
});

describe('loading a family from JSON', () => {
  const family = loadFamilySource(VALID);
  if (!family.ok) throw new Error('the YAML fixture must load');
  const json = JSON.stringify(family.value, null, 2);

  it('gives the same family as the YAML, with tabs or spaces', () => {
    expect(loadFamilySource(json, { file: 'mini.json' })).toEqual(family);
    expect(loadFamilySource(JSON.stringify(family.value, null, '\t'), { format: 'json' })).toEqual(family);
  });

  it('reports a semantic error with its line and column', () => {
    const broken = json.replace('"classes": [\n        15,', '"classes": [\n        13,');
    const errors = errorsOf(broken, { file: 'mini.json' });
    const line = broken.split('\n').findIndex((l) => l.trim() === '13,') + 1;
    expect(errors).toEqual([
      {
        code: 'level.classes-order',
        message: 'functieklassen moeten oplopen zonder overlap; 13 volgt op 14',
        params: { class: 13, previous: 14 },
        path: 'levels[1].classes[0]',
        file: 'mini.json',
        line,
        column: 9,
      },
    ]);
  });

  it('rejects what is YAML but not JSON, with the place', () => {
    const errors = errorsOf('{\n  "id": "mini",\n  "name": \n}', { file: 'mini.json' });
    expect(errors).toEqual([
      {
        code: 'syntax',
        message: "ongeldige JSON: onverwacht teken '}'; waarde verwacht",
        messageKey: 'syntax:json',
        params: { reason: { key: 'json.expected', params: { found: { key: 'json.found.char', params: { char: '}' } }, expected: { key: 'json.expected.value' } } } },
        path: '',
        file: 'mini.json',
        line: 4,
        column: 1,
      },
    ]);
    expect(localizeError(errors[0]!, 'en')).toBe("invalid JSON: unexpected character '}'; expected a value");
    expect(errorsOf("{ 'id': 'mini' }", { format: 'json' })[0]).toMatchObject({ code: 'syntax', line: 1, column: 3 });
  });

  it('reports a field given twice', () => {
    const errors = errorsOf('{"id": "a",\n "id": "b"}', { file: 'mini.json' });
    expect(errors[0]).toMatchObject({ code: 'syntax', line: 2, column: 2 });
    expect(errors[0]!.message).toBe('ongeldige JSON: deze veldnaam komt twee keer voor op hetzelfde niveau');
    expect(localizeError(errors[0]!, 'en')).toBe('invalid JSON: this field name occurs twice at the same level');
  });

  it('is read as YAML when the format is not said to be JSON', () => {
    // YAML is a superset of JSON: the same text loads, but lenient YAML rules apply.
    expect(loadFamilySource(json).ok).toBe(true);
    expect(errorsOf('{"id": "mini", "name": }', {})[0]!.path).toBe('name');
  });
});

describe('field paths', () => {
  it('are read back into segments', () => {
    expect(parsePath('criteria[3].values[1].to')).toEqual(['criteria', 3, 'values', 1, 'to']);
    expect(parsePath('competencies[0].required.15')).toEqual(['competencies', 0, 'required', '15']);
    expect(parsePath('')).toEqual([]);
  });
});
