import { z } from 'zod';
import { type DomainError, type PathSegment, type Result, fail, formatPath, ok } from '../errors.js';
import { type MessageKey, type RefArgs, catalogueError, ref } from '../messages/index.js';
import { zodErrorMap, zodErrors } from '../messages/zod.js';
import { type Family, familySchema } from './schema.js';

/** zod's Dutch messages (the default locale); zodErrors keeps every locale's text. */
export const dutchErrorMap: z.core.$ZodErrorMap = zodErrorMap('nl');
export { zodErrors };

/**
 * Parses and checks a family object (already read from YAML or JSON). Every error is
 * reported, structural and semantic, not only the first.
 */
export function parseFamily(input: unknown): Result<Family> {
  const parsed = familySchema.safeParse(input, { error: dutchErrorMap, reportInput: true });
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
  const add = <K extends MessageKey>(key: K, path: PathSegment[], ...args: RefArgs<K>) => errors.push(catalogueError(key, formatPath(path), ...args));

  // Levels: numbered 1..n, classes ascending and not overlapping.
  const n = family.levels.length;
  const familyClasses = new Set<number>();
  let previousClass = 0;
  family.levels.forEach((level, i) => {
    if (level.level !== i + 1) add('level.numbering', ['levels', i, 'level'], { count: n, expected: i + 1, found: level.level });
    level.classes.forEach((cls, j) => {
      if (cls <= previousClass) add('level.classes-order', ['levels', i, 'classes', j], { class: cls, previous: previousClass });
      previousClass = Math.max(previousClass, cls);
      familyClasses.add(cls);
    });
  });

  const unique = (items: { id: string }[], key: 'resultAreas' | 'criteria' | 'competencies') => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) add('id.duplicate', [key, i, 'id'], { what: ref(`family.kind.${key}`), id: item.id, first: `${key}[${first}]` });
      else seen.set(item.id, i);
    });
  };
  unique(family.resultAreas, 'resultAreas');
  unique(family.criteria, 'criteria');
  unique(family.competencies, 'competencies');

  // Criteria: values ordered, contiguous, covering every level exactly once.
  family.criteria.forEach((criterion, c) => {
    let expected = 1;
    criterion.values.forEach((value, v) => {
      const at: PathSegment[] = ['criteria', c, 'values', v];
      if ((value.text === undefined) === (value.parts === undefined)) add(value.rg ? 'value.text:rg' : 'value.text', [...at, 'text']);
      if (value.to < value.from) add('value.range', [...at, 'to'], { to: value.to, from: value.from });
      if (value.from !== expected) {
        if (value.from < expected) add('value.contiguous:overlap', [...at, 'from'], { from: value.from, expected });
        else add('value.contiguous:gap', [...at, 'from'], { levels: `${expected}${value.from - 1 > expected ? `..${value.from - 1}` : ''}`, expected });
      }
      if (value.to > n) add('value.range:level', [...at, 'to'], { to: value.to, count: n });
      expected = Math.max(expected, value.to + 1);
    });
    if (expected <= n) add('value.coverage', ['criteria', c, 'values'], { levels: `${expected}${expected < n ? `..${n}` : ''}` });
  });

  // Expertise: one entry per level, in order.
  const expertiseLevels = family.expertise.levels.map((e) => e.level);
  family.expertise.levels.forEach((entry, i) => {
    if (entry.level !== i + 1) add('expertise.numbering', ['expertise', 'levels', i, 'level'], { expected: i + 1, found: entry.level });
  });
  if (expertiseLevels.length !== n) add('expertise.coverage', ['expertise', 'levels'], { count: n, found: expertiseLevels.length });

  // Competencies: requirements name classes of the family and levels the competency defines.
  family.competencies.forEach((competency, k) => {
    const defined = new Set<number>();
    competency.levels.forEach((level, l) => {
      if (defined.has(level.level)) add('competency.level-duplicate', ['competencies', k, 'levels', l, 'level'], { level: level.level });
      defined.add(level.level);
    });
    for (const [cls, required] of Object.entries(competency.required)) {
      if (!familyClasses.has(Number(cls)))
        add('competency.unknown-class', ['competencies', k, 'required', cls], { class: cls, classes: [...familyClasses].join(', ') });
      if (!defined.has(required))
        add('competency.unknown-level', ['competencies', k, 'required', cls], { level: required, competency: competency.id, defined: [...defined].join(', ') });
    }
  });

  return errors;
}
