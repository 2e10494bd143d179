import { z } from 'zod';
import { STATUSES, type Status } from './status.js';
import { schemaMessage } from '../messages/zod.js';

/**
 * The workflow of one FUBE (DOMAIN.md §5) as data: states, actions and the events that the
 * append-only history keeps. Shared by the store (columns), the API (request bodies) and
 * the web app. Dates of legal periods are Brussels calendar dates (`YYYY-MM-DD`),
 * instants are ISO strings.
 */

export const statusSchema = z.enum(STATUSES);
export type { Status };

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, schemaMessage('schema.date'));
const text = z.string().trim().min(1, schemaMessage('schema.text-empty'));

export const committeeMemberSchema = z.object({
  personId: text,
  name: text,
  /** `hr`: an HR person; the committee needs one from another entity, trained in the method. */
  role: z.enum(['hr', 'manager', 'other']),
  entityId: text,
  trainedInMethod: z.boolean(),
});
export type CommitteeMember = z.infer<typeof committeeMemberSchema>;

export const validationCommitteeSchema = z.object({
  members: z.array(committeeMemberSchema),
});
export type ValidationCommittee = z.infer<typeof validationCommitteeSchema>;

export const appealGroundSchema = z.enum(['family', 'class', 'text']);
export type AppealGround = z.infer<typeof appealGroundSchema>;

/** How an appeal arrived: in the app, or on paper, by e-mail or through a union representative (then HR registers it). */
export const appealChannelSchema = z.enum(['app', 'letter', 'email', 'union']);
export type AppealChannel = z.infer<typeof appealChannelSchema>;
/** The class asked for, against the one decided. */
export const classDirectionSchema = z.enum(['higher', 'lower']);
/** onontvankelijk, ongegrond, gegrond (DOMAIN.md §5.5). */
export const appealOutcomeSchema = z.enum(['inadmissible', 'rejected', 'upheld']);
export type AppealOutcome = z.infer<typeof appealOutcomeSchema>;

/** Who sat on the appeal committee, as the organisation knows them. */
export const appealCommitteeSchema = z.object({ members: z.array(committeeMemberSchema) });

const appealFields = {
  /** One holder, or several holders of the FUBE jointly. */
  appellantIds: z.array(text),
  grounds: z.array(appealGroundSchema),
  /** For an appeal against the class: the direction asked (default higher). */
  classDirection: classDirectionSchema.optional(),
  motivation: text,
  /** The names of the attachments that came with it. */
  attachments: z.array(text).optional(),
};

export const workflowActionSchema = z.discriminatedUnion('type', [
  /** Sends the FUBE to all its holders at once. */
  z.object({ type: z.literal('propose') }),
  /** Back to draft (e.g. after remarks); a new proposal restarts the 30 days. */
  z.object({ type: z.literal('withdraw-proposal'), motivation: text }),
  z.object({ type: z.literal('remark'), holderId: text, text }),
  z.object({ type: z.literal('request-talk'), holderId: text, note: z.string().optional() }),
  /** HR or the manager records that the talk with this holder was held (on `heldOn`, today when absent). */
  z.object({ type: z.literal('record-talk'), holderId: text, note: text, heldOn: localDateSchema.optional() }),
  /** HR or the manager answers in the thread of this holder's remarks and talk request. */
  z.object({ type: z.literal('answer-remark'), holderId: text, text }),
  z.object({
    type: z.literal('validate'),
    validatorId: text,
    committee: validationCommitteeSchema,
    /** The committee's advice, with the class it advises when it gives one. */
    advice: z.object({ text, class: z.number().int().optional() }),
    /**
     * The validator's motivated decision: the class confirmed or changed, and the date it takes
     * effect (DOMAIN.md §5.3; default: the first day of the month after the notification).
     */
    decision: z.object({ class: z.number().int(), motivation: text, effectiveFrom: localDateSchema.optional() }),
  }),
  z.object({ type: z.literal('notify') }),
  /** A holder appeals in the app, within their own term. */
  z.object({ type: z.literal('appeal'), ...appealFields }),
  /** HR registers an appeal received on paper, by e-mail or through a union representative, with the day it was received. */
  z.object({
    type: z.literal('register-appeal'),
    ...appealFields,
    channel: appealChannelSchema.exclude(['app']),
    receivedOn: localDateSchema,
    /** The union representative it came through. */
    representative: z.string().optional(),
  }),
  /** The appeal committee's decision on one appeal (`appealId`; the only open one when absent). */
  z.object({
    type: z.literal('decide-appeal'),
    appealId: z.string().optional(),
    outcome: appealOutcomeSchema,
    /** upheld: another family (the appeal was against the family) and/or another class. */
    familyId: z.string().optional(),
    class: z.number().int().optional(),
    /** The motivation; for an inadmissible appeal, the reason. */
    motivation: text,
    committee: appealCommitteeSchema.optional(),
    hearingOn: localDateSchema.optional(),
    /** Who was heard (names: the appellants, a representative, HR, ...). */
    heard: z.array(text).optional(),
  }),
  z.object({ type: z.literal('finalize') }),
  /** Starts a new revision; the final version stays in force meanwhile. */
  z.object({ type: z.literal('revise'), reason: text }),
]);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;
export type ActionType = WorkflowAction['type'];

export const appealRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** The day it was received (the day lodged for an appeal in the app). */
  receivedOn: localDateSchema,
  channel: appealChannelSchema,
  appellantIds: z.array(z.string()),
  grounds: z.array(appealGroundSchema),
  classDirection: classDirectionSchema.optional(),
  /** What is contested: the family and class decided when it was lodged. */
  contested: z.object({ familyId: z.string().optional(), class: z.number().int() }).optional(),
  /** Received after the term of an appellant: it is registered, and decided inadmissible. */
  late: z.boolean(),
  committeeMeetsBy: localDateSchema,
  decision: z
    .object({
      at: z.string(),
      outcome: appealOutcomeSchema,
      familyId: z.string().optional(),
      class: z.number().int().optional(),
      committee: appealCommitteeSchema.optional(),
      hearingOn: localDateSchema.optional(),
    })
    .optional(),
});
export type AppealRecord = z.infer<typeof appealRecordSchema>;

/** A state stored before issue 13 kept one appeal (`appeal`, `appealDecision`): read as the first of `appeals`. */
export function upgradeAppeals(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('appeal' in value)) return value;
  const { appeal, appealDecision, ...rest } = value as Record<string, unknown> & {
    appeal?: { at: string; date: string; appellantIds: string[]; grounds: AppealGround[]; committeeMeetsBy: string };
    appealDecision?: { at: string; outcome: 'upheld' | 'rejected'; familyId?: string; class?: number };
    revision?: number;
  };
  if (appeal === undefined || 'appeals' in rest) return rest;
  const decision = appealDecision === undefined ? {} : { decision: { at: appealDecision.at, outcome: appealDecision.outcome, ...(appealDecision.familyId !== undefined ? { familyId: appealDecision.familyId } : {}), ...(appealDecision.class !== undefined ? { class: appealDecision.class } : {}) } };
  const record = { id: `beroep-${rest.revision ?? 1}`, at: appeal.at, receivedOn: appeal.date, channel: 'app', appellantIds: appeal.appellantIds, grounds: appeal.grounds, late: false, committeeMeetsBy: appeal.committeeMeetsBy, ...decision };
  return { ...rest, appeals: [record] };
}

export const workflowStateSchema = z.object({
  status: statusSchema,
  /** The revision this round of the process works on (1-based). */
  revision: z.number().int().min(1),
  /** The last final revision, in force while a newer revision is drafted. */
  inForce: z
    .object({
      revision: z.number().int(),
      /** Absent for an unassignable function (no family). */
      familyId: z.string().optional(),
      class: z.number().int(),
      since: z.string(),
    })
    .optional(),
  proposal: z
    .object({ at: z.string(), date: localDateSchema, holderIds: z.array(z.string()), validationFrom: localDateSchema })
    .optional(),
  /**
   * The holders' threads of this round (remarks, talk request, answers), without their texts:
   * the texts are in the history and only the thread's readers see them. `openSince` is the
   * instant of the first remark no answer followed yet.
   */
  threads: z.array(z.object({ holderId: z.string(), openSince: z.string().nullable() })).optional(),
  /** Talks holders asked for in this round; validation waits until each one was held. */
  talks: z
    .array(z.object({ holderId: z.string(), requestedAt: z.string(), heldOn: localDateSchema.optional(), heldBy: z.string().optional() }))
    .optional(),
  validation: z
    .object({
      at: z.string(),
      validatorId: z.string(),
      committee: validationCommitteeSchema,
      advice: z.object({ text: z.string(), class: z.number().int().optional() }),
      class: z.number().int(),
      /** The family level of the class; absent for an unassignable function (no family). */
      level: z.number().int().optional(),
      confirmed: z.boolean(),
      motivation: z.string(),
      /** The date the class takes effect, when the validator set one; else from the notification. */
      effectiveFrom: localDateSchema.optional(),
    })
    .optional(),
  notification: z
    .object({
      at: z.string(),
      date: localDateSchema,
      holderIds: z.array(z.string()),
      /** The term counted from the notification date (a holder without a recorded receipt). */
      appealUntil: localDateSchema,
      /** Per holder, the day they received the decision (acknowledged in the app or recorded by HR); their term runs from it. */
      receipts: z.record(z.string(), localDateSchema).optional(),
    })
    .optional(),
  /**
   * The appeals of this round, one per appeal lodged or registered (co-holders each their own,
   * or jointly). The texts (motivation, attachments, the committee's motivation) are in the
   * history; the appeal file shows them to who may read it.
   */
  appeals: z.array(appealRecordSchema).optional(),
  unassignable: z
    .object({ at: z.string(), method: z.string(), class: z.number().int(), motivation: z.string() })
    .optional(),
  /** `familyId` is absent for an unassignable function (no family). */
  final: z.object({ at: z.string(), familyId: z.string().optional(), class: z.number().int() }).optional(),
});

/** A stored workflow state as the rules read it (states stored before issue 13 upgraded). */
export const readWorkflowState = (value: unknown): WorkflowState => upgradeAppeals(value) as WorkflowState;
export type WorkflowState = z.infer<typeof workflowStateSchema>;

/** One entry of the append-only history: who, when, what, in which revision. */
export const workflowEventSchema = z.object({
  type: z.string(),
  at: z.string(),
  actorId: z.string(),
  revision: z.number().int(),
  from: statusSchema,
  to: statusSchema,
  /** The action's data plus what the rule computed (e.g. `validationFrom`). */
  data: z.record(z.string(), z.unknown()),
});
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;

export const initialState = (revision = 1): WorkflowState => ({ status: 'draft', revision });
