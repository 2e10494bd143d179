import { z } from 'zod';
import { format } from '../messages/index.js';

/**
 * The workflow of one FUBE (DOMAIN.md §5) as data: states, actions and the events that the
 * append-only history keeps. Shared by the store (columns), the API (request bodies) and
 * the web app. Dates of legal periods are Brussels calendar dates (`YYYY-MM-DD`),
 * instants are ISO strings.
 */

export const statusSchema = z.enum([
  'draft',
  'proposed',
  'validated',
  'notified',
  'appealed',
  'appeal-decided',
  'final',
  'unassignable-decided',
]);
export type Status = z.infer<typeof statusSchema>;

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, format('nl', 'schema.date'));
const text = z.string().trim().min(1, format('nl', 'schema.text-empty'));

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
    /** The validator's motivated decision: the class confirmed or changed. */
    decision: z.object({ class: z.number().int(), motivation: text }),
  }),
  z.object({ type: z.literal('notify') }),
  z.object({
    type: z.literal('appeal'),
    /** One holder, or several holders of the FUBE jointly. */
    appellantIds: z.array(text),
    grounds: z.array(appealGroundSchema),
    motivation: text,
  }),
  z.discriminatedUnion('outcome', [
    z.object({
      type: z.literal('decide-appeal'),
      outcome: z.literal('upheld'),
      /** Another family when the appeal against the family was upheld. */
      familyId: z.string().optional(),
      class: z.number().int(),
      motivation: text,
    }),
    z.object({ type: z.literal('decide-appeal'), outcome: z.literal('rejected'), motivation: text }),
  ]),
  z.object({ type: z.literal('finalize') }),
  z.object({
    type: z.literal('decide-unassignable'),
    method: text,
    class: z.number().int().min(1),
    motivation: text,
  }),
  /** Starts a new revision; the final version stays in force meanwhile. */
  z.object({ type: z.literal('revise'), reason: text }),
]);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;
export type ActionType = WorkflowAction['type'];

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
      level: z.number().int(),
      confirmed: z.boolean(),
      motivation: z.string(),
    })
    .optional(),
  notification: z
    .object({ at: z.string(), date: localDateSchema, holderIds: z.array(z.string()), appealUntil: localDateSchema })
    .optional(),
  appeal: z
    .object({
      at: z.string(),
      date: localDateSchema,
      appellantIds: z.array(z.string()),
      grounds: z.array(appealGroundSchema),
      motivation: z.string(),
      committeeMeetsBy: localDateSchema,
    })
    .optional(),
  appealDecision: z
    .object({
      at: z.string(),
      outcome: z.enum(['upheld', 'rejected']),
      familyId: z.string().optional(),
      class: z.number().int().optional(),
      motivation: z.string(),
    })
    .optional(),
  unassignable: z
    .object({ at: z.string(), method: z.string(), class: z.number().int(), motivation: z.string() })
    .optional(),
  final: z.object({ at: z.string(), familyId: z.string(), class: z.number().int() }).optional(),
});
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
