import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { EMPTY_ASSESSMENT_ENTRIES } from '../../src/domain/pay/index.js';
import type { StoredPayRecord } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';

const record = (personKey: string, basicPay: number): StoredPayRecord => ({
  personKey,
  line: 2,
  entityId: 'dfb',
  sex: 'F',
  age: 40,
  yearsOfService: 10,
  education: 3,
  fubeId: null,
  category: null,
  resolvedFamily: 'f',
  resolvedClass: 12,
  position: null,
  fte: 1,
  hoursPaid: 1976,
  basicPay,
  variablePay: 0,
});

describeEachDatabase('pay follow-up and requests', (database) => {
  it('records a report once, follows up a category, opens each file once and closes it', async () => {
    const { store } = database;
    const snapshot = await store.payFollowUp.recordSnapshot({ periodId: 'fu-1', entityId: null, reportDate: '2027-06-07', threshold: 5, categories: [], recordedBy: 'u-pa' }, (e) => {
      if (e !== undefined) throw new Error('twice');
    });
    await expect(
      store.payFollowUp.recordSnapshot({ periodId: 'fu-1', entityId: null, reportDate: '2027-06-08', threshold: 5, categories: [], recordedBy: 'u-pa' }, (e) => {
        if (e !== undefined) throw new Error('twice');
      }),
    ).rejects.toThrow('twice');
    expect((await store.payFollowUp.snapshotOfPeriod('fu-1'))?.reportDate).toBe('2027-06-07');
    await store.payFollowUp.recordFollowUp(snapshot.id, '*|class|12', { kind: 'justification', text: 'a' }, { actorId: 'u-pa', data: {} }, () => undefined);
    let replaced: boolean | undefined;
    await store.payFollowUp.recordFollowUp(snapshot.id, '*|class|12', { kind: 'remediation', text: 'b', dueDate: '2027-12-01' }, { actorId: 'u-pa', data: {} }, (_, r) => {
      replaced = r;
    });
    expect(replaced).toBe(true);
    expect((await store.payFollowUp.followUps([snapshot.id])).map((f) => f.entry)).toEqual([{ kind: 'remediation', text: 'b', dueDate: '2027-12-01' }]);
    const opened = await store.payFollowUp.openAssessments(snapshot.id, ['*|class|14', '*|class|15'], '2027-12-08', EMPTY_ASSESSMENT_ENTRIES, 'u-pa');
    expect(opened).toHaveLength(2);
    expect(await store.payFollowUp.openAssessments(snapshot.id, ['*|class|14'], '2027-12-09', EMPTY_ASSESSMENT_ENTRIES, 'u-pa')).toEqual([]);
    const closed = await store.payFollowUp.updateAssessment(opened[0]!.id, 'u-pa', (f) => ({ entries: { ...f.entries, reasons: 'r' }, closedOn: '2027-12-20' }));
    expect(closed).toMatchObject({ closedOn: '2027-12-20', closedBy: 'u-pa', entries: { reasons: 'r' } });
    // A closed file is not written again, whatever the caller's check says.
    await store.payFollowUp.updateAssessment(opened[0]!.id, 'u-pa', (f) => ({ entries: { ...f.entries, reasons: 'changed' } }));
    expect((await store.payFollowUp.assessment(opened[0]!.id))?.entries.reasons).toBe('r');
    const history = await store.history.list({ subjectId: snapshot.id });
    expect(history.map((h) => h.action)).toEqual(['pay.follow-up', 'pay.follow-up']);
  });

  it('keeps an answer as given: the database refuses to change it', async () => {
    const { store } = database;
    await store.pay.replacePeriod({ id: 'fu-2', referenceDate: '2026-12-31', entityId: null, importedBy: 'u-pa', sourceFormat: 'csv', threshold: 5 }, [record('p-fu', 40_000)], { actorId: 'u-pa', data: {} });
    await store.pay.replacePeriod({ id: 'fu-3', referenceDate: '2027-12-31', entityId: null, importedBy: 'u-pa', sourceFormat: 'csv', threshold: 5 }, [record('p-fu', 42_000)], { actorId: 'u-pa', data: {} });
    expect((await store.payFollowUp.latestRecordOf('p-fu'))?.period.id).toBe('fu-3');
    expect((await store.payFollowUp.latestRecordOf('p-fu'))?.record.basicPay).toBe(42_000);
    expect(await store.payFollowUp.latestRecordOf('p-nobody')).toBeUndefined();
    const request = await store.payFollowUp.createRequest({ personId: 'p-fu', entityId: 'dfb', requestedBy: 'u-h', requestedOn: '2027-12-31', dueOn: '2028-02-29' }, () => undefined);
    let open = -1;
    await expect(
      store.payFollowUp.createRequest({ personId: 'p-fu', entityId: 'dfb', requestedBy: 'u-h', requestedOn: '2027-12-31', dueOn: '2028-02-29' }, (n) => {
        open = n;
        throw new Error('open');
      }),
    ).rejects.toThrow('open');
    expect(open).toBe(1);
    expect((await store.payFollowUp.requests({ answered: false })).map((r) => r.id)).toContain(request.id);
    const answered = await store.payFollowUp.answerRequest(request.id, { kind: 'not-in-period' }, { actorId: 'u-pa', data: {} }, () => undefined);
    expect(answered?.answer?.answer).toEqual({ kind: 'not-in-period' });
    await expect(store.payFollowUp.answerRequest(request.id, { kind: 'not-in-period' }, { actorId: 'u-pa', data: {} }, () => undefined)).rejects.toThrow();
    await expect(sql`update pay_request_answers set answer = '{}'`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from pay_request_answers`.execute(store.db)).rejects.toThrow(/append-only/);
    expect((await store.payFollowUp.requestsOf('p-fu'))[0]?.answer?.answeredBy).toBe('u-pa');
  });
});
