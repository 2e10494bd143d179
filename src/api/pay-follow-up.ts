import { z } from 'zod';
import { FOLLOW_UP_TEXT_MAX } from '../domain/pay/follow-up.js';
import { categoryIndicatorsSchema } from './pay-report.js';
import { safeId, safeText } from './safe-text.js';

/**
 * The Art. 10 follow-up of a recorded pay report and the Art. 7 requests over HTTP (issue 16
 * items 5, 6; docs/pay-transparency.md § Opvolging (art. 10), § Verzoeken (art. 7)). Shared by
 * the server and the web client.
 */

const figureSchema = z.union([z.number(), z.object({ suppressed: z.literal(true) }), z.null()]);
const annualHourlySchema = z.object({ annual: figureSchema, hourly: figureSchema });
const payMeansSchema = z.object({ pay: annualHourlySchema, basic: annualHourlySchema, variable: annualHourlySchema });

/** A flagged category's key within a report: `<entity or *>|<grain>|<category>`. */
export const categoryKeySchema = safeText(300, { name: true }).min(1);

export const payDeadlineSchema = z.object({
  code: z.enum(['pay-follow-up', 'pay-assessment', 'pay-measure', 'pay-request']),
  /** The last day; for an open assessment file the day it opened. */
  date: z.string(),
  kind: z.enum(['not-after', 'open-since']),
  /** Calendar days from today (negative: past). */
  daysLeft: z.number().int(),
});
export type PayDeadlineView = z.infer<typeof payDeadlineSchema>;

const followUpEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('justification'), text: z.string() }),
  z.object({ kind: z.literal('remediation'), text: z.string(), dueDate: z.string() }),
]);

export const followUpCategorySchema = z.object({
  key: z.string(),
  entityId: z.string().nullable(),
  /** The scope's name: the organisation's or the entity's. */
  scopeName: z.string(),
  grain: z.enum(['class', 'family-class']),
  category: z.string(),
  figures: categoryIndicatorsSchema,
  status: z.enum(['open', 'justified', 'remedied', 'assessment']),
  entry: followUpEntrySchema.nullable(),
  /** The joint assessment file, once opened. */
  assessment: z.object({ id: z.string(), openedOn: z.string(), closedOn: z.string().nullable() }).nullable(),
  deadline: payDeadlineSchema.nullable(),
  /** May this caller record (or replace) the justification or measures now? */
  mayRecord: z.boolean(),
});
export type FollowUpCategoryView = z.infer<typeof followUpCategorySchema>;

export const followUpViewSchema = z.object({
  period: z.object({ id: z.string(), referenceDate: z.string(), entityId: z.string().nullable() }),
  /** The recorded report; null until the pay analyst records it. */
  recorded: z
    .object({
      id: z.string(),
      reportDate: z.string(),
      /** Report date + 6 months: the last day to justify or remedy. */
      deadline: z.string(),
      /** The day after: assessment files open. */
      assessmentOpensOn: z.string(),
      recordedBy: z.string(),
      recordedByName: z.string().nullable(),
      threshold: z.number().int(),
    })
    .nullable(),
  /** The flagged categories the caller's scope covers (after recording: as recorded). */
  categories: z.array(followUpCategorySchema),
  abilities: z.object({ record: z.boolean() }),
});
export type FollowUpView = z.infer<typeof followUpViewSchema>;

/** `POST …/follow-up/entries`: a flagged category's justification or measures. */
export const followUpEntryBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ category: categoryKeySchema, kind: z.literal('justification'), text: safeText(FOLLOW_UP_TEXT_MAX) }),
  z.strictObject({ category: categoryKeySchema, kind: z.literal('remediation'), text: safeText(FOLLOW_UP_TEXT_MAX), dueDate: z.string().max(10) }),
]);
export type FollowUpEntryBody = z.infer<typeof followUpEntryBodySchema>;

const leaveSchema = z.object({ women: z.number().nullable(), men: z.number().nullable(), note: z.string() });
const entriesSchema = z.object({ reasons: z.string(), leave: leaveSchema, measures: z.string(), evaluation: z.string() });

export const assessmentViewSchema = z.object({
  id: z.string(),
  period: z.object({ id: z.string(), referenceDate: z.string() }),
  reportDate: z.string(),
  openedOn: z.string(),
  category: z.object({ key: z.string(), entityId: z.string().nullable(), scopeName: z.string(), grain: z.enum(['class', 'family-class']), category: z.string() }),
  /** Items (a)–(c), generated from the recorded report (suppressed as everywhere). */
  figures: z.object({
    shares: z.object({ women: figureSchema, men: figureSchema }),
    counts: z.object({ women: z.number().int(), men: z.number().int(), other: z.number().int(), total: z.number().int() }).nullable(),
    means: z.object({ women: payMeansSchema, men: payMeansSchema }),
    gaps: z.object({ pay: annualHourlySchema, basic: annualHourlySchema, variable: annualHourlySchema }),
  }),
  /** Items (d)–(g) as entered. */
  entries: entriesSchema,
  /** The items still missing before the file can be closed. */
  missing: z.array(z.string()),
  closedOn: z.string().nullable(),
  closedByName: z.string().nullable(),
  abilities: z.object({ fill: z.boolean(), close: z.boolean() }),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const assessmentParamsSchema = z.object({ id: safeId() });

/** `PATCH /api/pay/assessments/{id}`: items (d)–(g); what is left out stays as it was. */
export const fillAssessmentBodySchema = z.strictObject({
  reasons: safeText(FOLLOW_UP_TEXT_MAX).optional(),
  leave: z
    .strictObject({
      women: z.number().min(0).max(100).nullable().optional(),
      men: z.number().min(0).max(100).nullable().optional(),
      note: safeText(FOLLOW_UP_TEXT_MAX).optional(),
    })
    .optional(),
  measures: safeText(FOLLOW_UP_TEXT_MAX).optional(),
  evaluation: safeText(FOLLOW_UP_TEXT_MAX).optional(),
});
export type FillAssessmentBody = z.infer<typeof fillAssessmentBodySchema>;

/** What `open-due` opened now (files opened before are not repeated): which files, no figures. */
export const openDueResultSchema = z.object({
  opened: z.number().int(),
  files: z.array(
    z.object({
      id: z.string(),
      period: z.string(),
      reportDate: z.string(),
      openedOn: z.string(),
      scopeName: z.string(),
      grain: z.enum(['class', 'family-class']),
      category: z.string(),
    }),
  ),
});
export type OpenDueResult = z.infer<typeof openDueResultSchema>;

// Art. 7 --------------------------------------------------------------------------------------

const amountsSchema = z.object({ basic: z.number(), variable: z.number(), total: z.number() });
export const payAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('figures'),
    period: z.object({ id: z.string(), referenceDate: z.string() }),
    threshold: z.number().int(),
    category: z.string().nullable(),
    own: z.object({ annual: amountsSchema, hourly: amountsSchema, hoursPaid: z.number() }),
    means: z.object({ women: payMeansSchema, men: payMeansSchema }).nullable(),
    suppressed: z.boolean(),
  }),
  z.object({ kind: z.literal('not-in-period') }),
]);
export type PayAnswerView = z.infer<typeof payAnswerSchema>;

export const payRequestViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  /** For the analyst's list; the holder sees their own name. */
  personName: z.string().nullable(),
  entityId: z.string().nullable(),
  requestedOn: z.string(),
  dueOn: z.string(),
  daysLeft: z.number().int(),
  answeredAt: z.string().nullable(),
  /** The answer as given: only in the holder's own read, never in a list. */
  answer: payAnswerSchema.nullable(),
});
export type PayRequestView = z.infer<typeof payRequestViewSchema>;
export const payRequestListSchema = z.object({ requests: z.array(payRequestViewSchema) });
export type PayRequestList = z.infer<typeof payRequestListSchema>;
/**
 * The holder's own requests, with the suppression threshold their answer would use now (that
 * of the latest period holding them; the default when none does): a setting, no figure.
 */
export const myPayRequestListSchema = payRequestListSchema.extend({ threshold: z.number().int() });
export type MyPayRequestList = z.infer<typeof myPayRequestListSchema>;

export const payRequestParamsSchema = z.object({ id: safeId() });
/** The request body: nothing (the person is the caller's own, never one named in the body). */
export const createPayRequestBodySchema = z.strictObject({});
export const answerPayRequestBodySchema = z.strictObject({});

/** The generated answer the analyst sees before sending it. */
export const payAnswerPreviewSchema = z.object({ request: payRequestViewSchema, answer: payAnswerSchema });

// My work ---------------------------------------------------------------------------------------

export const payWorkItemSchema = z.object({
  kind: z.enum(['follow-up', 'assessment', 'measure', 'request-to-answer', 'own-request']),
  /** Where it is handled: a path of the web app. */
  link: z.string(),
  /** The period, category or request concerned, for the label. */
  period: z.string().nullable(),
  category: z.string().nullable(),
  /** The category's grain (a class, or family × class), for follow-up items. */
  grain: z.enum(['class', 'family-class']).nullable().optional(),
  scopeName: z.string().nullable(),
  deadline: payDeadlineSchema.nullable(),
  /** An own request: answered or not. */
  answered: z.boolean().optional(),
});
export const payWorkSchema = z.object({ items: z.array(payWorkItemSchema) });
export type PayWork = z.infer<typeof payWorkSchema>;
export type PayWorkItem = z.infer<typeof payWorkItemSchema>;
