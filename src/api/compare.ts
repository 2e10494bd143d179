import { z } from 'zod';
import { schemaMessage } from '../domain/messages/zod.js';
import { statusSchema } from '../domain/workflow/schema.js';
import { TEXT_LIMITS, safeId } from './safe-text.js';
import { COMPARE_MAX } from './values.js';

export { COMPARE_MAX };

/**
 * `GET /api/compare?ids=a,b,c`: two to six FUBEs side by side (issue 15 item 6). Everything is
 * compared with the first FUBE: criterion values, level and class, texts and result areas.
 * Not to be confused with `GET /api/fubes/{id}/compare`, two revisions of one FUBE.
 */


const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const compareFubesQuerySchema = z.object({
  /** Two to six FUBE ids, separated by commas, each once; the first is the reference. */
  ids: z
    .string()
    .max(COMPARE_MAX * (TEXT_LIMITS.id + 1))
    .transform((value) => value.split(','))
    .pipe(
      z
        .array(safeId())
        .min(2, schemaMessage('schema.compare-too-few'))
        .max(COMPARE_MAX, schemaMessage('schema.compare-too-many'))
        .refine(unique, schemaMessage('schema.compare-duplicate')),
    ),
});
export type CompareFubesQuery = z.infer<typeof compareFubesQuerySchema>;

export const wordDiffPartSchema = z.object({ kind: z.enum(['same', 'ins', 'del']), text: z.string() });

/** A text of one FUBE with its word-level differences from the first FUBE's text. */
export const comparedTextSchema = z.object({
  /** The text as this FUBE has it. */
  text: z.string(),
  /** The text word by word against the first FUBE's (all `same` for the first FUBE itself). */
  parts: z.array(wordDiffPartSchema),
  /** Equal to the first FUBE's text. */
  same: z.boolean(),
});
export type ComparedText = z.infer<typeof comparedTextSchema>;

export const comparedFubeSchema = z.object({
  id: z.string(),
  title: z.string(),
  state: statusSchema,
  revision: z.number().int(),
  entityId: z.string(),
  entityName: z.string(),
  unitName: z.string().nullable(),
  familyId: z.string(),
  familyName: z.string(),
  familyVersion: z.number().int(),
  /**
   * Where the class comes from: `decided` (a class decision, the validation or an appeal),
   * `suggested` (only the weighing's suggestion so far), `unassignable` (the separate method),
   * `none` (not weighed yet).
   */
  standing: z.enum(['decided', 'suggested', 'unassignable', 'none']),
  level: z.number().int().nullable(),
  class: z.number().int().nullable(),
  /** The class equals the first FUBE's (and so does the level). */
  sameAsFirst: z.boolean(),
  /** The separate method of an unassignable function. */
  method: z.string().nullable(),
});

/** One criterion's chosen value in one FUBE. */
export const comparedValueSchema = z.object({
  /** The value's number in the criterion (1-based, "waarde N"). */
  value: z.number().int(),
  /** The value's text (the chosen OF alternatives only, when chosen). */
  text: z.string(),
  /** The family levels it covers, and their classes. */
  from: z.number().int(),
  to: z.number().int(),
  classes: z.array(z.number().int()),
  /** The first FUBE chose the same value. */
  sameAsFirst: z.boolean(),
});

export const comparedCriterionSchema = z.object({
  familyId: z.string(),
  familyName: z.string(),
  criterionId: z.string(),
  name: z.string(),
  /** Some FUBE's value differs from the first FUBE's. */
  differs: z.boolean(),
  /** Per FUBE, in the order of `fubes`: its value, or null (not weighed, or another family). */
  values: z.array(comparedValueSchema.nullable()),
});

export const comparedTextRowSchema = z.object({
  field: z.enum(['title', 'purpose-what', 'purpose-goal', 'specific-knowledge']),
  differs: z.boolean(),
  texts: z.array(comparedTextSchema),
});

export const comparedResultAreaSchema = z.object({
  /** Which area this row is: a family area (`family:<id>`), an RG area (`rg:<criterion>`), or one added (`custom:<title>`). */
  key: z.string(),
  /** Its title in the first FUBE that has it. */
  title: z.string(),
  differs: z.boolean(),
  /** Per FUBE: the area's texts against the first FUBE's same area, or null when it does not have it. */
  areas: z.array(
    z
      .object({
        title: comparedTextSchema,
        what: comparedTextSchema,
        goal: comparedTextSchema,
        /** The example activities, one a line. */
        activities: comparedTextSchema,
      })
      .nullable(),
  ),
});

export const fubeComparisonSchema = z.object({
  fubes: z.array(comparedFubeSchema),
  criteria: z.array(comparedCriterionSchema),
  texts: z.array(comparedTextRowSchema),
  resultAreas: z.array(comparedResultAreaSchema),
});
export type FubeComparison = z.infer<typeof fubeComparisonSchema>;
