import { z } from 'zod';
import { schemaMessage } from '../domain/messages/zod.js';
import { classDecisionSchema, competencyWordingSchema, fubeContentSchema, fubeResultAreaSchema, fubeWeighingSchema, tieDecisionSchema, unassignableSchema } from '../domain/fube/schema.js';
import { competencyProfileSchema } from '../domain/profile/index.js';
import { weighingResultSchema, weighingValuesSchema } from '../domain/weighing/types.js';
import {
  appealChannelSchema,
  appealGroundSchema,
  appealOutcomeSchema,
  classDirectionSchema,
  statusSchema,
  workflowEventSchema,
  workflowStateSchema,
} from '../domain/workflow/schema.js';
import { pageQuerySchema, queryInt } from './common.js';
import { TEXT_LIMITS, safeId, safeText } from './safe-text.js';
import { checkItemSchema, messageArgSchema } from './messages.js';
import { personSchema } from './entities.js';
import { deadlineRuleSchema } from './calendar.js';

/** FUBEs (function descriptions): content in revisions, a workflow beside it. */

export const fubeParamsSchema = z.object({ id: safeId() });
export const fubeRevisionParamsSchema = z.object({ id: safeId(), n: queryInt.min(1) });
const revision = z.number().int().min(1);

export const deadlineSchema = z.object({
  /** e.g. `validation-from`, `appeal-until`, `appeal-committee-by`. */
  code: z.string(),
  /** Dutch label for people. */
  label: z.string(),
  /** Brussels calendar date, YYYY-MM-DD. */
  date: z.string(),
  /** The rule that produced the date (its code and parameters; the web writes it out). */
  rule: deadlineRuleSchema,
  /** Calendar days from today (negative when passed). */
  daysLeft: z.number().int(),
  /** Working days from today (no weekends, holidays, closing days; negative when passed). */
  workingDaysLeft: z.number().int(),
  /** `not-before` opens a step (validation, finalisation), `not-after` closes one (appeal). */
  kind: z.enum(['not-before', 'not-after']),
  /** not-before: the step is possible now; not-after: the date has passed. */
  reached: z.boolean(),
  holderId: z.string().optional(),
  appealId: z.string().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const fubeSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  familyId: z.string(),
  familyVersion: z.number().int(),
  entityId: z.string(),
  unitId: z.string().nullable(),
  state: statusSchema,
  revision: z.number().int(),
  level: z.number().int().nullable(),
  class: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type FubeSummary = z.infer<typeof fubeSummarySchema>;

/** A FUBE as everyone who may read it sees it: everything the editor and the holder's view need. */
export const fubeBaseViewSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  state: statusSchema,
  workflow: workflowStateSchema,
  /** The final revision in force while a newer one is drafted. */
  inForceRevision: z.number().int().nullable(),
  content: fubeContentSchema,
  /** The stored weighing's result (recomputed on the FUBE's family version when values changed). */
  weighing: weighingResultSchema.nullable(),
  /** The weighing in plain Dutch. */
  explanation: z.string().nullable(),
  /** Derived from the decided class; never stored as text. */
  profile: competencyProfileSchema.nullable(),
  /** Items that still block validation, with their field paths. */
  blocking: z.array(checkItemSchema),
  deadlines: z.array(deadlineSchema),
  /** The people the FUBE mentions (holders, manager, validator, committee), with their names. */
  people: z.array(personSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const placeSchema = z.object({ entityId: z.string(), unitId: z.string().nullable() });

/**
 * What the caller of this request may do with the FUBE now (src/domain/access/abilities.ts):
 * the UI offers exactly these; anything else is refused (403, or 422 while `waiting`).
 */
export const abilitiesSchema = z.object({
  /** Workflow steps the caller may take now. */
  actions: z.array(z.string()),
  /** Steps the caller's role allows in this state but a rule blocks for now, with why. */
  waiting: z.array(z.object({ action: z.string(), reasons: z.array(checkItemSchema) })),
  /** The content may be changed by this caller now (a draft, and theirs to write). */
  edit: z.boolean(),
  weigh: z.boolean(),
  /** The caller may choose between the weighing's tied levels now (HR of the entity, a draft with a tie). */
  decideTie: z.boolean(),
  history: z.boolean(),
  /** The holders' threads this caller reads: all (HR, the named manager), their own (a holder), none. */
  threads: z.enum(['all', 'own', 'none']),
  /** The appeal file this caller reads: every appeal (appeal committee, HR), their own (a holder), none. */
  appeals: z.enum(['all', 'own', 'none']),
  /** Where this caller may move the FUBE while editing (empty when they cannot edit). */
  places: z.array(placeSchema),
  /**
   * For whoever may validate it: the people who may not sit in its validation committee (its
   * manager, holders, writers and weighers), so the picker does not offer them. Empty for the others.
   */
  committeeExcluded: z.array(z.string()),
  /**
   * The caller reads the working notes (HR, committees; DOMAIN.md §3.7): their view and the
   * documents before final carry them, and they may ask for the holders' version of a document.
   */
  workingNotes: z.boolean(),
});
export type Abilities = z.infer<typeof abilitiesSchema>;

/** `GET /api/fubes/{id}`: the FUBE and what this caller may do with it. */
export const fubeViewSchema = fubeBaseViewSchema.extend({ abilities: abilitiesSchema });
export type FubeBaseView = z.infer<typeof fubeBaseViewSchema>;
export type FubeView = z.infer<typeof fubeViewSchema>;

/** An appeal lodged or registered: its id and the FUBE as it now is. */
export const appealLodgedSchema = z.object({ appealId: z.string(), fube: fubeViewSchema });
export type AppealLodged = z.infer<typeof appealLodgedSchema>;

export const createFubeSchema = z.strictObject({
  familyId: safeId(),
  /** Defaults to the latest published version. */
  familyVersion: z.number().int().min(1).optional(),
  title: safeText(TEXT_LIMITS.title, { name: true }).trim().min(1, schemaMessage('schema.fube-title-empty')),
  entityId: safeId(),
  unitId: safeId().optional(),
  holderIds: z.array(safeId()).max(TEXT_LIMITS.items).default([]),
  managerId: safeId().optional(),
});

/**
 * `POST /api/fubes/{id}/copy`: where the copy will stand and, optionally, its title. Nothing
 * else: holders, manager and workflow are never copied, and a body naming them is refused.
 */
export const copyFubeSchema = z.strictObject({
  entityId: safeId(),
  unitId: safeId().optional(),
  title: safeText(TEXT_LIMITS.title, { name: true }).trim().min(1, schemaMessage('schema.fube-title-empty')).optional(),
});
export type CopyFube = z.infer<typeof copyFubeSchema>;

/**
 * The content of a FUBE as a client sends it: the domain's shape with a maximum length on
 * every text (docs/limits.md) and clean characters (src/api/safe-text.ts). Stored content
 * is read with the domain schema, without these limits, so older rows stay readable.
 */
export const fubeContentInputSchema = fubeContentSchema.extend({
  familyId: safeId(),
  title: safeText(TEXT_LIMITS.title, { name: true }),
  entityId: safeId(),
  unitId: safeId().optional(),
  holderIds: z.array(safeId()).max(TEXT_LIMITS.items),
  managerId: safeId().optional(),
  purpose: z.object({ what: safeText(TEXT_LIMITS.paragraph), goal: safeText(TEXT_LIMITS.paragraph) }),
  resultAreas: z
    .array(
      fubeResultAreaSchema.extend({
        resultAreaId: safeId().optional(),
        criterionId: safeId().optional(),
        title: safeText(TEXT_LIMITS.title, { name: true }),
        what: safeText(TEXT_LIMITS.paragraph),
        goal: safeText(TEXT_LIMITS.paragraph),
        activities: z.array(safeText(TEXT_LIMITS.activity)).max(TEXT_LIMITS.items),
      }),
    )
    .max(TEXT_LIMITS.items),
  specificKnowledge: safeText(TEXT_LIMITS.knowledge),
  weighing: fubeWeighingSchema
    .extend({ rule: safeText(TEXT_LIMITS.short), alternatives: z.record(safeId(), z.array(z.number().int().min(1).max(50)).max(20)).optional() })
    .optional(),
  decision: classDecisionSchema.extend({ motivation: safeText(TEXT_LIMITS.motivation).optional() }).optional(),
  /** Sent back as read; the save keeps the stored tie decision (only POST /tie records one). */
  tieDecision: tieDecisionSchema.extend({ motivation: safeText(TEXT_LIMITS.motivation), decidedBy: safeText(TEXT_LIMITS.id), decidedByPersonId: safeText(TEXT_LIMITS.id).optional(), at: safeText(TEXT_LIMITS.short) }).optional(),
  unassignable: unassignableSchema.extend({ method: safeText(TEXT_LIMITS.short), motivation: safeText(TEXT_LIMITS.motivation) }).optional(),
  competencyWording: z
    .array(competencyWordingSchema.extend({ competencyId: safeId(), level: z.number().int().min(1).max(10), text: safeText(TEXT_LIMITS.paragraph) }))
    .max(TEXT_LIMITS.items)
    .optional(),
});
export type CreateFube = z.infer<typeof createFubeSchema>;

/** Every FUBE write carries the revision it was based on; a stale one gets 409. */
export const updateFubeSchema = z.strictObject({
  baseRevision: revision,
  content: fubeContentInputSchema,
  /** Why this change (kept in the history). */
  reason: safeText(TEXT_LIMITS.motivation).optional(),
});
export type UpdateFube = z.infer<typeof updateFubeSchema>;

export const fubeRevisionSchema = z.object({
  fubeId: z.string(),
  revision: z.number().int(),
  content: fubeContentSchema,
  authorId: z.string().nullable(),
  createdAt: z.string(),
  reason: z.string().nullable(),
});
export type FubeRevision = z.infer<typeof fubeRevisionSchema>;
export const fubeRevisionInfoSchema = fubeRevisionSchema.omit({ content: true }).extend({ title: z.string() });
export const fubeRevisionListSchema = z.array(fubeRevisionInfoSchema);

export const compareQuerySchema = z.object({ from: queryInt.min(1), to: queryInt.min(1) });

/** One difference between two revisions: the field path, before and after. */
export const diffEntrySchema = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** Where, in Dutch words, e.g. "Resultaatgebied 'Dienstverlening' › met als doel". */
  label: z.string(),
  /** The label's parts as catalogue messages, for the client's language (`changeLabel`). */
  where: z.array(messageArgSchema),
  /** Only the order of a list changed. */
  order: z.literal(true).optional(),
});
export type DiffEntry = z.infer<typeof diffEntrySchema>;
export const compareSchema = z.object({
  fubeId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(diffEntrySchema),
  /** The names of the people, accounts, places and families whose ids the two revisions hold. */
  names: z.record(z.string(), z.string()),
});
export type Compare = z.infer<typeof compareSchema>;

export const fubeWeighSchema = z.strictObject({ baseRevision: revision, values: weighingValuesSchema });
/** The OF alternative(s) of a criterion's chosen value that apply (1-based). */
export const fubeAlternativesSchema = z.strictObject({
  baseRevision: revision,
  criterionId: safeId(),
  alternatives: z.array(z.number().int().min(1).max(50)).min(1).max(20),
});
export const fubeWeighedSchema = z.object({
  revision: z.number().int(),
  result: weighingResultSchema,
  explanation: z.string(),
});

const text = safeText(TEXT_LIMITS.motivation).trim().min(1, schemaMessage('schema.text-empty'));

/** `POST /api/fubes/{id}/tie`: HR chooses one of the tied levels, with a motivation (DOMAIN.md §3.6). */
export const decideTieRequestSchema = z.strictObject({
  baseRevision: revision,
  level: z.number().int().min(1),
  motivation: text,
});
const personId = safeId();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, schemaMessage('schema.date'));
const name = safeText(TEXT_LIMITS.title, { name: true }).trim().min(1, schemaMessage('schema.text-empty'));

/**
 * The appeal committee's decision: onontvankelijk (`inadmissible`, the motivation is the
 * reason), ongegrond (`rejected`), gegrond (`upheld`, with another family and/or class); who
 * sat on the committee (people the organisation knows), the hearing date and who was heard.
 */
const appealDecisionFields = {
  outcome: appealOutcomeSchema,
  familyId: safeId().optional(),
  class: z.number().int().optional(),
  motivation: text,
  committee: z.strictObject({ members: z.array(z.strictObject({ personId })).min(1).max(TEXT_LIMITS.items) }),
  hearingOn: localDate,
  heard: z.array(name).max(TEXT_LIMITS.items).default([]),
};

/**
 * A workflow step as a client asks for it. The acting person is never part of it: the
 * validator, a holder who remarks, asks for a talk or appeals are the caller (the session).
 * Unknown fields are refused, so a client that still sends such a person learns it at once.
 */
export const stepSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('propose') }),
  z.strictObject({ type: z.literal('withdraw-proposal'), motivation: text }),
  z.strictObject({ type: z.literal('request-talk'), note: safeText(TEXT_LIMITS.motivation).optional() }),
  /** The holder the talk was held with (the one who asked for it). */
  z.strictObject({ type: z.literal('record-talk'), holderId: personId, note: text, heldOn: localDate.optional() }),
  /** HR or the manager answers in the thread of this holder. */
  z.strictObject({ type: z.literal('answer-remark'), holderId: personId, text }),
  z.strictObject({
    type: z.literal('validate'),
    /** Who sat on the committee and as what; names, entities and training come from the organisation. */
    committee: z.strictObject({ members: z.array(z.strictObject({ personId, role: z.enum(['hr', 'manager', 'other']) })).max(TEXT_LIMITS.items) }),
    /** The committee's advice, with the class it advises when it gives one. */
    advice: z.strictObject({ text, class: z.number().int().optional() }),
    /**
     * The validator's motivated decision: the class confirmed or changed, and the date it takes
     * effect (default: the first day of the month after the notification).
     */
    decision: z.strictObject({ class: z.number().int(), motivation: text, effectiveFrom: localDate.optional() }),
  }),
  z.strictObject({ type: z.literal('notify') }),
  /** The appeal committee's decision on one appeal of the current round (the only open one when `appealId` is absent). */
  z.strictObject({ type: z.literal('decide-appeal'), appealId: safeId().optional(), ...appealDecisionFields }),
  z.strictObject({ type: z.literal('finalize') }),
  /** Starts a new revision; the final version stays in force meanwhile. */
  z.strictObject({ type: z.literal('revise'), reason: text }),
]);
export type Step = z.infer<typeof stepSchema>;

/** `POST /api/fubes/{id}/transitions`: one step, based on the revision the client saw. */
export const transitionRequestSchema = z.strictObject({ baseRevision: revision, action: stepSchema });
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;
/** A holder's remark on the proposal, in their own name (the caller). */
export const remarkRequestSchema = z.strictObject({
  text: safeText(TEXT_LIMITS.motivation).trim().min(1, schemaMessage('schema.remark-empty')),
});
export const remarkSchema = z.object({
  id: z.string(),
  fubeId: z.string(),
  revision: z.number().int(),
  holderId: z.string(),
  text: z.string(),
  at: z.string(),
});
export type Remark = z.infer<typeof remarkSchema>;
export const remarkListSchema = z.array(remarkSchema);

/**
 * `GET /api/fubes/{id}/threads`: the holders' threads of the current round with their texts.
 * HR of the entity and the named manager read every thread; a holder reads only their own.
 */
export const threadSchema = z.object({
  holderId: z.string(),
  revision: z.number().int(),
  entries: z.array(
    z.object({
      kind: z.enum(['remark', 'request-talk', 'answer-remark', 'record-talk']),
      at: z.string(),
      authorId: z.string(),
      text: z.string(),
      heldOn: z.string().optional(),
    }),
  ),
  openSince: z.string().nullable(),
  talk: z.object({ requestedAt: z.string(), heldOn: z.string().nullable(), heldBy: z.string().nullable() }).nullable(),
});
export type Thread = z.infer<typeof threadSchema>;
export const threadsViewSchema = z.object({
  threads: z.array(threadSchema),
  /** The people the threads name, with their names. */
  people: z.array(personSchema),
  /** The caller may answer in every thread (HR, the named manager). */
  canAnswer: z.boolean(),
});
export type ThreadsView = z.infer<typeof threadsViewSchema>;

const appealBody = {
  grounds: z.array(appealGroundSchema).min(1).max(3),
  /** For an appeal against the class: a higher (default) or a lower class is asked. */
  classDirection: classDirectionSchema.optional(),
  motivation: safeText(TEXT_LIMITS.motivation).trim().min(1, schemaMessage('schema.motivation-empty')),
  /** The names of attachments sent with it. */
  attachments: z.array(name).max(TEXT_LIMITS.items).optional(),
};
/** A holder's appeal, in their own name (the caller), against the family or the class. */
export const appealRequestSchema = z.strictObject(appealBody);
/** HR registers an appeal received on paper, by e-mail or through a union representative, for the holders who signed it. */
export const registerAppealRequestSchema = z.strictObject({
  ...appealBody,
  appellantIds: z.array(personId).min(1).max(TEXT_LIMITS.items),
  channel: appealChannelSchema.exclude(['app']),
  receivedOn: localDate,
  representative: name.optional(),
});
export const appealDecisionRequestSchema = z.strictObject(appealDecisionFields);

/** One appeal as its file shows it: what was asked, when and how it came in, and the committee's decision. */
export const appealFileSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  appellantIds: z.array(z.string()),
  grounds: z.array(appealGroundSchema),
  classDirection: classDirectionSchema.optional(),
  contested: z.object({ familyId: z.string().optional(), class: z.number().int() }).optional(),
  motivation: z.string(),
  attachments: z.array(z.string()),
  channel: appealChannelSchema,
  receivedOn: z.string(),
  /** Who registered it (HR), for an appeal that did not come through the app. */
  registeredBy: z.string().nullable(),
  representative: z.string().nullable(),
  late: z.boolean(),
  committeeMeetsBy: z.string(),
  decision: z
    .object({
      at: z.string(),
      outcome: appealOutcomeSchema,
      familyId: z.string().optional(),
      class: z.number().int().optional(),
      motivation: z.string(),
      committee: z.array(z.object({ personId: z.string(), name: z.string(), entityId: z.string() })),
      hearingOn: z.string().nullable(),
      heard: z.array(z.string()),
    })
    .nullable(),
});
export type AppealFile = z.infer<typeof appealFileSchema>;
export const appealFilesSchema = z.object({ appeals: z.array(appealFileSchema), people: z.array(personSchema) });
export const appealParamsSchema = z.object({ id: safeId(), appealId: safeId() });

/** The FUBE's append-only history: workflow events, each with the name of who did it. */
export const fubeHistoryEventSchema = workflowEventSchema.extend({
  /** The account's name (null for the system, the command line or an account that is gone). */
  actorName: z.string().nullable(),
});
export const fubeHistorySchema = z.array(fubeHistoryEventSchema);
export type FubeHistoryEvent = z.infer<typeof fubeHistoryEventSchema>;

export const searchQuerySchema = pageQuerySchema.extend({
  q: safeText(TEXT_LIMITS.query).optional(),
  family: safeText(TEXT_LIMITS.id).optional(),
  /** One class ("15") or a level as its classes ("15/16"): FUBEs of either class. */
  class: safeText(TEXT_LIMITS.id).optional(),
  entity: safeText(TEXT_LIMITS.id).optional(),
  state: statusSchema.optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;
export const searchResultSchema = z.object({
  /** The number of hits; when `exact` is false, at least this many (too many to rank). */
  total: z.number().int(),
  exact: z.boolean(),
  /** `relevance`: best match first; `newest`: too many hits to rank; `title`: no words. */
  order: z.enum(['relevance', 'newest', 'title']),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(fubeSummarySchema.extend({ snippet: z.string().nullable() })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const documentQuerySchema = z.object({
  format: z.enum(['docx', 'pdf']).default('pdf'),
  /**
   * `holder`: the document as the holders receive it, without the working notes (rule id,
   * reconstruction caveats, points of attention, the family's instructions). HR and the
   * committees get `internal` by default before the FUBE is final; everyone else, and every
   * final FUBE, gets `holder` (DOMAIN.md §3.7).
   */
  audience: z.enum(['internal', 'holder']).optional(),
});

/** `GET /api/my-work?limit=`: how many of the most urgent items (100 by default). */
export const myWorkQuerySchema = z.object({ limit: queryInt.min(1).max(1000).optional() });
/** `GET /api/my-work`: FUBEs waiting for the caller, most urgent first, with the deadline in days. */
export const myWorkSchema = z.array(
  z.object({ fube: fubeSummarySchema, action: z.string(), deadline: deadlineSchema.nullable(), holderId: z.string().optional(), appealId: z.string().optional() }),
);
