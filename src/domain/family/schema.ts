import { z } from 'zod';
import { schemaMessage } from '../messages/zod.js';

/**
 * The family file format (docs/family-format.md). Field names are English camelCase;
 * texts are the family's own Dutch words. Structural rules live here; rules that relate
 * fields to each other (coverage of levels, known classes, ...) live in validate.ts so
 * that all errors are reported at once.
 */

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage('schema.kebab-case'));

const text = z.string().trim().min(1, schemaMessage('schema.text-empty'));

export const confidenceSchema = z.enum(['certain', 'reconstructed']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const levelSchema = z.strictObject({
  level: z.number().int().min(1),
  classes: z.array(z.number().int().min(1).max(30)).min(1).max(2),
});
export type Level = z.infer<typeof levelSchema>;

export const purposeSchema = z.strictObject({
  /** "X" of "X met als doel Y". */
  what: text,
  /** "Y" of "X met als doel Y". */
  goal: text,
});

export const resultAreaSchema = z.strictObject({
  id: idSchema,
  title: text,
  what: text,
  goal: text,
  activities: z.array(text).default([]),
});
export type ResultArea = z.infer<typeof resultAreaSchema>;

export const valuePartsSchema = z.strictObject({
  /** `and` = EN (all parts hold), `or` = OF (one of the alternatives). */
  join: z.enum(['and', 'or']),
  items: z.array(text).min(2),
});
export type ValueParts = z.infer<typeof valuePartsSchema>;

export const criterionValueSchema = z
  .strictObject({
    /** The value as one text; exactly one of `text` and `parts` is given. */
    text: text.optional(),
    parts: valuePartsSchema.optional(),
    /** First family level the value covers. */
    from: z.number().int().min(1),
    /** Last family level the value covers (inclusive). */
    to: z.number().int().min(1),
    /** An RG value must be backed by an extra result area in the FUBE. */
    rg: z.boolean().default(false),
    /** Whether the column span is read from the source or reconstructed. */
    confidence: confidenceSchema.default('certain'),
  });
export type CriterionValue = z.infer<typeof criterionValueSchema>;

export const criterionSchema = z.strictObject({
  id: idSchema,
  name: text,
  /** A clarification printed with the name, e.g. "≠ hiërarchische aansturing". */
  note: text.optional(),
  /** Values in order, lightest first; value n is `values[n-1]`. */
  values: z.array(criterionValueSchema).min(1),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const expertiseLevelSchema = z.strictObject({
  level: z.number().int().min(1),
  knowledge: text,
  educationAndExperience: text,
});
export type ExpertiseLevel = z.infer<typeof expertiseLevelSchema>;

export const expertiseSchema = z.strictObject({
  /** The family's instruction to make the knowledge function- and entity-specific. */
  instruction: text,
  levels: z.array(expertiseLevelSchema).min(1),
});

export const competencyLevelSchema = z.strictObject({
  level: z.number().int().min(1),
  text,
});

export const competencySchema = z.strictObject({
  id: idSchema,
  name: text,
  definition: text,
  levels: z.array(competencyLevelSchema).min(1),
  /** Required competency level per function class; a class not listed requires none. */
  required: z.record(z.string().regex(/^\d+$/, schemaMessage('schema.class-key')), z.number().int().min(1)),
  confidence: confidenceSchema.default('certain'),
});
export type Competency = z.infer<typeof competencySchema>;

export const familySchema = z.strictObject({
  id: idSchema,
  name: text,
  version: z.number().int().min(1),
  /** Where the content comes from (document, date, remarks about the encoding). */
  source: text,
  purpose: purposeSchema,
  scopeNotes: z.array(text).default([]),
  levels: z.array(levelSchema).min(1),
  resultAreas: z.array(resultAreaSchema).min(1),
  /** A note that applies to all result areas ("Context: ..."). */
  resultAreaContext: text.optional(),
  criteria: z.array(criterionSchema).min(1),
  expertise: expertiseSchema,
  competencies: z.array(competencySchema).default([]),
});

export type Family = z.infer<typeof familySchema>;
export type FamilyInput = z.input<typeof familySchema>;
