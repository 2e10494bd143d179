/**
 * The states of a FUBE, in the order of the procedure. A plain list (no zod), so the web app
 * can offer them without building the workflow's schemas (decision 0065).
 */
export const STATUSES = [
  'draft',
  'proposed',
  'validated',
  'notified',
  'appealed',
  'appeal-decided',
  'final',
  /**
   * Legacy: before issue 14 an unassignable function was decided straight from draft. Stored
   * FUBEs keep this state (in force, revisable); no step leads to it any more (decision 0039).
   */
  'unassignable-decided',
] as const;
export type Status = (typeof STATUSES)[number];
