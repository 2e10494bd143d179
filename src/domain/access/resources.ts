import type { ActionType, Status } from '../workflow/schema.js';

/** What the rules need to know of a FUBE; the store fills it from the FUBE and its history. */
export interface FubeResource {
  type: 'fube';
  entityId: string;
  unitId?: string | null;
  /** The units above the FUBE's unit (its afdeling when it is in a team), nearest first. */
  unitPath?: readonly string[];
  /** Person ids. */
  holderIds: readonly string[];
  managerId?: string | null;
  /** User ids of whoever wrote a revision of the FUBE. */
  writerIds?: readonly string[];
  /** User ids of whoever set or changed the weighing. */
  weigherIds?: readonly string[];
  status?: Status;
}

export interface FamilyResource {
  type: 'family';
}

export interface UserResource {
  type: 'user';
  /** The account concerned, when the action is about one account. */
  userId?: string;
}

/** The directory of people (holders, managers, committee members) the pickers search. */
export interface PeopleResource {
  type: 'people';
}

/** The organisation's working-days calendar (its closing days). */
export interface CalendarResource {
  type: 'calendar';
}

/**
 * Pay data of a reference period (issue 16), or a report drawn from it: `entityId` is the
 * entity the data (or the report) covers, null for the whole organisation.
 */
export interface PayResource {
  type: 'pay';
  entityId: string | null;
}

/**
 * A worker's Art. 7 request for pay information (issue 16 item 6): `personId` is who asked.
 * The analyst's side (list and answer) is the `pay` resource of the person's entity.
 */
export interface PayRequestResource {
  type: 'pay-request';
  personId: string;
}

/**
 * Calibration across entities (issue 17 item 4, decision 0062): the findings over the FUBEs
 * the caller may open. Which FUBEs is the FUBE read rule's business, not this resource's.
 */
export interface CalibrationResource {
  type: 'calibration';
}

export type Resource = CalibrationResource | FubeResource | FamilyResource | UserResource | PeopleResource | CalendarResource | PayResource | PayRequestResource;
export type ResourceType = Resource['type'];

/** FUBE actions: content, history, committee advice, and every workflow action. */
/** `read-remarks`: every holder's thread (a holder reads their own thread as holder). `decide-tie`: choose between tied levels (DOMAIN.md §3.6). */
export type FubeAction = 'read' | 'read-history' | 'read-remarks' | 'read-appeals' | 'create' | 'update' | 'weigh' | 'decide-tie' | 'advise' | 'advise-as-outside-hr' | ActionType;
export type FamilyAction = 'read' | 'manage';
export type UserAction = 'read' | 'manage';
/**
 * `find`: holders, manager, validator of a FUBE; `find-for-committee`: also the outside HR
 * member; `find-for-appeal-committee`: the appeal committee's members (also from other entities).
 */
export type PeopleAction = 'find' | 'find-for-committee' | 'find-for-appeal-committee';
/** `manage`: add and remove closing days (everybody signed in reads the calendar). */
export type CalendarAction = 'manage';
/**
 * Pay (docs/pay-transparency.md § Privacy): `import` a period's records (replacing it),
 * `read-persons` its person-level records, `read-report` the aggregated, suppressed figures
 * (and the list of periods, counts only), `export` them, `delete-period` all its records,
 * `follow-up` the Art. 10 follow-up of its report (record it, justify or remedy, the joint
 * assessment files), `answer-request` the Art. 7 requests of persons of the entity.
 */
export type PayAction = 'import' | 'read-persons' | 'read-report' | 'export' | 'delete-period' | 'follow-up' | 'answer-request';
/** `ask`: request one's own pay information (Art. 7); `read`: read one's requests and answers. */
export type PayRequestAction = 'ask' | 'read';
/** `read`: the findings over the FUBEs in reach; `justify`: mark a finding justified with a motivation. */
export type CalibrationAction = 'read' | 'justify';

export interface ActionOf {
  fube: FubeAction;
  family: FamilyAction;
  user: UserAction;
  people: PeopleAction;
  calendar: CalendarAction;
  pay: PayAction;
  'pay-request': PayRequestAction;
  calibration: CalibrationAction;
}

export const FUBE_ACTIONS: readonly FubeAction[] = [
  'read', 'read-history', 'read-remarks', 'read-appeals', 'create', 'update', 'weigh', 'decide-tie',
  'propose', 'withdraw-proposal', 'remark', 'request-talk', 'record-talk', 'answer-remark',
  'advise', 'advise-as-outside-hr', 'validate', 'notify', 'appeal', 'register-appeal', 'decide-appeal', 'finalize',
  'revise',
];

/** Every action per resource type. */
export const ACTIONS: { readonly [T in ResourceType]: readonly ActionOf[T][] } = {
  fube: FUBE_ACTIONS,
  family: ['read', 'manage'],
  user: ['read', 'manage'],
  people: ['find', 'find-for-committee', 'find-for-appeal-committee'],
  calendar: ['manage'],
  pay: ['import', 'read-persons', 'read-report', 'export', 'delete-period', 'follow-up', 'answer-request'],
  'pay-request': ['ask', 'read'],
  calibration: ['read', 'justify'],
};

/** The catalogue key naming an action (`access.action.<type>.<action>`), in every language. */
export const actionLabelKey = (type: ResourceType, action: string) => `access.action.${type}.${action}` as const;

