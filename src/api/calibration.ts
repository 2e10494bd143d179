import { z } from 'zod';
import { statusSchema } from '../domain/workflow/schema.js';
import { TEXT_LIMITS, safeId, safeText } from './safe-text.js';

/**
 * Calibration across entities (issue 17 item 4, decision 0062): `GET /api/calibration` lists
 * the findings over the FUBEs the caller may open; a finding is marked justified with a
 * motivation, or a revision of one of its FUBEs is opened.
 */

export const findingParamsSchema = z.object({
  /** A finding's key as the list gives it; anything else is a finding that does not exist (404). */
  key: safeId(),
});

export const justifyFindingBodySchema = z.strictObject({
  motivation: safeText(TEXT_LIMITS.motivation),
});
export type JustifyFindingBody = z.infer<typeof justifyFindingBodySchema>;

export const openRevisionBodySchema = z.strictObject({
  /** The FUBE of the finding to revise. */
  fubeId: safeId(),
  baseRevision: z.number().int().min(1),
  reason: safeText(TEXT_LIMITS.motivation).min(1),
});
export type OpenRevisionBody = z.infer<typeof openRevisionBodySchema>;

const similarRefSchema = z.object({
  id: z.string(),
  similarity: z.number(),
  sameTitle: z.boolean(),
  criteria: z.array(z.string()),
  classDiffers: z.boolean(),
});

export const findingDetailSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('same-values'),
    familyId: z.string(),
    values: z.record(z.string(), z.number().int()),
    classes: z.array(z.object({ class: z.number().int(), ids: z.array(z.string()) })),
    majorityClass: z.number().int().nullable(),
  }),
  z.object({ kind: z.literal('similar-texts'), subjectClass: z.number().int().nullable(), similar: z.array(similarRefSchema) }),
  z.object({
    kind: z.literal('deviation'),
    group: z.enum(['entity', 'adviser']),
    groupId: z.string(),
    /** The entity's or the adviser's name. */
    groupName: z.string(),
    metric: z.enum(['override', 'tie-up']),
    direction: z.enum(['more', 'less']),
    count: z.number().int(),
    total: z.number().int(),
    share: z.number(),
    restShare: z.number(),
    organisationShare: z.number(),
    z: z.number(),
  }),
  z.object({ kind: z.literal('outlier'), class: z.number().int(), medianClass: z.number().int(), neighbours: z.array(similarRefSchema.extend({ class: z.number().int() })) }),
]);

export const justificationSchema = z.object({
  motivation: z.string(),
  justifiedBy: z.string(),
  justifiedByName: z.string(),
  justifiedAt: z.string(),
});

export const calibrationFindingSchema = z.object({
  key: z.string(),
  kind: z.enum(['same-values', 'similar-texts', 'deviation', 'outlier']),
  /** The FUBEs that deviate. */
  subjects: z.array(z.string()),
  /** The FUBEs they are compared with. */
  references: z.array(z.string()),
  /** FUBEs of the finding left out of `subjects` and `references` (at most 20 and 10 are listed). */
  omitted: z.number().int(),
  /** The ids for `GET /api/compare` (the page /vergelijken): subjects first, at most six. */
  compareIds: z.array(z.string()),
  detail: findingDetailSchema,
  justification: justificationSchema.nullable(),
});
export type CalibrationFindingView = z.infer<typeof calibrationFindingSchema>;

/** A FUBE a finding names, with what the page shows of it and may do with it. */
export const calibrationFubeSchema = z.object({
  id: z.string(),
  title: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  familyId: z.string(),
  state: statusSchema,
  revision: z.number().int(),
  class: z.number().int().nullable(),
  suggestedClass: z.number().int().nullable(),
  /** The caller may start a revision of it now (in force, and `revise` allowed). */
  mayRevise: z.boolean(),
});

export const decisionStatsSchema = z.object({
  group: z.enum(['entity', 'adviser', 'organisation']),
  groupId: z.string(),
  name: z.string(),
  decisions: z.number().int(),
  overrides: z.number().int(),
  ties: z.number().int(),
  tiesUp: z.number().int(),
});

export const calibrationViewSchema = z.object({
  /** How many FUBEs were looked at: every FUBE the caller may open. */
  looked: z.number().int(),
  findings: z.array(calibrationFindingSchema),
  fubes: z.array(calibrationFubeSchema),
  stats: z.array(decisionStatsSchema),
  /** Per family id, its criteria's names by id (the newest version): findings name criteria by id. */
  criterionNames: z.record(z.string(), z.record(z.string(), z.string())),
  thresholds: z.record(z.string(), z.number()),
  abilities: z.object({ justify: z.boolean() }),
});
export type CalibrationView = z.infer<typeof calibrationViewSchema>;

export const justifiedSchema = z.object({ key: z.string(), justification: justificationSchema });
