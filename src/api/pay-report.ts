import { z } from 'zod';

/**
 * `GET /api/pay/periods/{period}/report`: the Art. 9 report of a reference period (issue 16
 * item 3), as the report page reads it; `…/report/export?format=csv|xlsx|pdf` gives the
 * exports. Only aggregated, suppressed figures: a suppressed figure is `{ suppressed: true }`,
 * never a number. docs/pay-transparency.md.
 */
export const payReportExportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx', 'pdf']).default('pdf'),
});
export type PayReportExportQuery = z.infer<typeof payReportExportQuerySchema>;

const figureSchema = z.union([z.number(), z.object({ suppressed: z.literal(true) }), z.null()]);
const annualHourlySchema = z.object({ annual: figureSchema, hourly: figureSchema });
const sexCountsSchema = z.object({ women: z.number().int(), men: z.number().int(), other: z.number().int(), total: z.number().int() });
const payMeansSchema = z.object({ pay: annualHourlySchema, basic: annualHourlySchema, variable: annualHourlySchema });

export const categoryIndicatorsSchema = sexCountsSchema.extend({
  category: z.string(),
  basicMeanGap: annualHourlySchema,
  variableMeanGap: annualHourlySchema,
  payMeanGap: annualHourlySchema,
  means: z.object({ women: payMeansSchema, men: payMeansSchema }),
  flagged: z.boolean().nullable(),
  flaggedOn: z.array(z.enum(['annual', 'hourly'])),
});

const indicatorsSchema = z.object({
  threshold: z.number().int(),
  counts: sexCountsSchema,
  meanGap: annualHourlySchema,
  medianGap: annualHourlySchema,
  variableMeanGap: annualHourlySchema,
  variableMedianGap: annualHourlySchema,
  variableShare: z.object({ women: figureSchema, men: figureSchema }),
  quartiles: z.array(z.object({ band: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), count: z.number().int(), women: figureSchema, men: figureSchema })),
  categories: z.array(categoryIndicatorsSchema),
  unclassified: sexCountsSchema,
});

const scopeSchema = z.object({
  entityId: z.string().nullable(),
  name: z.string(),
  byClass: indicatorsSchema,
  byFamilyClass: z.array(categoryIndicatorsSchema),
});

/** The Logib adjusted gap of the scope the caller sees as a whole; null with a reason below 50 persons or without both sexes. */
export const adjustedGapViewSchema = z.union([
  z.object({
    ok: z.literal(true),
    n: z.number().int(),
    coefficient: z.number(),
    standardError: z.number(),
    degreesOfFreedom: z.number().int(),
    rSquared: z.number(),
    pValue: z.number(),
    /** Kennedy's estimator in percent (negative: women earn less, all else equal). */
    gap: z.number(),
    significant: z.boolean(),
  }),
  z.object({ ok: z.literal(false), reason: z.string(), n: z.number().int() }),
]);

export const payReportViewSchema = z.object({
  period: z.object({ id: z.string(), referenceDate: z.string() }),
  threshold: z.number().int(),
  flagLimit: z.number(),
  /** The whole organisation: null when the caller sees only some entities. */
  organisation: scopeSchema.nullable(),
  /** The entities the caller may see, by name. */
  entities: z.array(scopeSchema),
  /** Family id → name, for the family × class categories ("FAM/10"). */
  familyNames: z.record(z.string(), z.string()),
  adjusted: adjustedGapViewSchema.nullable(),
  abilities: z.object({ export: z.boolean() }),
});
export type PayReportView = z.infer<typeof payReportViewSchema>;
export type PayReportScopeView = z.infer<typeof scopeSchema>;
export type CategoryIndicatorsView = z.infer<typeof categoryIndicatorsSchema>;

