/**
 * Writes the SQL that every repository method sends, per database, to
 * `src/store/queries/<repository>.sql`, so that a reviewer sees each query and its changes
 * (test/store/queries.test.ts fails when the committed files are out of date).
 *
 *   npx tsx src/store/queries/generate.ts     (needs PostgreSQL: TEST_DATABASE_URL)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createFube } from '../../domain/fube/create-fube.js';
import { testFamily } from '../../domain/fube/test-family.js';
import { initialState } from '../../domain/workflow/schema.js';
import { type Store, openStore } from '../database.js';
import type { Dialect } from '../schema.js';

export const QUERIES_DIR = fileURLToPath(new URL('./', import.meta.url));
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const FIXED_NOW = () => new Date('2026-01-01T00:00:00.000Z');

type Recorded = Map<string, string[]>;

/** Calls every repository method once (some twice, for their other path) and records its SQL. */
async function exercise(open: (log: (sql: string) => void) => Promise<Store>): Promise<Recorded> {
  const recorded: Recorded = new Map();
  let label: string | undefined;
  const store = await open((sql) => {
    if (label === undefined) return;
    const list = recorded.get(label) ?? [];
    if (!list.includes(sql)) list.push(sql);
    recorded.set(label, list);
  });
  const as = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    label = name;
    try {
      return await fn();
    } finally {
      label = undefined;
    }
  };
  try {
    await as('families.saveDraft', () => store.families.saveDraft(testFamily, 'bron', 'admin'));
    await as('families.publish', () => store.families.publish(testFamily.id, 1, 'admin'));
    await as('families.get', () => store.families.get(testFamily.id, 1));
    await as('families.get', () => store.families.get(testFamily.id));
    await as('families.versions', () => store.families.versions(testFamily.id));
    await as('families.list', () => store.families.list());

    await as('families.published', () => store.families.published());
    await as('families.publishedVersions', () => store.families.publishedVersions());

    await as('entities.save', () => store.entities.save({ id: 'e', name: 'E', units: [{ id: 'u', name: 'U', parentId: null }] }));
    await as('entities.list', () => store.entities.list());
    await as('entities.get', () => store.entities.get('e'));
    await as('entities.ids', () => store.entities.ids());
    await as('entities.unitTree', () => store.entities.unitTree());
    await as('entities.places', () => store.entities.places());
    await as('people.save', () => store.people.save({ id: 'p', name: 'P', email: null, entityId: 'e', unitId: 'u' }));
    await as('people.get', () => store.people.get('p'));
    await as('people.list', () => store.people.list({ entityId: 'e', unitId: 'u' }));
    await as('people.byIds', () => store.people.byIds(['p']));
    await as('people.hits', () => store.people.hits(['p']));
    // Once finding the person (then their roles are read), once with every narrowing.
    await as('people.search', () => store.people.search({ reach: [{ entityId: 'e', unitId: null }], q: 'p' }));
    await as('people.search', () =>
      store.people.search({
        reach: [{ entityId: 'e', unitId: 'u' }, { entityId: null, unitId: null, roles: ['hr'], exceptEntityId: 'e' }],
        q: 'p',
        entityId: 'e',
        role: 'hr',
      }),
    );

    const user = await as('users.create', () =>
      store.users.create({ email: 'a@b.be', name: 'A', passwordHash: 'h', roles: [{ role: 'hr', entityId: 'e', unitId: null }] }),
    );
    await as('users.get', () => store.users.get(user.id));
    await as('users.byEmail', () => store.users.byEmail('a@b.be'));
    await as('users.addRole', () => store.users.addRole(user.id, { role: 'manager', entityId: 'e', unitId: 'u' }, { actorId: 'cli:x', action: 'role-granted' }));
    await as('users.roles', () => store.users.roles(user.id));
    await as('users.removeRole', () => store.users.removeRole(user.id, { role: 'manager', entityId: 'e', unitId: 'u' }));
    await as('users.setPassword', () => store.users.setPassword(user.id, 'h2', { endSessions: true, audit: { actorId: 'cli:x', action: 'password-reset' } }));
    await as('users.list', () => store.users.list());
    await as('users.personIdsOf', () => store.users.personIdsOf([user.id]));
    await as('users.setDisabled', () => store.users.setDisabled(user.id, true, { actorId: 'cli:x', action: 'user-disabled' }));
    await as('users.setTrainedInMethod', () => store.users.setTrainedInMethod(user.id, true));
    await as('sessions.create', () => store.sessions.create({ id: 's', userId: user.id, expiresAt: '2026-01-02T00:00:00.000Z' }));
    await as('sessions.get', () => store.sessions.get('s'));
    await as('sessions.withUser', () => store.sessions.withUser('s'));
    await as('sessions.touch', () => store.sessions.touch('s', '2026-01-03T00:00:00.000Z'));
    await as('sessions.deleteForUser', () => store.sessions.deleteForUser(user.id, 's'));
    await as('sessions.delete', () => store.sessions.delete('s'));
    await as('sessions.deleteExpired', () => store.sessions.deleteExpired());
    await as('loginAttempts.change', () =>
      store.loginAttempts.change(['account:a@b.be', 'address:127.0.0.1'], FIXED_NOW(), () => ({ write: new Map([['account:a@b.be', [1]]]), result: undefined })),
    );
    await as('loginAttempts.sweep', () => store.loginAttempts.sweep(FIXED_NOW()));

    const created = createFube(testFamily, { title: 'Adviseur', entityId: 'e', holderIds: ['p'] });
    if (!created.ok) throw new Error('the test family no longer gives a FUBE');
    const fube = await as('fubes.create', () => store.fubes.create(created.value, initialState(1), 'm'));
    await as('fubes.write', () => store.fubes.write(fube.id, { baseRevision: 1, content: fube.content, actorId: 'm' }));
    await as('fubes.write', () => store.fubes.write(fube.id, { baseRevision: 1, content: fube.content, actorId: 'm' }));
    const event = { type: 'propose', at: '2026-01-01T00:00:00.000Z', actorId: 'm', revision: 2, from: 'draft' as const, to: 'proposed' as const, data: {} };
    await as('fubes.write', () => store.fubes.write(fube.id, { baseRevision: 2, workflow: { status: 'proposed', revision: 2 }, events: [event], actorId: 'm' }));
    await as('fubes.get', () => store.fubes.get(fube.id));
    await as('fubes.revisions', () => store.fubes.revisions(fube.id));
    await as('fubes.revision', () => store.fubes.revision(fube.id, 1));
    await as('fubes.events', () => store.fubes.events(fube.id));
    await as('fubes.weighings', () => store.fubes.weighings(fube.id));
    await as('fubes.stamp', () => store.fubes.stamp(fube.id));
    await as('fubes.revisionAuthors', () => store.fubes.revisionAuthors(fube.id));
    await as('fubes.workflows', () => store.fubes.workflows([fube.id]));
    await as('fubes.eventsOf', () => store.fubes.eventsOf([fube.id]));
    await as('fubes.summaries', () => store.fubes.summaries({ entityId: 'e', state: 'proposed', familyId: testFamily.id, class: 15 }));
    // my-work (decision 0030): one scan per branch and action, of every kind of place.
    const branches = [
      { actions: ['propose', 'finalize'] as const, place: { kind: 'all' as const } },
      { actions: ['answer-remark'] as const, place: { kind: 'entity' as const, entityId: 'e' } },
      { actions: ['record-talk'] as const, place: { kind: 'units' as const, entityId: 'e', unitIds: ['u'] } },
      { actions: ['remark', 'appeal'] as const, place: { kind: 'holder' as const, personId: 'p' } },
      { actions: ['answer-remark'] as const, place: { kind: 'manager' as const, personId: 'p' } },
    ];
    await as('fubes.work', () => store.fubes.work({ branches, personId: 'p', today: '2026-01-01', limit: 100 }));
    await as('fubes.work', () => store.fubes.work({ branches: branches.slice(1, 2), personId: null, today: '2026-01-01', limit: 100 }));
    await as('fubes.rebuildWork', () => store.fubes.rebuildWork());
    // With a caller's scope: entities, units, the FUBEs they hold (from the index) and manage.
    const scope = { entityIds: ['e'], unitIds: ['u'], holderPersonId: 'p', managerPersonId: 'p' };
    await as('fubes.summaries', () => store.fubes.summaries({ states: ['draft', 'proposed'], scope }));
    await as('fubes.stateCounts', () => store.fubes.stateCounts());
    await as('fubes.stateCounts', () => store.fubes.stateCounts(scope));
    await as('fubes.dueWork', () => store.fubes.dueWork({ today: '2026-01-01', dueBy: '2026-01-08', limit: 201 }));
    await as('fubes.dueWork', () => store.fubes.dueWork({ scope, today: '2026-01-01', dueBy: '2026-01-08', limit: 201 }));
    await as('search.find', () => store.search.find({ q: 'klanten' }, scope));
    await as('search.find', () => store.search.find({ entity: 'e' }, scope));
    // A narrow scope (units, own FUBEs): each branch in title order from its own index.
    await as('search.find', () => store.search.find({ state: 'draft' }, { entityIds: [], unitIds: ['u', 'u2'], holderPersonId: 'p', managerPersonId: 'p' }));
    await as('search.matchingIds', () => store.search.matchingIds({ q: 'klanten', state: 'draft' }, scope));
    await as('search.scopeCondition', () => store.search.scopeCondition(scope));
    await as('catalogue.exportRows', () => store.catalogue.exportRows({ q: 'klanten', family: testFamily.id, class: 15, entity: 'e', state: 'draft' }, scope));
    await as('catalogue.exportCount', () => store.catalogue.exportCount({ family: testFamily.id, class: 15, entity: 'e', state: 'draft' }, scope));
    await as('catalogue.importFubes', () =>
      store.catalogue.importFubes([{ ...fube, id: 'imported' }], () => ({ write: [{ ...fube, id: 'imported' }], proceed: true, outcome: null }), {
        actorId: 'i',
        reason: 'r',
        historyReason: 'h',
      }),
    );
    await as('search.find', () => store.search.find({ q: 'klanten', family: testFamily.id, classes: [15], entity: 'e', state: 'draft', page: 2, pageSize: 10 }));
    await as('search.find', () => store.search.find({ entity: 'e' }));
    await as('search.find', () => store.search.find({ q: 'klanten' }));

    const notice = { userId: user.id, fubeId: fube.id, kind: 'proposal', data: { title: 'Adviseur' }, mail: { to: 'a@b.be', language: 'nl' } };
    await as('fubes.write', () => store.fubes.write(fube.id, { baseRevision: 2, workflow: { status: 'proposed', revision: 2 }, actorId: 'm', notifications: [notice] }));
    await as('notifications.candidates', () => store.notifications.candidates('e', ['p']));
    await as('notifications.candidates', () => store.notifications.candidates('e', []));
    await as('notifications.add', () => store.notifications.add([{ ...notice, kind: 'deadline', onceKey: 'k' }]));
    await as('notifications.list', () => store.notifications.list(user.id));
    await as('notifications.markRead', () => store.notifications.markRead(user.id, [1]));
    await as('notifications.markRead', () => store.notifications.markRead(user.id, 'all'));
    await as('notifications.setLanguage', () => store.notifications.setLanguage(user.id, 'en'));
    await as('notifications.dueMails', () => store.notifications.dueMails());
    await as('notifications.claimMail', () => store.notifications.claimMail(1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:01:00.000Z'));
    await as('notifications.mailFailed', () => store.notifications.mailFailed(1, 'down', '2026-01-01T00:01:00.000Z'));
    await as('notifications.mailSent', () => store.notifications.mailSent(1));
    await as('notifications.queuedMails', () => store.notifications.queuedMails());
    const facts = { holderName: 'P', title: 'Adviseur', entityName: 'E', familyName: 'F', class: 15, level: 3, confirmed: true, motivation: 'm', decidedOn: '2026-01-01', notifiedOn: '2026-01-01', effectiveFrom: '2026-02-01', reference: 'WGS-2026-A' };
    await as('fubes.write', () =>
      store.fubes.write(fube.id, { baseRevision: 2, workflow: { status: 'proposed', revision: 2 }, actorId: 'm', letters: [{ id: 'l1', fubeId: fube.id, holderId: 'p', kind: 'notification', revision: 2, facts }] }),
    );
    await as('letters.ofFube', () => store.letters.ofFube(fube.id));
    await as('letters.get', () => store.letters.get('l1'));
    await as('letters.recordReceipt', () => store.letters.recordReceipt('l1', { receivedOn: '2026-01-02', channel: 'app', actorId: 'p' }));
    await as('closingDays.add', () => store.closingDays.add({ date: '2026-05-15', reason: 'brugdag' }, { actorId: 'a', action: 'closing-day-added' }));
    await as('closingDays.list', () => store.closingDays.list());
    await as('closingDays.remove', () => store.closingDays.remove('2026-05-15', { actorId: 'a', action: 'closing-day-removed' }));
    const payRecord = { personKey: 'p', line: 2, entityId: 'e', sex: 'F' as const, age: 40, yearsOfService: 10, education: 3, fubeId: null, category: null, resolvedFamily: 'f', resolvedClass: 15, position: null, fte: 1, hoursPaid: 1976, basicPay: 50_000, variablePay: 1_000 };
    const payPeriod = { id: '2026', referenceDate: '2026-12-31', entityId: null, importedBy: 'a', sourceFormat: 'csv' as const, threshold: 5 };
    await as('pay.heldInForce', () => store.pay.heldInForce('2026-12-31'));
    await as('pay.personEntities', () => store.pay.personEntities());
    await as('pay.replacePeriod', () => store.pay.replacePeriod(payPeriod, [payRecord], { actorId: 'a', data: { records: 1 } }));
    await as('pay.replacePeriod', () => store.pay.replacePeriod(payPeriod, [payRecord], { actorId: 'a', data: { records: 1 } }));
    await as('pay.periods', () => store.pay.periods());
    await as('pay.period', () => store.pay.period('2026'));
    await as('pay.readRecords', () => store.pay.readRecords('2026', { actorId: 'a', data: {} }));
    await as('pay.recordsForReport', () => store.pay.recordsForReport('2026'));
    await as('pay.deletePeriod', () => store.pay.deletePeriod('2026', { actorId: 'a', data: {} }));
    await as('pay.replacePeriod', () => store.pay.replacePeriod(payPeriod, [payRecord], { actorId: 'a', data: { records: 1 } }));
    await as('payFollowUp.latestRecordOf', () => store.payFollowUp.latestRecordOf('p'));
    await as('payFollowUp.thresholdOf', () => store.payFollowUp.thresholdOf('p'));
    const snapshot = await as('payFollowUp.recordSnapshot', () =>
      store.payFollowUp.recordSnapshot({ periodId: '2026', entityId: null, reportDate: '2027-06-07', threshold: 5, categories: [], recordedBy: 'a' }, () => undefined),
    );
    await as('payFollowUp.snapshots', () => store.payFollowUp.snapshots());
    await as('payFollowUp.snapshot', () => store.payFollowUp.snapshot(snapshot.id));
    await as('payFollowUp.snapshotOfPeriod', () => store.payFollowUp.snapshotOfPeriod('2026'));
    const justification = { kind: 'justification' as const, text: 't' };
    await as('payFollowUp.recordFollowUp', () => store.payFollowUp.recordFollowUp(snapshot.id, '*|class|15', justification, { actorId: 'a', data: {} }, () => undefined));
    await as('payFollowUp.recordFollowUp', () => store.payFollowUp.recordFollowUp(snapshot.id, '*|class|15', justification, { actorId: 'a', data: {} }, () => undefined));
    await as('payFollowUp.followUps', () => store.payFollowUp.followUps([snapshot.id]));
    const entries = { reasons: '', leave: { women: null, men: null, note: '' }, measures: '', evaluation: '' };
    const [file] = await as('payFollowUp.openAssessments', () => store.payFollowUp.openAssessments(snapshot.id, ['*|class|16'], '2027-12-08', entries, 'a'));
    await as('payFollowUp.assessments', () => store.payFollowUp.assessments([snapshot.id]));
    await as('payFollowUp.assessment', () => store.payFollowUp.assessment(file!.id));
    await as('payFollowUp.updateAssessment', () => store.payFollowUp.updateAssessment(file!.id, 'a', () => ({ entries })));
    await as('payFollowUp.updateAssessment', () => store.payFollowUp.updateAssessment(file!.id, 'a', () => ({ entries, closedOn: '2027-12-09' })));
    const request = await as('payFollowUp.createRequest', () =>
      store.payFollowUp.createRequest({ personId: 'p', entityId: 'e', requestedBy: 'a', requestedOn: '2027-01-31', dueOn: '2027-03-31' }, () => undefined),
    );
    await as('payFollowUp.requestsOf', () => store.payFollowUp.requestsOf('p'));
    await as('payFollowUp.requests', () => store.payFollowUp.requests({ answered: false }));
    await as('payFollowUp.request', () => store.payFollowUp.request(request.id));
    await as('payFollowUp.answerRequest', () => store.payFollowUp.answerRequest(request.id, { kind: 'not-in-period' }, { actorId: 'a', data: {} }, () => undefined));
    await as('payFollowUp.recordRead', () => store.payFollowUp.recordRead({ actorId: 'a', action: 'pay.request-read', subjectType: 'pay-request', subjectId: request.id, data: {} }));
    await as('calibration.stamps', () => store.calibration.stamps());
    await as('calibration.stamps', () => store.calibration.stamps({ entityIds: ['e'], unitIds: [], holderPersonId: null, managerPersonId: null }));
    await as('calibration.rowsSince', () => store.calibration.rowsSince(''));
    await as('calibration.rowsSince', () => store.calibration.rowsSince('2026-01-01', { entityIds: ['e'], unitIds: [], holderPersonId: null, managerPersonId: null }));
    await as('calibration.rowsSince', () => store.calibration.rowsSince('', undefined, { after: '', limit: 500 }));
    await as('calibration.justifications', () => store.calibration.justifications());
    await as('calibration.justify', () => store.calibration.justify({ findingKey: 'a-0123456789abcdef', kind: 'same-values', fubeIds: [fube.id], motivation: 'm', justifiedBy: 'a' }));
    await as('calibration.justify', () => store.calibration.justify({ findingKey: 'a-0123456789abcdef', kind: 'same-values', fubeIds: [fube.id], motivation: 'm2', justifiedBy: 'a' }));
    await as('history.add', () => store.history.add({ actorId: 'a', action: 'x', subjectType: 't', subjectId: 'i', data: {} }));
    await as('history.namesOf', () => store.history.namesOf(['a', 'e', fube.id]));
    await as('history.list', () =>
      store.history.list({ actor: 'a', action: 'x', subjectType: 't', subjectId: 'i', from: '2026-01-01', to: '2026-12-31', order: 'desc', limit: 5, offset: 10 }),
    );
    const missing = repositoryMethods(store).filter((name) => !recorded.has(name) && !NOT_QUERIES.has(name));
    if (missing.length > 0) throw new Error(`repository methods without SQL in the committed files (call them in exercise()): ${missing.join(', ')}`);
  } finally {
    await store.close();
  }
  return recorded;
}

const REPOSITORIES = ['families', 'entities', 'people', 'users', 'sessions', 'fubes', 'history', 'search', 'catalogue', 'loginAttempts', 'notifications', 'letters', 'closingDays', 'pay', 'payFollowUp', 'calibration'] as const;

/**
 * Methods that are not queries of their own: helpers inside a repository's transactions
 * (their SQL is recorded under the methods that call them) and pure helpers.
 */
const NOT_QUERIES = new Set([
  'calibration.scoped',
  'families.toInfo',
  'people.withAccounts',
  'fubes.storeRevision',
  'fubes.read',
  'history.append',
  'users.audit',
  'history.appendMany',
  'search.match',
  'search.byTitle',
  'search.scopeBranches',
  'catalogue.writeBatch',
  'pay.lockPeriod',
  'pay.readPeriods',
  'payFollowUp.readSnapshots',
  'payFollowUp.readRequests',
]);

/** Every method of every repository of the store, as `repository.method`. */
function repositoryMethods(store: Store): string[] {
  return REPOSITORIES.flatMap((name) => {
    const repository = store[name] as object;
    const own = Object.getOwnPropertyNames(Object.getPrototypeOf(repository)).filter((key) => key !== 'constructor');
    return own.filter((key) => typeof (repository as Record<string, unknown>)[key] === 'function').map((key) => `${name}.${key}`);
  });
}

async function recordSqlite(): Promise<Recorded> {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-queries-'));
  try {
    return await exercise((logQuery) => openStore({ file: join(dir, 'q.db'), now: FIXED_NOW, logQuery }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function recordPostgres(): Promise<Recorded> {
  const name = `weegschaal_q_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await exercise((logQuery) => openStore({ databaseUrl: url.toString(), now: FIXED_NOW, logQuery, poolSize: 1 }));
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

/** The contents of every queries file, by file name. */
export async function generateQueries(): Promise<Map<string, string>> {
  const byDialect: [Dialect, Recorded][] = [
    ['sqlite', await recordSqlite()],
    ['postgres', await recordPostgres()],
  ];
  const files = new Map<string, string>();
  const labels = [...new Set(byDialect.flatMap(([, recorded]) => [...recorded.keys()]))];
  for (const repository of new Set(labels.map((label) => label.split('.')[0] as string))) {
    let text =
      `-- The SQL of the ${repository} repository: per method and database, the distinct statements\n` +
      '-- in the order first sent. SQLite write transactions run as `begin immediate` ... `commit`\n' +
      '-- (sqlite-transaction.ts), not shown. Generated by `npx tsx src/store/queries/generate.ts`;\n' +
      '-- do not edit.\n';
    for (const label of labels.filter((l) => l.startsWith(`${repository}.`)))
      for (const [dialect, recorded] of byDialect) {
        text += `\n-- ${label} [${dialect}]\n`;
        for (const sql of recorded.get(label) ?? []) text += `${sql.replace(/\s+/g, ' ').trim()};\n`;
      }
    files.set(`${repository}.sql`, text);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of await generateQueries()) writeFileSync(join(QUERIES_DIR, file), text);
  console.log(`SQL written to ${QUERIES_DIR}`);
}
