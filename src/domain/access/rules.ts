import type { Actor, RuleGrant } from './actor.js';
import { IMPLICIT_ROLES, type RuleRole } from './roles.js';
import { fromOtherEntity, inEntity, inUnit, isHolder, isNamedManager, isRequester, notWriterOrWeigher, payInScope, type Predicate, trainedInMethod } from './predicates.js';
import type { ActionOf, ResourceType } from './resources.js';

/** One permission: a role may do these actions on this kind of resource when all conditions hold. */
export interface Rule<R extends ResourceType = ResourceType> {
  role: RuleRole;
  resource: R;
  actions: readonly ActionOf[R][];
  when: readonly Predicate[];
}

export function allow<R extends ResourceType>(role: RuleRole, actions: readonly ActionOf[R][], resource: R, ...when: Predicate[]): Rule<R> {
  return { role, resource, actions, when };
}

/**
 * The grants an actor holds: their assigned roles, then the implicit ones everybody has
 * (the rules' isHolder and isNamedManager conditions decide for which FUBEs).
 */
export function grantsOf(actor: Actor): RuleGrant[] {
  const implicit = IMPLICIT_ROLES.filter((role) => !actor.roles.some((g) => g.role === role)).map((role) => ({ role, entityId: null, unitId: null }));
  return [...actor.roles, ...implicit];
}

/**
 * Every permission of Weegschaal, in one place (docs/roles.md is generated from it).
 * Actions that are a person's own voice or legal act (validate, remark, talk, appeal,
 * committee advice) are not given to the administrator: "everything" stops there.
 */
export const RULES: readonly Rule[] = [
  // FUBEs
  allow('admin', ['read', 'read-history', 'read-remarks', 'read-appeals', 'create', 'update', 'weigh', 'propose', 'withdraw-proposal', 'record-talk', 'notify', 'decide-appeal', 'finalize', 'revise'], 'fube'),
  allow('hr', ['read', 'read-history', 'create', 'update', 'weigh', 'propose', 'withdraw-proposal', 'revise'], 'fube', inEntity),
  // HR of the entity and the manager the FUBE names hear the holders (DOMAIN.md §5.2): they
  // read every holder's thread, answer in it and record a talk as held.
  allow('hr', ['read-remarks', 'answer-remark', 'record-talk'], 'fube', inEntity),
  // A tie is decided by HR of the entity, with a motivation (DOMAIN.md §3.6): calibration compares
  // each adviser's tie decisions, so it is an HR adviser's own judgement, not the administrator's.
  allow('hr', ['decide-tie'], 'fube', inEntity),
  // HR registers an appeal that came on paper, by e-mail or through a union, and reads the appeal file (DOMAIN.md §5.5).
  allow('hr', ['register-appeal', 'read-appeals'], 'fube', inEntity),
  allow('manager', ['read', 'read-history', 'create', 'update', 'withdraw-proposal', 'record-talk', 'revise'], 'fube', inUnit),
  allow('validator', ['read', 'read-history', 'notify', 'finalize'], 'fube', inEntity),
  allow('validator', ['validate'], 'fube', inEntity, notWriterOrWeigher),
  allow('committee-member', ['read', 'advise'], 'fube', inEntity),
  allow('committee-member', ['advise-as-outside-hr'], 'fube', inEntity, fromOtherEntity, trainedInMethod),
  allow('appeal-committee', ['read', 'read-history', 'read-appeals', 'decide-appeal'], 'fube', inEntity),
  allow('holder', ['read', 'read-history', 'remark', 'request-talk', 'appeal'], 'fube', isHolder),
  // The manager a FUBE names writes it with the holders and hears their remarks (DOMAIN.md §4, §5).
  allow('named-manager', ['read', 'read-history', 'update', 'record-talk', 'read-remarks', 'answer-remark'], 'fube', isNamedManager),
  allow('reader', ['read'], 'fube', inEntity),
  // Families: reference data everybody reads; only the administrator publishes.
  allow('admin', ['read', 'manage'], 'family'),
  ...(['hr', 'manager', 'validator', 'committee-member', 'appeal-committee', 'holder', 'reader'] as const).map((role) => allow(role, ['read'], 'family')),
  // Users
  allow('admin', ['read', 'manage'], 'user'),
  // The organisation's closing days count in every term: only the administrator sets them.
  allow('admin', ['manage'], 'calendar'),
  // People, for the pickers: whoever fills in holders, manager or committee. Which people a
  // grant reaches is its own scope (entity or unit), see people-scope.ts.
  allow('admin', ['find', 'find-for-committee', 'find-for-appeal-committee'], 'people'),
  // The appeal committee picks its members (and no one else) when it records its decision.
  allow('appeal-committee', ['find-for-appeal-committee'], 'people'),
  allow('hr', ['find'], 'people'),
  allow('manager', ['find'], 'people'),
  allow('validator', ['find', 'find-for-committee'], 'people'),
  // Pay (issue 16, docs/pay-transparency.md § Privacy): only the pay analyst imports and reads
  // person-level pay. The administrator and HR of an entity read the aggregated, suppressed
  // figures (HR those of its own entity); the administrator may delete a period (retention).
  // The Art. 10 follow-up and the answers to Art. 7 requests are the pay analyst's (issue 16 items 5, 6).
  allow('pay-analyst', ['import', 'read-persons', 'read-report', 'export', 'delete-period', 'follow-up', 'answer-request'], 'pay', payInScope),
  allow('admin', ['read-report', 'delete-period'], 'pay'),
  allow('hr', ['read-report'], 'pay', payInScope),
  // Every worker asks for their own pay information and reads their own answers (Art. 7); no one else's.
  allow('holder', ['ask', 'read'], 'pay-request', isRequester),
  // Calibration (DOMAIN.md §3, consistency; decision 0062): HR and the administrator compare the
  // classes of the FUBEs they may open and mark a finding justified; opening a revision is the FUBE's `revise`.
  allow('admin', ['read', 'justify'], 'calibration'),
  allow('hr', ['read', 'justify'], 'calibration'),
];
