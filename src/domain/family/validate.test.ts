import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.js';
import type { FamilyInput } from './schema.js';
import { parseFamily } from './validate.js';

/** A small valid family: 3 levels (14, 15/16, 17), 4 criteria, 1 competency. */
function family(): FamilyInput {
  const fourValues = () => [
    { text: 'licht', from: 1, to: 1 },
    { text: 'midden', from: 2, to: 2 },
    { text: 'zwaar', from: 3, to: 3, rg: true },
  ];
  return {
    id: 'testfamilie',
    name: 'Testfamilie',
    version: 1,
    source: 'Opgesteld voor de tests.',
    purpose: { what: 'Klanten bijstaan', goal: 'hen goed te helpen' },
    levels: [
      { level: 1, classes: [14] },
      { level: 2, classes: [15, 16] },
      { level: 3, classes: [17] },
    ],
    resultAreas: [
      { id: 'analyse', title: 'Analyse', what: 'Analyseren', goal: 'te begrijpen' },
      { id: 'advies', title: 'Advies', what: 'Adviseren', goal: 'te helpen', activities: ['Vragen beantwoorden'] },
    ],
    criteria: [
      { id: 'complexiteit', name: 'Complexiteit', values: fourValues() },
      { id: 'opvolging', name: 'Opvolging', values: fourValues() },
      {
        id: 'budget',
        name: 'Budget',
        values: [
          { text: 'niet van toepassing', from: 1, to: 1 },
          { parts: { join: 'or', items: ['bewaakt uitgaven', 'stelt het budget op'] }, from: 2, to: 3, confidence: 'reconstructed' },
        ],
      },
      { id: 'relaties', name: 'Relaties', note: '≠ hiërarchische aansturing', values: fourValues() },
    ],
    expertise: {
      instruction: 'Nog functie- en entiteitspecifiek maken',
      levels: [1, 2, 3].map((level) => ({ level, knowledge: `Kennis ${level}`, educationAndExperience: `Opleiding ${level}` })),
    },
    competencies: [
      {
        id: 'analyseren',
        name: 'Analyseren',
        definition: 'Een probleem duiden',
        levels: [
          { level: 1, text: 'Ziet de essentie' },
          { level: 2, text: 'Legt verbanden' },
        ],
        required: { '14': 1, '15': 2, '16': 2 },
      },
    ],
  };
}

/** The errors of a family changed by `edit`, as `path: code`. */
function errorsAfter(edit: (f: FamilyInput) => void): string[] {
  const input = family();
  edit(input);
  const result = parseFamily(input);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.code}`);
}

function firstError(edit: (f: FamilyInput) => void): DomainError {
  const input = family();
  edit(input);
  const result = parseFamily(input);
  if (result.ok) throw new Error('expected an error');
  return result.errors[0]!;
}

const criterion = (f: FamilyInput, i: number) => f.criteria[i]!;
const value = (f: FamilyInput, c: number, v: number) => f.criteria[c]!.values[v]!;

describe('a valid family', () => {
  it('is accepted with its defaults filled in', () => {
    const result = parseFamily(family());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.resultAreas[0]!.activities).toEqual([]);
    expect(result.value.criteria[0]!.values[0]).toMatchObject({ rg: false, confidence: 'certain' });
    expect(result.value.competencies[0]!.confidence).toBe('certain');
    expect(result.value.scopeNotes).toEqual([]);
  });
});

describe('ids', () => {
  it('must be unique among result areas, criteria and competencies', () => {
    expect(
      errorsAfter((f) => {
        f.resultAreas[1]!.id = 'analyse';
        criterion(f, 2).id = 'complexiteit';
        f.competencies!.push({ ...f.competencies![0]! });
      }),
    ).toEqual(['resultAreas[1].id: id.duplicate', 'criteria[2].id: id.duplicate', 'competencies[1].id: id.duplicate']);
  });

  it('name the first occurrence of a duplicate', () => {
    expect(firstError((f) => (criterion(f, 3).id = 'opvolging')).message).toBe(
      "criterium 'opvolging' komt twee keer voor (ook op criteria[1])",
    );
  });

  it('must be kebab-case', () => {
    const error = firstError((f) => (criterion(f, 0).id = 'Complexiteit van'));
    expect(error).toMatchObject({ path: 'criteria[0].id', code: 'schema.invalid_format' });
    expect(error.message).toMatch(/kebab-case/);
  });
});

describe('levels', () => {
  it('are numbered 1..n', () => {
    expect(errorsAfter((f) => (f.levels[2]!.level = 4))).toEqual(['levels[2].level: level.numbering']);
    expect(firstError((f) => (f.levels[2]!.level = 4)).message).toBe('niveaus moeten genummerd zijn 1..3; hier 3 verwacht, 4 gevonden');
  });

  it('have ascending classes within a level', () => {
    expect(errorsAfter((f) => (f.levels[1]!.classes = [16, 15]))).toEqual(['levels[1].classes[1]: level.classes-order']);
  });

  it('do not share or go back on classes', () => {
    expect(errorsAfter((f) => (f.levels[2]!.classes = [16]))).toEqual(['levels[2].classes[0]: level.classes-order']);
    // Class 16 is gone too, so the competency's requirement for it is reported as well.
    expect(errorsAfter((f) => (f.levels[1]!.classes = [14, 15]))).toEqual([
      'levels[1].classes[0]: level.classes-order',
      'competencies[0].required.16: competency.unknown-class',
    ]);
  });

  it('hold one or two classes as numbers, never "15/16"', () => {
    expect(errorsAfter((f) => (f.levels[1]!.classes = ['15/16' as unknown as number]))).toEqual([
      'levels[1].classes[0]: schema.invalid_type',
    ]);
    expect(errorsAfter((f) => (f.levels[1]!.classes = [15, 16, 17]))).toContain('levels[1].classes: schema.too_big');
  });
});

describe('criterion values', () => {
  it('report a span that ends before it starts at `to`', () => {
    expect(errorsAfter((f) => (value(f, 3, 1).to = 1))).toEqual([
      'criteria[3].values[1].to: value.range',
      'criteria[3].values[2].from: value.contiguous',
    ]);
    expect(firstError((f) => (value(f, 3, 1).to = 1))).toMatchObject({
      path: 'criteria[3].values[1].to',
      message: "'to' (1) ligt voor 'from' (2)",
    });
  });

  it('are ordered without gaps', () => {
    const error = firstError((f) => {
      criterion(f, 0).values = [value(f, 0, 0), value(f, 0, 2)];
    });
    expect(error).toMatchObject({ path: 'criteria[0].values[1].from', code: 'value.contiguous' });
    expect(error.message).toBe("laat niveau 2 open (verwacht 'from: 2')");
  });

  it('do not overlap', () => {
    const error = firstError((f) => (value(f, 2, 1).from = 1));
    expect(error).toMatchObject({ path: 'criteria[2].values[1].from', code: 'value.contiguous' });
    expect(error.message).toBe("overlapt met de vorige waarde: niveau 1 is al gedekt (verwacht 'from: 2')");
  });

  it('are listed lightest first', () => {
    expect(
      errorsAfter((f) => {
        criterion(f, 2).values.reverse();
      }),
    ).toEqual(['criteria[2].values[0].from: value.contiguous', 'criteria[2].values[1].from: value.contiguous']);
  });

  it('cover every level', () => {
    const error = firstError((f) => (value(f, 2, 1).to = 2));
    expect(error).toMatchObject({ path: 'criteria[2].values', code: 'value.coverage', message: 'de waarden dekken niveau 3 niet' });
  });

  it('name no level beyond the family', () => {
    expect(errorsAfter((f) => (value(f, 2, 1).to = 5))).toEqual(['criteria[2].values[1].to: value.range']);
    expect(firstError((f) => (value(f, 2, 1).to = 5)).message).toBe('niveau 5 bestaat niet; de familie heeft 3 niveaus');
  });

  it('have a text or parts, not both and not neither', () => {
    expect(errorsAfter((f) => (value(f, 0, 0).parts = { join: 'and', items: ['a', 'b'] }))).toEqual([
      'criteria[0].values[0].text: value.text',
    ]);
    expect(errorsAfter((f) => delete value(f, 0, 0).text)).toEqual(['criteria[0].values[0].text: value.text']);
  });

  it('say that an RG value needs a text', () => {
    const error = firstError((f) => delete value(f, 1, 2).text);
    expect(error).toMatchObject({ path: 'criteria[1].values[2].text', code: 'value.text' });
    expect(error.message).toBe('een RG-waarde moet een tekst hebben (text of parts)');
  });

  it('have at least two parts, joined by EN or OF', () => {
    expect(errorsAfter((f) => (value(f, 2, 1).parts = { join: 'and', items: ['alleen'] }))).toEqual([
      'criteria[2].values[1].parts.items: schema.too_small',
    ]);
    expect(errorsAfter((f) => (value(f, 2, 1).parts = { join: 'xor' as 'or', items: ['a', 'b'] }))).toEqual([
      'criteria[2].values[1].parts.join: schema.invalid_value',
    ]);
  });

  it('have a known confidence', () => {
    expect(errorsAfter((f) => (value(f, 2, 1).confidence = 'guessed' as 'certain'))).toEqual([
      'criteria[2].values[1].confidence: schema.invalid_value',
    ]);
  });
});

describe('competencies', () => {
  it('require levels only of classes of the family', () => {
    const error = firstError((f) => (f.competencies![0]!.required['20'] = 1));
    expect(error).toMatchObject({ path: 'competencies[0].required.20', code: 'competency.unknown-class' });
    expect(error.message).toBe('functieklasse 20 hoort niet bij deze familie (14, 15, 16, 17)');
  });

  it('require only levels the competency describes', () => {
    const error = firstError((f) => (f.competencies![0]!.required['17'] = 3));
    expect(error).toMatchObject({ path: 'competencies[0].required.17', code: 'competency.unknown-level' });
    expect(error.message).toBe("competentieniveau 3 is niet beschreven voor 'analyseren' (beschreven: 1, 2)");
  });

  it('name each class by its number', () => {
    const error = firstError((f) => (f.competencies![0]!.required['15/16'] = 2));
    expect(error).toMatchObject({ path: 'competencies[0].required.15/16', code: 'schema.invalid_key' });
    expect(error.message).toBe('ongeldige sleutel: moet een functieklasse (getal) zijn');
  });

  it('describe each level once', () => {
    expect(errorsAfter((f) => f.competencies![0]!.levels.push({ level: 2, text: 'nog eens' }))).toEqual([
      'competencies[0].levels[2].level: competency.level-duplicate',
    ]);
  });
});

describe('expertise', () => {
  it('has one entry per level, in order', () => {
    expect(errorsAfter((f) => f.expertise.levels.pop())).toEqual(['expertise.levels: expertise.coverage']);
    expect(errorsAfter((f) => f.expertise.levels.reverse())).toEqual([
      'expertise.levels[0].level: expertise.numbering',
      'expertise.levels[2].level: expertise.numbering',
    ]);
  });
});

describe('errors', () => {
  it('are all reported at once', () => {
    expect(
      errorsAfter((f) => {
        f.levels[2]!.level = 7;
        value(f, 3, 1).to = 1;
        f.competencies![0]!.required['19'] = 5;
        f.resultAreas[1]!.id = 'analyse';
      }),
    ).toEqual([
      'levels[2].level: level.numbering',
      'resultAreas[1].id: id.duplicate',
      'criteria[3].values[1].to: value.range',
      'criteria[3].values[2].from: value.contiguous',
      'competencies[0].required.19: competency.unknown-class',
      'competencies[0].required.19: competency.unknown-level',
    ]);
  });

  it('of the format are all reported at once, in Dutch', () => {
    const input = family() as unknown as Record<string, unknown>;
    delete (input.purpose as Record<string, unknown>).goal;
    input.version = 'twee';
    input.colour = 'blauw';
    const result = parseFamily(input);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'version: Ongeldige invoer: verwacht getal, ontving string',
      'purpose.goal: is verplicht maar ontbreekt',
      "colour: onbekend veld 'colour'",
    ]);
  });

  it('of the format and of the rules are reported together when the rules can be read', () => {
    expect(
      errorsAfter((f) => {
        f.resultAreas[0]!.goal = '';
        value(f, 2, 1).from = 3;
        Object.assign(f.competencies![0]!, { defintion: 'typo' });
      }),
    ).toEqual([
      'resultAreas[0].goal: schema.too_small',
      'competencies[0].defintion: schema.unrecognized_keys',
      'criteria[2].values[1].from: value.contiguous',
    ]);
  });

  it('of the rules wait when a field they read is broken', () => {
    expect(
      errorsAfter((f) => {
        value(f, 2, 1).to = 'drie' as unknown as number;
        value(f, 0, 1).from = 3;
      }),
    ).toEqual(['criteria[2].values[1].to: schema.invalid_type']);
  });

  it('point at an unknown field itself', () => {
    expect(errorsAfter((f) => Object.assign(value(f, 1, 0), { tekst: 'x' }))).toEqual([
      'criteria[1].values[0].tekst: schema.unrecognized_keys',
    ]);
  });

  it('reject empty texts', () => {
    const error = firstError((f) => (f.resultAreas[0]!.goal = '   '));
    expect(error).toMatchObject({ path: 'resultAreas[0].goal', message: 'mag niet leeg zijn' });
  });

  it('say what is wrong when the input is not an object', () => {
    const result = parseFamily(null);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}|${e.message}`)).toEqual([
      '|Ongeldige invoer: verwacht object, ontving null',
    ]);
  });
});
