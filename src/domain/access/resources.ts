import type { ActionType, Status } from '../workflow/schema.js';

/** What the rules need to know of a FUBE; the store fills it from the FUBE and its history. */
export interface FubeResource {
  type: 'fube';
  entityId: string;
  unitId?: string | null;
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

export type Resource = FubeResource | FamilyResource | UserResource | PeopleResource;
export type ResourceType = Resource['type'];

/** FUBE actions: content, history, committee advice, and every workflow action. */
export type FubeAction = 'read' | 'read-history' | 'create' | 'update' | 'weigh' | 'advise' | 'advise-as-outside-hr' | ActionType;
export type FamilyAction = 'read' | 'manage';
export type UserAction = 'read' | 'manage';
/** `find`: holders, manager, validator of a FUBE; `find-for-committee`: also the outside HR member. */
export type PeopleAction = 'find' | 'find-for-committee';

export interface ActionOf {
  fube: FubeAction;
  family: FamilyAction;
  user: UserAction;
  people: PeopleAction;
}

export const FUBE_ACTIONS: readonly FubeAction[] = [
  'read', 'read-history', 'create', 'update', 'weigh',
  'propose', 'withdraw-proposal', 'remark', 'request-talk', 'record-talk',
  'advise', 'advise-as-outside-hr', 'validate', 'notify', 'appeal', 'decide-appeal', 'finalize',
  'decide-unassignable', 'revise',
];

/** Dutch names of the actions, for denials and docs/roles.md. */
export const ACTION_LABELS: Record<ResourceType, Record<string, string>> = {
  fube: {
    read: 'FUBE lezen',
    'read-history': 'historiek lezen',
    create: 'FUBE aanmaken',
    update: 'FUBE schrijven',
    weigh: 'wegen',
    propose: 'voorstellen',
    'withdraw-proposal': 'voorstel intrekken',
    remark: 'opmerking geven',
    'request-talk': 'gesprek vragen',
    'record-talk': 'gesprek vastleggen',
    advise: 'adviseren in het validatiecomité',
    'advise-as-outside-hr': 'zetelen als HR-lid van buiten de entiteit',
    validate: 'valideren',
    notify: 'in kennis stellen',
    appeal: 'beroep instellen',
    'decide-appeal': 'uitspraak beroep vastleggen',
    finalize: 'definitief maken',
    'decide-unassignable': 'niet-toewijsbare functie beslissen',
    revise: 'nieuwe revisie starten',
  },
  family: { read: 'families lezen', manage: 'families beheren en publiceren' },
  user: { read: 'gebruikers lezen', manage: 'gebruikers en rollen beheren' },
  people: { find: 'personen zoeken (functiehouders, leidinggevende, leidend ambtenaar)', 'find-for-committee': 'personen zoeken voor het validatiecomité' },
};
