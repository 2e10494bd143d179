import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLegacyFile } from '../../src/documents/legacy/index.js';
import { createFube as createFubeContent } from '../../src/domain/fube/create-fube.js';
import { suggestFube } from '../../src/domain/suggest/index.js';
import { initialState } from '../../src/domain/workflow/index.js';
import { openStore } from '../../src/store/index.js';
import { API_ROUTES, type RouteName } from '../../src/api/routes.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, demoFube, draftOfDemoHolder, loginOnTemplate, securedApp } from './harness.js';
import { SEED_SOURCE } from '../api/harness.js';
import { buildFamilyDocx } from '../../src/documents/index.js';
import { GENERATED_AT, loadSeedFamily } from '../documents/fixtures.js';

/**
 * The authorisation matrix: for every API route and every demo role (and anonymous), the
 * expected answer, as data. 2xx for the roles listed in `ok`, 404 for `hidden` (FUBEs of
 * another entity must not leak), 401 for anonymous, 403 for every other role. One test
 * walks it; a single unexpected pass fails it.
 */
type Caller = keyof typeof CALLERS | 'anonymous';
const ROLES = Object.keys(CALLERS) as (keyof typeof CALLERS)[];
const EVERYONE: Caller[] = [...ROLES, 'anonymous'];

/**
 * The demo FUBEs the routes act on: HRM of DFB (held by the demo holder, managed by the demo
 * manager) as a draft and as a proposal; a notified one of AFB; an appealed one of DFB's budget unit;
 * a draft of DFB HRM made from an old function description (issue 17), without holders.
 */
type Target = 'draft' | 'tiedDraft' | 'proposed' | 'notifiedAfb' | 'appealedDfb' | 'legacyDraft' | 'none';

interface Row {
  route: RouteName;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  target: Target;
  /** Callers that get 2xx (with this status). */
  ok: readonly Caller[];
  status?: number;
  /** Callers that get 404: the FUBE belongs to another entity. */
  hidden?: readonly Caller[];
  query?: string;
  body?: (ctx: { revision: number; content: unknown; holderPersonId: string }) => unknown;
  /** Public routes: anonymous gets 2xx too (listed in ok). */
  /** A read that writes a history row (pay records, exports): allowed callers run on their own copy. */
  writes?: boolean;
  /** What must have happened first on an allowed caller's own copy (e.g. the pay report recorded). */
  prepare?: (s: SecuredApp, cookie: string) => Promise<void>;
}

const readersOfDfbHrm: Caller[] = [
  'admin',
  'hrDfb',
  'manager',
  'validatorDfb',
  'committee',
  'appealCommittee',
  'holder',
  'reader',
];
const historyReaders: Caller[] = ['admin', 'hrDfb', 'manager', 'validatorDfb', 'appealCommittee', 'holder'];
/** The demo logins linked to a person (all but the organisation-wide ones). */
const WITH_PERSON: Caller[] = [
  'hrDfb',
  'hrAfb',
  'manager',
  'validatorDfb',
  'validatorAfb',
  'committee',
  'holder',
  'reader',
];
// The pay analyst holds no FUBE role: a FUBE is as hidden to it as one of another entity.
const otherEntity: Caller[] = ['hrAfb', 'validatorAfb', 'payAnalyst'];
/** The demo's pay period (organisation-wide, 120 persons). */
const PAY_PERIOD = '2026';
const PAY_CSV =
  'person;sex;age;yearsOfService;education;category;fte;hoursPaid;basicPay;variablePay\nm-1;F;40;10;3;15;1;1976;45000;1500\nm-2;M;41;11;3;15;1;1976;45500;1500';

const LEGACY_FILE = fileURLToPath(new URL('../fixtures/legacy/01-hr-consulent.txt', import.meta.url));
const LEGACY_TXT = readFileSync(LEGACY_FILE, 'utf8');
/** Who opens a draft of DFB HRM that names no holder. */
const LEGACY_READERS: Caller[] = ['admin', 'hrDfb', 'manager', 'validatorDfb', 'committee', 'appealCommittee', 'reader'];

const MATRIX: Row[] = [
  { route: 'health', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'me', method: 'GET', target: 'none', ok: ROLES },
  // Anonymous is an answer here (`{ user: null }`), so the web app logs no 401.
  { route: 'session', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'families', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'family', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'familyVersions', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'familyVersion', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'familyProfile', method: 'GET', target: 'none', ok: EVERYONE, query: 'class={class}' },
  { route: 'familiesValidate', method: 'POST', target: 'none', ok: EVERYONE, body: () => SEED_SOURCE },
  {
    route: 'families',
    method: 'POST',
    target: 'none',
    ok: ['admin'],
    status: 201,
    body: () => SEED_SOURCE.replace(/^version: *1\b/m, 'version: 2'),
  },
  { route: 'familyPublish', method: 'POST', target: 'none', ok: ['admin'] },
  // A family from a Word document, stored as a draft (issue 17 item 1): the administrator only.
  { route: 'familiesImportDocx', method: 'POST', target: 'none', ok: ['admin'], status: 201, body: () => familyDocx },
  // The organisation's entities and units: for whoever is signed in.
  { route: 'entities', method: 'GET', target: 'none', ok: ROLES },
  // The pickers: whoever fills in holders, manager or validator; the committee purpose only the validator and the administrator.
  {
    route: 'people',
    method: 'GET',
    target: 'none',
    ok: ['admin', 'hrDfb', 'hrAfb', 'manager', 'validatorDfb', 'validatorAfb'],
    query: 'q=an',
  },
  {
    route: 'people',
    method: 'GET',
    target: 'none',
    ok: ['admin', 'validatorDfb', 'validatorAfb'],
    query: 'purpose=committee&role=hr',
  },
  {
    route: 'people',
    method: 'GET',
    target: 'none',
    ok: ['admin', 'appealCommittee'],
    query: 'purpose=appeal-committee&q=an',
  },
  { route: 'weigh', method: 'POST', target: 'none', ok: EVERYONE, body: () => WEIGH_BODY },
  { route: 'fubes', method: 'GET', target: 'none', ok: ROLES },
  {
    route: 'fubes',
    method: 'POST',
    target: 'none',
    ok: ['admin', 'hrDfb', 'manager'],
    status: 201,
    body: () => ({
      familyId: FAMILY_ID,
      title: 'Nieuwe HR-functie',
      entityId: 'dfb',
      unitId: 'dfb-hrm',
      holderIds: [],
    }),
  },
  { route: 'fube', method: 'GET', target: 'draft', ok: readersOfDfbHrm, hidden: otherEntity },
  {
    route: 'fube',
    method: 'PUT',
    target: 'draft',
    ok: ['admin', 'hrDfb', 'manager'],
    hidden: otherEntity,
    body: ({ revision, content }) => ({ baseRevision: revision, content, reason: 'matrix' }),
  },
  // Old function descriptions (issue 17 items 3, 5): the upload as whoever may create a FUBE there; the suggestion
  // exactly as the FUBE itself (the two rows must agree); taking it as whoever may weigh the draft.
  {
    route: 'legacyDrafts',
    method: 'POST',
    target: 'none',
    ok: ['admin', 'hrDfb', 'manager'],
    status: 201,
    query: 'entity=dfb&unit=dfb-hrm&file=oud.txt',
    body: () => LEGACY_TXT,
  },
  // A holder sees no FUBE they do not hold; the manager may not weigh (HR weighs).
  { route: 'fube', method: 'GET', target: 'legacyDraft', ok: LEGACY_READERS, hidden: [...otherEntity, 'holder'] },
  // The suggestion comes from the creation row of the history: readers of the history only (a reader or committee member: 403).
  { route: 'fubeSuggestion', method: 'GET', target: 'legacyDraft', ok: LEGACY_READERS.filter((c) => c !== 'committee' && c !== 'reader'), hidden: [...otherEntity, 'holder'] },
  {
    route: 'fubeSuggestionAccept',
    method: 'POST',
    target: 'legacyDraft',
    ok: ['admin', 'hrDfb'],
    hidden: [...otherEntity, 'holder'],
    body: ({ revision }) => ({ baseRevision: revision }),
  },
  // A copy: whoever reads the FUBE and may create where the copy will stand (issue 15 item 2).
  {
    route: 'fubeCopy',
    method: 'POST',
    target: 'draft',
    ok: ['admin', 'hrDfb', 'manager'],
    status: 201,
    hidden: otherEntity,
    body: () => ({ entityId: 'dfb', unitId: 'dfb-hrm' }),
  },
  { route: 'fubeRevisions', method: 'GET', target: 'draft', ok: readersOfDfbHrm, hidden: otherEntity },
  { route: 'fubeRevision', method: 'GET', target: 'draft', ok: readersOfDfbHrm, hidden: otherEntity },
  {
    route: 'fubeCompare',
    method: 'GET',
    target: 'draft',
    ok: readersOfDfbHrm,
    hidden: otherEntity,
    query: 'from=1&to=1',
  },
  { route: 'fubeHistory', method: 'GET', target: 'draft', ok: historyReaders, hidden: otherEntity },
  {
    route: 'fubeDocument',
    method: 'GET',
    target: 'draft',
    ok: readersOfDfbHrm,
    hidden: otherEntity,
    query: 'format=docx',
  },
  // Everyone who sees the FUBE may ask for its remarks, but sees only the remarks they may read (HR, the named manager: all; a holder: their own).
  { route: 'fubeRemarks', method: 'GET', target: 'proposed', ok: readersOfDfbHrm, hidden: otherEntity },
  // The threads: HR of the entity, the manager the FUBE names, and its holders (their own thread); other readers 403,
  // the unit's manager too (the demo manager is not the manager this FUBE names).
  // The appeal file: the appeal committee, HR of the entity and the administrator; the holders of the FUBE their own appeals.
  {
    route: 'fubeAppeals',
    method: 'GET',
    target: 'appealedDfb',
    ok: ['admin', 'hrDfb', 'appealCommittee'],
    hidden: [...otherEntity, 'manager', 'holder'],
  },
  {
    route: 'fubeAppealRegistrations',
    method: 'POST',
    target: 'notifiedAfb',
    // Only HR of the FUBE's entity registers an appeal received on paper (late ones too); DFB does not see the AFB FUBE.
    ok: ['hrAfb'],
    status: 201,
    hidden: ['hrDfb', 'manager', 'validatorDfb', 'committee', 'holder', 'reader', 'payAnalyst'],
    body: ({ content }) => ({
      appellantIds: [(content as { holderIds: string[] }).holderIds[0] ?? ''],
      grounds: ['class'],
      motivation: 'Per brief.',
      channel: 'letter',
      receivedOn: '2026-03-02',
    }),
  },
  { route: 'fubeThreads', method: 'GET', target: 'proposed', ok: ['admin', 'hrDfb', 'holder'], hidden: otherEntity },
  {
    route: 'fubeWeigh',
    method: 'POST',
    target: 'draft',
    ok: ['admin', 'hrDfb'],
    hidden: otherEntity,
    body: ({ revision }) => ({ baseRevision: revision, values: WEIGH_BODY.values }),
  },
  // The demo's draft in dfb-hrm chose organisatievorm 3 (two OF alternatives): whoever may weigh chooses.
  {
    route: 'fubeAlternatives',
    method: 'PUT',
    target: 'draft',
    ok: ['admin', 'hrDfb'],
    hidden: otherEntity,
    body: ({ revision }) => ({ baseRevision: revision, criterionId: 'organisatievorm', alternatives: [1] }),
  },
  // Only HR of the entity decides a tie, not the administrator.
  {
    route: 'fubeTie',
    method: 'POST',
    target: 'tiedDraft',
    ok: ['hrDfb'],
    hidden: [...otherEntity, 'manager', 'holder'],
    body: ({ revision }) => ({ baseRevision: revision, level: 3, motivation: 'Zelfstandige projectleiding.' }),
  },
  {
    route: 'fubeTransitions',
    method: 'POST',
    target: 'proposed',
    ok: ['admin', 'hrDfb', 'manager'],
    hidden: otherEntity,
    body: ({ revision }) => ({
      baseRevision: revision,
      action: { type: 'withdraw-proposal', motivation: 'Het voorstel wordt herwerkt.' },
    }),
  },
  {
    route: 'fubeRemarks',
    method: 'POST',
    target: 'proposed',
    ok: ['holder'],
    status: 201,
    hidden: otherEntity,
    body: () => ({ text: 'Mijn taken zijn ruimer.' }),
  },
  {
    route: 'fubeAppeals',
    method: 'POST',
    target: 'notifiedAfb',
    // Only holders appeal, and the demo holder holds no FUBE of AFB: nobody may, DFB does not even see it.
    ok: [],
    hidden: ['hrDfb', 'manager', 'validatorDfb', 'committee', 'holder', 'reader', 'payAnalyst'],
    body: () => ({ grounds: ['class'], motivation: 'De klasse is te laag.' }),
  },
  {
    route: 'fubeAppealDecision',
    method: 'POST',
    target: 'appealedDfb',
    ok: ['admin', 'appealCommittee'],
    // The manager's grant is for HRM, not for the budget unit; the holder holds other FUBEs.
    hidden: [...otherEntity, 'manager', 'holder'],
    // The committee with a member from outside DFB (the demo's HR of AFB), heard on the test's day.
    body: () => ({
      outcome: 'rejected',
      motivation: 'De weging is correct.',
      committee: { members: [{ personId: 'p-hr-afb' }] },
      hearingOn: '2026-03-02',
      heard: ['De functiehouders'],
    }),
  },
  {
    route: 'matrix',
    method: 'GET',
    target: 'none',
    ok: ROLES,
    query: `family=${'organisatieondersteunende-functies'}`,
  },
  {
    route: 'matrixCell',
    method: 'GET',
    target: 'none',
    ok: ROLES,
    query: `family=${'organisatieondersteunende-functies'}&level=1&class=10`,
  },
  // Issue 15 item 6: two FUBEs side by side, for whoever opens both (the draft and the proposal of DFB HRM); all or nothing.
  {
    route: 'compareFubes',
    method: 'GET',
    target: 'draft',
    ok: readersOfDfbHrm,
    hidden: otherEntity,
    query: 'ids={id},{proposed}',
  },
  { route: 'myWork', method: 'GET', target: 'none', ok: ROLES },
  // Issue 15: the overview and the catalogue table answer everyone, over what each may open (test/api/overview.test.ts compares).
  { route: 'overview', method: 'GET', target: 'none', ok: ROLES },
  { route: 'catalogueTable', method: 'GET', target: 'none', ok: ROLES, query: 'format=csv' },
  { route: 'history', method: 'GET', target: 'none', ok: ['admin'] },
  // Issue 13: everyone signed in has their own notifications and e-mail language.
  { route: 'notifications', method: 'GET', target: 'none', ok: ROLES },
  { route: 'notificationsRead', method: 'POST', target: 'none', ok: ROLES, body: () => ({}) },
  { route: 'meLanguage', method: 'PUT', target: 'none', ok: ROLES, body: () => ({ language: 'nl' }) },
  // Letters: whoever reads the FUBE gets the list of the letters they may read (none on a draft).
  { route: 'fubeLetters', method: 'GET', target: 'draft', ok: readersOfDfbHrm, hidden: otherEntity },
  // Issue 14: the closing days count in every deadline: everyone signed in reads them, only the administrator adds one.
  { route: 'closingDays', method: 'GET', target: 'none', ok: ROLES },
  // Pay follow-up (Art. 10) and requests (Art. 7), issue 16 items 5, 6: the follow-up and the answers are the pay
  // analyst's alone (test/api/pay-follow-up.test.ts walks analysts of other scopes); `{id}` here is a FUBE id, so the
  // analyst finds no such file or request (404) and everyone else is refused first; every person asks for their own
  // pay information.
  { route: 'payFollowUp', method: 'GET', target: 'none', ok: ['payAnalyst'] },
  { route: 'payFollowUp', method: 'POST', target: 'none', ok: ['payAnalyst'], status: 201 },
  {
    route: 'payFollowUpEntries',
    method: 'POST',
    target: 'none',
    ok: ['payAnalyst'],
    prepare: async (s, cookie) => {
      const recorded = await s.app.inject({
        method: 'POST',
        url: API_ROUTES.payFollowUp.replace('{period}', PAY_PERIOD),
        headers: browser(cookie),
      });
      if (recorded.statusCode !== 201)
        throw new Error(`recording the pay report failed: ${recorded.statusCode} ${recorded.body}`);
    },
    body: () => ({ category: '*|class|16', kind: 'justification', text: 'Anciënniteit.' }),
  },
  { route: 'payAssessmentsOpenDue', method: 'POST', target: 'none', ok: ['payAnalyst'] },
  { route: 'payAssessment', method: 'GET', target: 'draft', ok: [], hidden: ['payAnalyst'] },
  {
    route: 'payAssessment',
    method: 'PATCH',
    target: 'draft',
    ok: [],
    hidden: ['payAnalyst'],
    body: () => ({ reasons: 'Anciënniteit.' }),
  },
  { route: 'payAssessmentClose', method: 'POST', target: 'draft', ok: [], hidden: ['payAnalyst'] },
  { route: 'payRequests', method: 'GET', target: 'none', ok: ['payAnalyst'] },
  { route: 'payRequests', method: 'POST', target: 'none', ok: WITH_PERSON, status: 201, body: () => ({}) },
  { route: 'payRequest', method: 'GET', target: 'draft', ok: [], hidden: ROLES },
  { route: 'payRequestPreview', method: 'GET', target: 'draft', ok: [], hidden: ['payAnalyst'] },
  { route: 'payRequestAnswer', method: 'POST', target: 'draft', ok: [], hidden: ['payAnalyst'], body: () => ({}) },
  { route: 'myPayRequests', method: 'GET', target: 'none', ok: ROLES },
  { route: 'myPayWork', method: 'GET', target: 'none', ok: ROLES },
  {
    route: 'closingDays',
    method: 'POST',
    target: 'none',
    ok: ['admin'],
    status: 201,
    body: () => ({ date: '2026-12-24', reason: 'Kerstavond' }),
  },
  // Issue 16: pay data. Only the pay analyst imports and reads person-level records (each read in the history);
  // the administrator and HR see the periods (counts) and the suppressed report; the analyst and the administrator delete.
  { route: 'payPeriods', method: 'GET', target: 'none', ok: ['admin', 'hrDfb', 'hrAfb', 'payAnalyst'] },
  { route: 'payPeriodRecords', method: 'GET', target: 'none', ok: ['payAnalyst'], writes: true },
  { route: 'payPeriodImport', method: 'POST', target: 'none', ok: ['payAnalyst'], body: () => PAY_CSV },
  { route: 'payPeriod', method: 'DELETE', target: 'none', ok: ['admin', 'payAnalyst'] },
  { route: 'payReport', method: 'GET', target: 'none', ok: ['admin', 'hrDfb', 'hrAfb', 'payAnalyst'] },
  { route: 'payReportExport', method: 'GET', target: 'none', ok: ['payAnalyst'], query: 'format=csv', writes: true },
  // Issue 17 item 4: calibration for HR and the administrator, over the FUBEs each may open (test/api/calibration.test.ts
  // walks the reach, real keys and hostile input); the key `{key}` is no finding, so they get 404 and everyone else 403 first.
  { route: 'calibration', method: 'GET', target: 'none', ok: ['admin', 'hrDfb', 'hrAfb'] },
  { route: 'calibrationJustify', method: 'POST', target: 'none', ok: [], hidden: ['admin', 'hrDfb', 'hrAfb'], body: () => ({ motivation: 'Verantwoord.' }) },
  {
    route: 'calibrationRevision',
    method: 'POST',
    target: 'draft',
    ok: [],
    hidden: ['admin', 'hrDfb', 'hrAfb'],
    body: ({ revision }) => ({ fubeId: 'x', baseRevision: Math.max(1, revision), reason: 'Kalibratie.' }),
  },
  { route: 'logout', method: 'POST', target: 'none', ok: EVERYONE, status: 204 },
  // Public: how to sign in, and single sign-on (off here, so both send back to the login page; oidc.test.ts runs the flow).
  { route: 'loginOptions', method: 'GET', target: 'none', ok: EVERYONE },
  { route: 'loginOidc', method: 'GET', target: 'none', ok: EVERYONE, status: 302 },
  { route: 'loginOidcCallback', method: 'GET', target: 'none', ok: EVERYONE, status: 302, query: 'code=x&state=y' },
];

/**
 * Routes whose answers depend on more than the role; tested in accounts.test.ts, (letters)
 * test/notifications/letters-api.test.ts and (removing a closing day) test/api/calendar.test.ts.
 */
const ELSEWHERE: RouteName[] = [
  'login',
  'mePassword',
  'openapi',
  'docs',
  'fubeLetterDocument',
  'fubeLetterReceipt',
  'closingDay',
  'payReport',
  'payReportExport',
];

const FAMILY_ID = 'organisatieondersteunende-functies';
const WEIGH_BODY = { familyId: FAMILY_ID, values: {} as Record<string, number> };

const FUBE_TITLES: Record<Exclude<Target, 'none' | 'legacyDraft'>, { unit: string; state: string }> = {
  draft: { unit: 'dfb-hrm', state: 'draft' },
  // The demo's draft weighed on a tie (levels 2 and 3), out of the demo manager's and holder's reach.
  tiedDraft: { unit: 'dfb-boekhouding', state: 'draft' },
  proposed: { unit: 'dfb-hrm', state: 'proposed' },
  notifiedAfb: { unit: 'afb-juridisch', state: 'notified' },
  appealedDfb: { unit: 'dfb-begroting', state: 'appealed' },
};

let decidedClass = 0;
/** Weegschaal's own document of the seed family, for the import route. */
let familyDocx: Buffer = Buffer.alloc(0);
let template: Awaited<ReturnType<typeof demoDatabase>>;
let shared: SecuredApp;
const cookies = new Map<Caller, string>();

beforeAll(async () => {
  familyDocx = await buildFamilyDocx(loadSeedFamily(), { generatedAt: GENERATED_AT });
  template = await demoDatabase();
  await addLegacyDraft(template.file);
  // Signed in on the template: the shared database and every copy hold the same sessions.
  const signedIn = await loginOnTemplate(template, ROLES.map((role) => CALLERS[role]));
  for (const role of ROLES) cookies.set(role, signedIn.get(CALLERS[role])!);
  shared = await securedApp(template);
  await draftOfDemoHolder(shared.store);
  const weighed = (await shared.store.fubes.summaries({})).find((f) => f.state === 'final');
  const values = (await shared.store.fubes.get(weighed?.id ?? ''))?.content.weighing?.values;
  if (values === undefined) throw new Error('the demo has no weighed FUBE');
  WEIGH_BODY.values = values;
  decidedClass = weighed?.class ?? 0;
}, 120_000);
afterAll(async () => {
  await shared.close();
});

/** A draft of DFB HRM made from an old file, as `import legacy` makes it (its history row holds the suggestion). */
async function addLegacyDraft(file: string): Promise<void> {
  const store = await openStore({ file });
  try {
    const family = (await store.families.published())[0]!.family;
    const read = await readLegacyFile(LEGACY_FILE);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const suggestion = suggestFube([family], read.value.description);
    const content = createFubeContent(family, { title: 'Oude HR-consulent', entityId: 'dfb', unitId: 'dfb-hrm', holderIds: [] });
    if (!suggestion.ok || !content.ok) throw new Error('the legacy draft could not be made');
    await store.fubes.create(content.value, initialState(1), 'test', 'ontwerp uit oude functiebeschrijving', { legacySource: '01-hr-consulent.txt', suggestion: suggestion.value });
  } finally {
    await store.close();
  }
}

async function targetOf(s: SecuredApp, target: Target): Promise<{ id: string; revision: number; content: unknown }> {
  if (target === 'none') return { id: '', revision: 0, content: undefined };
  if (target === 'legacyDraft') {
    const created = (await s.store.history.list({ action: 'fube.create' })).find((e) => (e.data as { legacySource?: string }).legacySource !== undefined);
    const record = await s.store.fubes.get(created?.subjectId ?? '');
    if (record === undefined) throw new Error('the legacy draft is missing');
    return { id: record.id, revision: record.revision, content: record.content };
  }
  const { unit, state } = FUBE_TITLES[target];
  const found = await demoFube(s.store, unit, state);
  if (found === undefined) throw new Error(`the demo has no ${state} FUBE in ${unit}`);
  const record = await s.store.fubes.get(found.id);
  return { id: found.id, revision: record?.revision ?? 0, content: record?.content };
}

describe('the authorisation matrix', () => {
  it('covers every API route', () => {
    const covered = new Set<string>([...MATRIX.map((r) => r.route), ...ELSEWHERE]);
    const registered = (r: RouteName) =>
      (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).some((method) =>
        shared.app.hasRoute({ method, url: API_ROUTES[r].replace(/\{(\w+)\}/g, ':$1') }),
      );
    const missing = (Object.keys(API_ROUTES) as RouteName[]).filter((r) => !covered.has(r) && registered(r));
    expect(missing).toEqual([]);
  });

  it('every role (and anonymous) gets exactly the expected answer on every route', async () => {
    const holderPersonId = (await shared.store.users.byEmail(CALLERS.holder))?.personId ?? '';
    const unexpected: string[] = [];
    let checked = 0;
    // Everything run on the shared database was refused or read-only: it must not change.
    const snapshot = async () => ({
      fubes: (await shared.store.fubes.summaries({})).map((f) => `${f.id}@${f.revision}:${f.state}`),
      families: await shared.store.families.list(),
      history: (await shared.store.history.list()).filter((e) => e.subjectType !== 'user').length,
    });
    const before = await snapshot();
    for (const row of MATRIX) {
      for (const caller of EVERYONE) {
        const expected = row.ok.includes(caller)
          ? (row.status ?? 200)
          : caller === 'anonymous'
            ? 401
            : row.hidden?.includes(caller)
              ? 404
              : 403;
        // An allowed write changes the data: it runs on its own copy of the database.
        const own =
          expected < 300 &&
          (row.method !== 'GET' || row.writes === true) &&
          row.route !== 'logout' &&
          !row.ok.includes('anonymous');
        const s = own ? await securedApp(template) : shared;
        try {
          const cookie = caller === 'anonymous' ? undefined : cookies.get(caller);
          if (own && cookie !== undefined) await row.prepare?.(s, cookie);
          const fube = await targetOf(s, row.target);
          const path = API_ROUTES[row.route]
            .replace('{id}', row.route.startsWith('family') ? FAMILY_ID : fube.id)
            .replace('{version}', '1')
            .replace('{n}', '1')
            .replace('{appealId}', `beroep-${fube.revision}`)
            .replace('{period}', PAY_PERIOD);
          const body = row.body?.({ revision: fube.revision, content: fube.content, holderPersonId });
          const response = await s.app.inject({
            method: row.method,
            url: `${path}${
              row.query !== undefined
                ? `?${row.query
                    .replace('{class}', String(decidedClass))
                    .replace('{id}', fube.id)
                    .replace('{proposed}', (await targetOf(s, 'proposed')).id)}`
                : ''
            }`,
            headers: browser(cookie),
            ...(Buffer.isBuffer(body)
              ? {
                  payload: body,
                  headers: {
                    ...browser(cookie),
                    'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  },
                }
              : typeof body === 'string'
                ? { payload: body, headers: { ...browser(cookie), 'content-type': 'application/yaml' } }
                : body !== undefined
                  ? { payload: body as Record<string, unknown> }
                  : {}),
          });
          checked++;
          if (response.statusCode !== expected)
            unexpected.push(
              `${row.method} ${row.route} as ${caller}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
            );
        } finally {
          if (own) await s.close();
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(checked).toBe(MATRIX.length * EVERYONE.length);
  }, 600_000);
});
