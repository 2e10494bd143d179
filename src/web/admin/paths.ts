/** URLs of the administration pages, in a module of their own so links do not pull in the pages. */
export const FAMILY_ADMIN_PATH = '/beheer/families';
export const HISTORY_PATH = '/beheer/geschiedenis';
export const CLOSING_DAYS_PATH = '/beheer/sluitingsdagen';

export const familyVersionsPath = (id: string) => `${FAMILY_ADMIN_PATH}/${encodeURIComponent(id)}`;

/** The full history of one subject, e.g. from a FUBE's own history step. */
export const historyLink = (subjectType: string, subjectId: string) =>
  `${HISTORY_PATH}?${new URLSearchParams({ subjectType, subjectId }).toString()}`;

/** The pay-transparency report (issue 16). */
export const PAY_REPORT_PATH = '/loontransparantie';

/** Pay data per period: import and deletion (issue 16 items 1 and 2). */
export const PAY_DATA_PATH = '/loongegevens';

/** A joint pay assessment file (Art. 10(2)), and the Art. 7 requests the pay analyst answers (issue 16 items 5, 6; src/use-cases/pay/pay-work.ts links here). */
export const PAY_ASSESSMENT_PATH = '/loontransparantie/beoordeling';
export const PAY_REQUESTS_PATH = '/loontransparantie/verzoeken';
/** Calibration across entities (issue 17 item 4): HR and the administrator. */
export const CALIBRATION_PATH = '/kalibratie';
