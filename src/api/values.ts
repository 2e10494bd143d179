/**
 * The contract's plain values that the web app reads: limits, fixed lists and paths. No zod
 * here (nor in what this imports), so the browser builds no schema to read them (decision
 * 0065); the schema modules re-export them for the server.
 */

/**
 * The maximum length (characters) of every text field a client can send, in one place:
 * the server enforces them through the request schemas, the web forms read them from the
 * same schemas (`maxLength`), docs/limits.md lists them (a test keeps it in step).
 */
export const TEXT_LIMITS = {
  /** Ids of FUBEs, families, people, entities, units, appeals. */
  id: 100,
  /** A FUBE title, a result area title, a family name, a person's name. */
  title: 200,
  /** One activity of a result area. */
  activity: 1_000,
  /** What and goal of the purpose or of a result area. */
  paragraph: 4_000,
  /** Function- and entity-specific knowledge. */
  knowledge: 10_000,
  /** Motivations (decisions, appeals, withdrawals), remarks, advice, notes, reasons. */
  motivation: 4_000,
  /** A method (decide-unassignable), a weighing rule name. */
  short: 200,
  /** A search text and other query filters. */
  query: 200,
  /** A login name (an e-mail address at most 254) and a password. */
  username: 254,
  password: 1_024,
  /** Result areas per FUBE, activities per result area, holders, committee members. */
  items: 50,
} as const;

/** At most this many FUBEs side by side: more columns do not fit a screen or a reader. */
export const COMPARE_MAX = 6;

/** Suppression threshold: fewer women or fewer men than this in a group hide its figures. */
export const DEFAULT_PAY_THRESHOLD = 5;
/** A period may only raise the threshold: lowering it would let small groups be recognised. */
export const PAY_THRESHOLD_RANGE = { min: DEFAULT_PAY_THRESHOLD, max: 100 } as const;

/**
 * Why a single sign-on attempt ended without a session: the callback redirects to
 * `/login?sso=<code>` and the login page shows the matching text.
 */
export const SSO_ERRORS = [
  'unavailable',
  'denied',
  'expired',
  'failed',
  'no-claim',
  'unknown-user',
  'disabled',
] as const;
export type SsoError = (typeof SSO_ERRORS)[number];

/** The paths of documents and catalogue exchange over HTTP (api/exchange.ts has their schemas). */
export const EXCHANGE_ROUTES = {
  familyDocument: '/api/families/{id}/document',
  catalogue: '/api/catalogue',
  catalogueImport: '/api/catalogue/import',
} as const;
