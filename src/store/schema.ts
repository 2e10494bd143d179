import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as Kysely sees them. JSON columns are `text` on SQLite and `jsonb` on
 * PostgreSQL: written as a JSON string on both, read through `readJson` (json.ts).
 * Timestamps are ISO 8601 strings in UTC (`2026-01-31T12:00:00.000Z`): they sort as text,
 * read the same on both databases and need no driver type parsing.
 */

type Json = ColumnType<unknown, string, string>;
type AutoId = Generated<number>;

export interface EntitiesTable {
  id: string;
  name: string;
}

export interface UnitsTable {
  id: string;
  entity_id: string;
  /** The unit it is part of (a team in an afdeling); null directly under the entity. */
  parent_id: string | null;
  name: string;
}

export interface PeopleTable {
  id: string;
  name: string;
  email: string | null;
  entity_id: string | null;
  unit_id: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  /** scrypt hash in the form the accounts module writes; never the password. */
  password_hash: string;
  person_id: string | null;
  created_at: string;
  disabled_at: string | null;
  /** 0/1: trained in the classification method (migration 0003). */
  trained_in_method: Generated<number>;
  /** The language of the user's e-mail: 'nl' or 'en' (migration 0015). */
  language: Generated<string>;
}

export interface UserRolesTable {
  id: AutoId;
  user_id: string;
  role: string;
  /** The scope: an entity, a unit of it, or neither for a role over all entities. */
  entity_id: string | null;
  unit_id: string | null;
}

export interface SessionsTable {
  /** A hash of the session token, so a leaked database does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface FamiliesTable {
  id: string;
  version: number;
  status: 'draft' | 'published';
  name: string;
  /** The parsed, validated family (domain `Family`). */
  document: Json;
  /** The YAML/JSON text as uploaded, kept for review and download. */
  source: string;
  created_at: string;
  created_by: string;
  published_at: string | null;
  published_by: string | null;
}

export interface FubesTable {
  id: string;
  entity_id: string;
  unit_id: string | null;
  family_id: string;
  family_version: number;
  title: string;
  /** The workflow status (`Status`), a column so filters need no JSON. */
  state: string;
  /** The decided level and class of the current revision, when decided. */
  level: number | null;
  class: number | null;
  /** The current (latest) revision; the optimistic-concurrency guard. */
  revision: number;
  in_force_revision: number | null;
  content: Json;
  workflow: Json;
  /** The unstemmed text that search indexes (domain `searchText`), for snippets. */
  search_text: string;
  /** The holders' person ids as a JSON array, and the named manager (migration 0010): who sees the FUBE. */
  holder_ids: Generated<string>;
  manager_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FubeRevisionsTable {
  fube_id: string;
  revision: number;
  content: Json;
  author_id: string | null;
  reason: string | null;
  created_at: string;
}

export interface WeighingsTable {
  id: AutoId;
  fube_id: string;
  revision: number;
  rule_id: string;
  family_id: string;
  family_version: number;
  values: Json;
  result: Json | null;
  created_at: string;
}

export interface WorkflowEventsTable {
  id: AutoId;
  fube_id: string;
  type: string;
  revision: number;
  from_state: string;
  to_state: string;
  at: string;
  actor_id: string;
  data: Json;
}

/**
 * The work a FUBE holds in its state (decision 0030, migration 0018), written with every write
 * of the FUBE: my-work's one paged query. Derived from `fubes` (and, for old rounds, their
 * events): rebuilt on restore, not backed up.
 */
export interface FubeWorkTable {
  fube_id: string;
  /** The order within the FUBE (step, then item). */
  seq: number;
  action: string;
  /** Only this person may take it (a holder's own step); null: whoever the access rules allow. */
  person_id: string | null;
  holder_id: string | null;
  appeal_id: string | null;
  /** The deadline (domain `DeadlineDate`) as JSON text; null without one. */
  deadline: string | null;
  /** The order: the deadline date, '' for today whenever asked, '9999-12-31' for none. */
  due: string;
  /** Copied from the FUBE: where it stands, whom it names, its title. */
  entity_id: string;
  unit_id: string | null;
  manager_id: string | null;
  title: string;
}

export interface HistoryTable {
  id: AutoId;
  at: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  /** What changed. */
  data: Json;
  /** Why, when the actor gave a reason. */
  reason: string | null;
}

/** The login throttle's counters (migration 0008): the attempts of one key inside its window. */
/** A day the organisation is closed besides the holidays (migration 0017-closing-days, decision 0036). */
/** At most one row (id 1; none is 0): changes to entities, units and closing days counted (migration 0025, decision 0068). */
export interface ReferenceVersionTable {
  id: number;
  /** A bigint: PostgreSQL returns it as a string. */
  version: number | string;
}

export interface ClosingDaysTable {
  /** Brussels calendar date, YYYY-MM-DD. */
  date: string;
  reason: string;
  /** The user id of the administrator who added it. */
  added_by: string;
  added_at: string;
}

export interface LoginAttemptsTable {
  /** `account:<normalised username>` or `address:<ip>`. */
  key: string;
  /** JSON array of attempt times in milliseconds, oldest first. */
  attempts: string;
  updated_at: string;
}

/** One thing that waits on a user (migration 0015, decision 0026). */
export interface NotificationsTable {
  id: AutoId;
  user_id: string;
  fube_id: string;
  kind: string;
  data: Json;
  /** Unique when set: a notice written at most once (a deadline per user, code and date). */
  once_key: string | null;
  created_at: string;
  read_at: string | null;
}

/** An e-mail to send, written with its event; the mail worker sends it (migration 0015). */
export interface MailOutboxTable {
  id: AutoId;
  to_address: string;
  language: string;
  message: Json;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
}

/** A letter to a holder (migration 0016, decision 0028): what it says, and its receipt. */
export interface LettersTable {
  id: string;
  fube_id: string;
  /** The holder (person id) it is addressed to. */
  holder_id: string;
  /** 'notification' (the decision after validation). */
  kind: string;
  revision: number;
  reference: string;
  data: Json;
  created_at: string;
  /** Brussels date the holder received it; null until recorded. */
  received_on: string | null;
  /** 'app' (acknowledged by the holder), 'letter' or 'e-mail' (delivery recorded by HR). */
  receipt_channel: string | null;
  receipt_recorded_by: string | null;
  receipt_recorded_at: string | null;
}

/** The PostgreSQL search table; on SQLite `fube_search` is an FTS5 table (search/). */
export interface FubeSearchTable {
  fube_id: string;
}

/**
 * The search vocabulary (search/search-terms.ts): every indexed word with its stem; a trigram
 * index over the words (an FTS5 table `search_words_trigram` on SQLite, pg_trgm on PostgreSQL).
 */
export interface SearchWordsTable {
  word: string;
  stem: string;
}

/** A reference period of pay data (migration 0022-pay, issue 16): one import. */
export interface PayPeriodsTable {
  /** The period's name as the analyst gives it (`2026`, `2026-dfb`). */
  id: string;
  /** YYYY-MM-DD: ages, years of service and the FUBE in force are taken on it. */
  reference_date: string;
  /** The entity the data covers; null: the whole organisation. */
  entity_id: string | null;
  /** The user id of the pay analyst who imported it. */
  imported_by: string;
  imported_at: string;
  /** 'csv' (our pay CSV) or 'logib' (the Swiss M1 data sheet). */
  source_format: string;
  /** Reports suppress every group with fewer women or fewer men than this. */
  threshold: number;
}

/** One person's pay in a period (migration 0022-pay); amounts gross per year, euro. */
export interface PayRecordsTable {
  period_id: string;
  /** The file's person key: a people id when it matches one. */
  person_key: string;
  /** The line of the imported file. */
  line: number;
  /** The person's entity when the person is known, else the period's. */
  entity_id: string | null;
  sex: string;
  age: number;
  years_of_service: number;
  education: number;
  /** The file's `fube` column. */
  fube_id: string | null;
  /** The file's explicit `category`. */
  category: string | null;
  /** The category resolved on import: family and class of the FUBE in force; null when none. */
  resolved_family: string | null;
  resolved_class: number | null;
  position: number | null;
  fte: number;
  hours_paid: number;
  basic_pay: number;
  variable_pay: number;
}

/** A recorded pay report (migration 0023-pay-follow-up): the Art. 10 clock starts on its date. */
export interface PayReportSnapshotsTable {
  id: string;
  period_id: string;
  /** The period's entity; null: the whole organisation. */
  entity_id: string | null;
  /** YYYY-MM-DD, the report date. */
  report_date: string;
  threshold: number;
  /** JSON: the flagged categories with their suppressed figures (SnapshotCategory[]). */
  categories: string;
  recorded_by: string;
  recorded_at: string;
}

/** A flagged category's justification or measures (migration 0023-pay-follow-up). */
export interface PayFollowUpsTable {
  snapshot_id: string;
  /** flaggedKey: `<entity or *>|<grain>|<category>`. */
  category_key: string;
  /** 'justification' or 'remediation'. */
  kind: string;
  text: string;
  /** Measures only: YYYY-MM-DD. */
  due_date: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** A joint pay assessment file (migration 0023-pay-follow-up). */
export interface PayAssessmentsTable {
  id: string;
  snapshot_id: string;
  category_key: string;
  opened_on: string;
  /** JSON: items (d)–(g) (AssessmentEntries). */
  entries: string;
  updated_by: string | null;
  updated_at: string | null;
  closed_on: string | null;
  closed_by: string | null;
}

/** An Art. 7 request (migration 0023-pay-follow-up). */
export interface PayRequestsTable {
  id: string;
  /** The person who asked (a people id). */
  person_id: string;
  /** The person's entity when they asked: whose pay analyst answers. */
  entity_id: string | null;
  /** The user account that asked. */
  requested_by: string;
  requested_on: string;
  requested_at: string;
  /** requested_on + 2 months. */
  due_on: string;
}

/** The answer to an Art. 7 request, as given (append-only). */
export interface PayRequestAnswersTable {
  request_id: string;
  answered_by: string;
  answered_at: string;
  /** JSON: PayAnswer. */
  answer: string;
}

/** A calibration finding marked justified (migration 0024-calibration, decision 0062). */
export interface CalibrationJustificationsTable {
  /** The finding's key (domain calibration `Finding.key`). */
  finding_key: string;
  kind: string;
  /** The FUBE ids the finding named when it was justified, as a JSON array. */
  fube_ids: string;
  motivation: string;
  /** The user id of whoever justified it. */
  justified_by: string;
  justified_at: string;
}

export interface Database {
  entities: EntitiesTable;
  units: UnitsTable;
  people: PeopleTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  families: FamiliesTable;
  fubes: FubesTable;
  fube_revisions: FubeRevisionsTable;
  weighings: WeighingsTable;
  workflow_events: WorkflowEventsTable;
  fube_work: FubeWorkTable;
  history: HistoryTable;
  notifications: NotificationsTable;
  mail_outbox: MailOutboxTable;
  letters: LettersTable;
  fube_search: FubeSearchTable;
  search_words: SearchWordsTable;
  login_attempts: LoginAttemptsTable;
  closing_days: ClosingDaysTable;
  reference_version: ReferenceVersionTable;
  pay_periods: PayPeriodsTable;
  pay_records: PayRecordsTable;
  pay_report_snapshots: PayReportSnapshotsTable;
  pay_follow_ups: PayFollowUpsTable;
  pay_assessments: PayAssessmentsTable;
  pay_requests: PayRequestsTable;
  pay_request_answers: PayRequestAnswersTable;
  calibration_justifications: CalibrationJustificationsTable;
}

export type Dialect = 'sqlite' | 'postgres';
