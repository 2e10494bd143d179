/**
 * Every path of the API, one place: the server registers these, the web client builds URLs
 * from them. `{name}` marks a path parameter.
 */
export const API_ROUTES = {
  health: '/api/health',
  openapi: '/api/openapi.json',
  docs: '/api/docs',
  login: '/api/login',
  loginOptions: '/api/login/options',
  loginOidc: '/api/login/oidc',
  loginOidcCallback: '/api/login/oidc/callback',
  logout: '/api/logout',
  me: '/api/me',
  session: '/api/session',
  mePassword: '/api/me/password',
  families: '/api/families',
  familiesValidate: '/api/families/validate',
  /** A family from a Word document (.docx), stored as a draft version (issue 17 item 1). */
  familiesImportDocx: '/api/families/import-docx',
  family: '/api/families/{id}',
  familyVersions: '/api/families/{id}/versions',
  familyVersion: '/api/families/{id}/versions/{version}',
  familyPublish: '/api/families/{id}/versions/{version}/publish',
  familyProfile: '/api/families/{id}/profile',
  entities: '/api/entities',
  people: '/api/people',
  fubes: '/api/fubes',
  fube: '/api/fubes/{id}',
  fubeCopy: '/api/fubes/{id}/copy',
  fubeRevisions: '/api/fubes/{id}/revisions',
  fubeRevision: '/api/fubes/{id}/revisions/{n}',
  fubeCompare: '/api/fubes/{id}/compare',
  fubeWeigh: '/api/fubes/{id}/weigh',
  fubeAlternatives: '/api/fubes/{id}/alternatives',
  fubeTie: '/api/fubes/{id}/tie',
  fubeTransitions: '/api/fubes/{id}/transitions',
  fubeRemarks: '/api/fubes/{id}/remarks',
  fubeThreads: '/api/fubes/{id}/threads',
  fubeAppeals: '/api/fubes/{id}/appeals',
  fubeAppealRegistrations: '/api/fubes/{id}/appeal-registrations',
  fubeAppealDecision: '/api/fubes/{id}/appeals/{appealId}/decision',
  fubeHistory: '/api/fubes/{id}/history',
  // Old function descriptions (issue 17 items 3, 5, decision 0064): one file as a draft, the draft's suggestion and taking it.
  fubeSuggestion: '/api/fubes/{id}/suggestion',
  fubeSuggestionAccept: '/api/fubes/{id}/suggestion/accept',
  legacyDrafts: '/api/legacy/drafts',
  fubeDocument: '/api/fubes/{id}/document',
  fubeLetters: '/api/fubes/{id}/letters',
  fubeLetterDocument: '/api/fubes/{id}/letters/{letterId}/document',
  fubeLetterReceipt: '/api/fubes/{id}/letters/{letterId}/receipt',
  weigh: '/api/weigh',
  matrix: '/api/matrix',
  matrixCell: '/api/matrix/cell',
  /** Two to six FUBEs side by side (not `fubeCompare`: two revisions of one FUBE). */
  compareFubes: '/api/compare',
  myWork: '/api/my-work',
  overview: '/api/overview',
  catalogueTable: '/api/catalogue/table',
  notifications: '/api/notifications',
  notificationsRead: '/api/notifications/read',
  meLanguage: '/api/me/language',
  history: '/api/history',
  closingDays: '/api/calendar/closing-days',
  closingDay: '/api/calendar/closing-days/{date}',
  // Pay data per reference period (issue 16, docs/pay-transparency.md § Privacy).
  payPeriods: '/api/pay/periods',
  payPeriod: '/api/pay/periods/{period}',
  payPeriodImport: '/api/pay/periods/{period}/import',
  payPeriodRecords: '/api/pay/periods/{period}/records',
  // The pay report (issue 16 item 3): aggregated, suppressed figures and their exports.
  payReport: '/api/pay/periods/{period}/report',
  payReportExport: '/api/pay/periods/{period}/report/export',
  // The Art. 10 follow-up and the Art. 7 requests (issue 16 items 5, 6).
  payFollowUp: '/api/pay/periods/{period}/follow-up',
  payFollowUpEntries: '/api/pay/periods/{period}/follow-up/entries',
  payAssessmentsOpenDue: '/api/pay/assessments/open-due',
  payAssessment: '/api/pay/assessments/{id}',
  payAssessmentClose: '/api/pay/assessments/{id}/close',
  payRequests: '/api/pay/requests',
  payRequest: '/api/pay/requests/{id}',
  payRequestPreview: '/api/pay/requests/{id}/preview',
  payRequestAnswer: '/api/pay/requests/{id}/answer',
  myPayRequests: '/api/me/pay-requests',
  myPayWork: '/api/my-work/pay',
  // Calibration across entities (issue 17 item 4, decision 0062).
  calibration: '/api/calibration',
  calibrationJustify: '/api/calibration/findings/{key}/justify',
  calibrationRevision: '/api/calibration/findings/{key}/revision',
} as const;

export type RouteName = keyof typeof API_ROUTES;

/** Fills `{name}` placeholders: `apiPath('fube', { id: 'f1' })` → `/api/fubes/f1`. */
export function apiPath(name: RouteName, params: Record<string, string | number> = {}): string {
  return API_ROUTES[name].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new RangeError(`missing path parameter '${key}' for ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** Query parameters of an API call; empty, null and undefined ones are left out of the URL. */
export type Query = Record<string, string | number | undefined | null>;

/** The URL of a route with its path parameters and the non-empty query parameters (the web client's and the server's page preloads). */
export function apiUrl(route: RouteName, params: Record<string, string | number> = {}, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const qs = search.toString();
  return qs === '' ? apiPath(route, params) : `${apiPath(route, params)}?${qs}`;
}

/** The Fastify form of a path: `{id}` → `:id`. */
export const fastifyPath = (name: RouteName): string => API_ROUTES[name].replace(/\{(\w+)\}/g, ':$1');
