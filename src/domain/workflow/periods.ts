/** The legal periods of DOMAIN.md §5, in Brussels calendar days. */
export const PERIODS = {
  /** Validation may not happen before proposal date + 30 days. */
  validationAfterProposal: 30,
  /** Appeal possible until notification date + 15 days (inclusive). */
  appealWindow: 15,
  /** The appeal committee meets at the latest on appeal date + 30 days. */
  appealCommitteeMeets: 30,
} as const;

/** Function classes across the Flemish government (DOMAIN.md glossary); an unassignable function gets one of these. */
export const CLASS_RANGE = { min: 7, max: 20 } as const;
