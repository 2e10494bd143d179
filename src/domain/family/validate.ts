import { z } from 'zod';
import { type DomainError, type PathSegment, type Result, fail, formatPath, ok } from '../errors.js';
import { type Family, familySchema } from './schema.js';

const dutch = z.locales.nl().localeError;

/**
 * Messages for people, in Dutch: zod's Dutch locale, except that a missing field says so
 * plainly instead of "expected string, received undefined". Messages written in the
 * schema itself take precedence.
 */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'is verplicht maar ontbreekt' : dutch(issue);

/**
 * Turns zod issues into domain errors with field paths. An unknown field is reported at
 * its own path (one error per field), so a loader can point at its line.
 */
export function zodErrors(error: z.ZodError, prefix: readonly PathSegment[] = []): DomainError[] {
  return error.issues.flatMap((issue): DomainError[] => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        code: `schema.${issue.code}`,
        message: `onbekend veld '${key}'`,
        path: formatPath([...path, key]),
      }));
    const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    return [
      {
        code: `schema.${issue.code}`,
        message: inner !== undefined ? `ongeldige sleutel: ${inner}` : issue.message,
        path: formatPath(path),
      },
    ];
  });
}

/**
 * Parses and checks a family object (already read from YAML or JSON). Every error is
 * reported, structural and semantic, not only the first.
 */
export function parseFamily(input: unknown): Result<Family> {
  const parsed = familySchema.safeParse(input, { error: dutchErrorMap });
  if (parsed.success) {
    const errors = checkFamily(parsed.data);
    return errors.length > 0 ? fail(errors) : ok(parsed.data);
  }
  // A typo in one text should not hide a wrong span elsewhere: when the fields the rules
  // read are well-formed, the rules run too.
  const skeleton = ruleFieldsSchema.safeParse(input);
  return fail([...zodErrors(parsed.error), ...(skeleton.success ? checkFamily(skeleton.data) : [])]);
}

/** Only the fields that checkFamily reads, loosely: the rest may be broken. */
const ruleFieldsSchema = z.object({
  levels: z.array(z.object({ level: z.number(), classes: z.array(z.number()) })),
  resultAreas: z.array(z.object({ id: z.string() })),
  criteria: z.array(
    z.object({
      id: z.string(),
      values: z.array(
        z.object({
          text: z.unknown().optional(),
          parts: z.unknown().optional(),
          from: z.number(),
          to: z.number(),
          rg: z.boolean().default(false),
        }),
      ),
    }),
  ),
  expertise: z.object({ levels: z.array(z.object({ level: z.number() })) }),
  competencies: z
    .array(
      z.object({
        id: z.string(),
        levels: z.array(z.object({ level: z.number() })),
        required: z.record(z.string(), z.number()),
      }),
    )
    .default([]),
});
type FamilyRuleFields = z.output<typeof ruleFieldsSchema>;

/** The rules that relate fields to each other (DOMAIN.md §2). */
export function checkFamily(family: FamilyRuleFields): DomainError[] {
  const errors: DomainError[] = [];
  const add = (code: string, path: PathSegment[], message: string) =>
    errors.push({ code, path: formatPath(path), message });

  // Levels: numbered 1..n, classes ascending and not overlapping.
  const n = family.levels.length;
  const familyClasses = new Set<number>();
  let previousClass = 0;
  family.levels.forEach((level, i) => {
    if (level.level !== i + 1)
      add('level.numbering', ['levels', i, 'level'], `niveaus moeten genummerd zijn 1..${n}; hier ${i + 1} verwacht, ${level.level} gevonden`);
    level.classes.forEach((cls, j) => {
      if (cls <= previousClass)
        add('level.classes-order', ['levels', i, 'classes', j], `functieklassen moeten oplopen zonder overlap; ${cls} volgt op ${previousClass}`);
      previousClass = Math.max(previousClass, cls);
      familyClasses.add(cls);
    });
  });

  const unique = (items: { id: string }[], key: string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        add('id.duplicate', [key, i, 'id'], `${what} '${item.id}' komt twee keer voor (ook op ${key}[${first}])`);
      else seen.set(item.id, i);
    });
  };
  unique(family.resultAreas, 'resultAreas', 'resultaatgebied');
  unique(family.criteria, 'criteria', 'criterium');
  unique(family.competencies, 'competencies', 'competentie');

  // Criteria: values ordered, contiguous, covering every level exactly once.
  family.criteria.forEach((criterion, c) => {
    let expected = 1;
    criterion.values.forEach((value, v) => {
      const at: PathSegment[] = ['criteria', c, 'values', v];
      if ((value.text === undefined) === (value.parts === undefined))
        add('value.text', [...at, 'text'], value.rg ? 'een RG-waarde moet een tekst hebben (text of parts)' : 'geef precies één van text en parts');
      if (value.to < value.from)
        add('value.range', [...at, 'to'], `'to' (${value.to}) ligt voor 'from' (${value.from})`);
      if (value.from !== expected)
        add('value.contiguous', [...at, 'from'], value.from < expected
          ? `overlapt met de vorige waarde: niveau ${value.from} is al gedekt (verwacht 'from: ${expected}')`
          : `laat niveau ${expected}${value.from - 1 > expected ? `..${value.from - 1}` : ''} open (verwacht 'from: ${expected}')`);
      if (value.to > n)
        add('value.range', [...at, 'to'], `niveau ${value.to} bestaat niet; de familie heeft ${n} niveaus`);
      expected = Math.max(expected, value.to + 1);
    });
    if (expected <= n)
      add('value.coverage', ['criteria', c, 'values'], `de waarden dekken niveau ${expected}${expected < n ? `..${n}` : ''} niet`);
  });

  // Expertise: one entry per level, in order.
  const expertiseLevels = family.expertise.levels.map((e) => e.level);
  family.expertise.levels.forEach((entry, i) => {
    if (entry.level !== i + 1)
      add('expertise.numbering', ['expertise', 'levels', i, 'level'], `verwacht niveau ${i + 1}, ${entry.level} gevonden`);
  });
  if (expertiseLevels.length !== n)
    add('expertise.coverage', ['expertise', 'levels'], `verwacht ${n} niveaus (één per familieniveau), ${expertiseLevels.length} gevonden`);

  // Competencies: requirements name classes of the family and levels the competency defines.
  family.competencies.forEach((competency, k) => {
    const defined = new Set<number>();
    competency.levels.forEach((level, l) => {
      if (defined.has(level.level))
        add('competency.level-duplicate', ['competencies', k, 'levels', l, 'level'], `niveau ${level.level} komt twee keer voor`);
      defined.add(level.level);
    });
    for (const [cls, required] of Object.entries(competency.required)) {
      if (!familyClasses.has(Number(cls)))
        add('competency.unknown-class', ['competencies', k, 'required', cls], `functieklasse ${cls} hoort niet bij deze familie (${[...familyClasses].join(', ')})`);
      if (!defined.has(required))
        add('competency.unknown-level', ['competencies', k, 'required', cls], `competentieniveau ${required} is niet beschreven voor '${competency.id}' (beschreven: ${[...defined].join(', ')})`);
    }
  });

  return errors;
}
