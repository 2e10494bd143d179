import { expect, it } from 'vitest';
import { createFube } from '../../src/domain/fube/create-fube.js';
import { initialState } from '../../src/domain/workflow/schema.js';
import { describeEachDatabase } from './databases.js';
import { testFamily } from './fixtures.js';

/**
 * Notifications, the mail outbox and letters on both databases: written in the FUBE write's
 * transaction (a stale write leaves none), once-keys hold, a mail is claimed by one sender.
 */
describeEachDatabase('notifications, outbox and letters in the store', (database) => {
  const setup = async () => {
    const { store } = database;
    if ((await store.families.get(testFamily.id, testFamily.version)) === undefined) {
      await store.families.saveDraft(testFamily, 'bron', 'admin');
      await store.families.publish(testFamily.id, testFamily.version, 'admin');
    }
    await store.entities.save({ id: 'e', name: 'Entiteit', units: [] });
    await store.people.save({ id: 'p', name: 'Piet', email: null, entityId: 'e', unitId: null });
    const user = await store.users.create({ email: `p-${Math.random()}@x.be`, name: 'Piet', passwordHash: 'x', personId: 'p', roles: [{ role: 'hr', entityId: 'e', unitId: null }] });
    const created = createFube(testFamily, { title: 'Adviseur', entityId: 'e', holderIds: ['p'] });
    if (!created.ok) throw new Error('no FUBE');
    const fube = await store.fubes.create(created.value, initialState(1), 'm');
    return { store, user, fube };
  };
  const facts = { holderName: 'Piet', title: 'Adviseur', entityName: 'Entiteit', familyName: 'F', class: 15, level: 3, confirmed: true, motivation: 'm', decidedOn: '2026-01-01', notifiedOn: '2026-01-01', effectiveFrom: '2026-02-01' };
  const event = { type: 'propose', at: '2026-01-01T00:00:00.000Z', actorId: 'm', revision: 1, from: 'draft' as const, to: 'proposed' as const, data: {} };

  it('a write commits its notifications, mails and letters; a stale write commits none', async () => {
    const { store, user, fube } = await setup();
    const notice = { userId: user.id, fubeId: fube.id, kind: 'proposal', data: { title: 'Adviseur' }, mail: { to: user.email, language: 'nl' } };
    const letter = { id: `l-${fube.id}`, fubeId: fube.id, holderId: 'p', kind: 'notification', revision: 1, facts: { ...facts, reference: `WGS-${fube.id}` } };
    const stale = await store.fubes.write(fube.id, { baseRevision: 7, workflow: { status: 'proposed', revision: 1 }, events: [event], actorId: 'm', notifications: [notice], letters: [letter] });
    expect(stale).toMatchObject({ ok: false });
    expect((await store.notifications.list(user.id)).items).toHaveLength(0);
    expect(await store.letters.ofFube(fube.id)).toHaveLength(0);
    const written = await store.fubes.write(fube.id, { baseRevision: 1, workflow: { status: 'proposed', revision: 1 }, events: [event], actorId: 'm', notifications: [notice], letters: [letter] });
    expect(written).toMatchObject({ ok: true });
    expect(await store.notifications.list(user.id)).toMatchObject({ unread: 1, items: [{ kind: 'proposal', fubeId: fube.id }] });
    expect((await store.letters.ofFube(fube.id)).map((l) => l.reference)).toEqual([`WGS-${fube.id}`]);
    expect((await store.notifications.dueMails()).filter((m) => m.message.fubeId === fube.id)).toHaveLength(1);
    // A letter failing (a duplicate reference) takes the event and its notification with it.
    const other = await store.fubes.write(fube.id, { baseRevision: 1, workflow: { status: 'proposed', revision: 1 }, events: [{ ...event, from: 'proposed' }], actorId: 'm', notifications: [notice], letters: [{ ...letter, id: `l2-${fube.id}` }] }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(Error);
    expect((await store.notifications.list(user.id)).items).toHaveLength(1);
    expect(await store.fubes.events(fube.id)).toHaveLength(1);
  });

  it('a once-key writes a notice once; the owner alone marks it read', async () => {
    const { store, user, fube } = await setup();
    const notice = { userId: user.id, fubeId: fube.id, kind: 'deadline', data: { title: 'A', code: 'appeal-until', date: '2026-01-16' }, onceKey: `k-${fube.id}` };
    expect(await store.notifications.add([notice])).toBe(1);
    expect(await store.notifications.add([notice])).toBe(0);
    const [item] = (await store.notifications.list(user.id)).items;
    expect(await store.notifications.markRead('someone-else', [item!.id])).toBe(0);
    expect(await store.notifications.markRead(user.id, [item!.id])).toBe(1);
  });

  it('a due mail is claimed by one sender only; a failure keeps it queued', async () => {
    const { store, user, fube } = await setup();
    await store.notifications.add([{ userId: user.id, fubeId: fube.id, kind: 'proposal', data: { title: 'A' }, mail: { to: 'x@y.be', language: 'en' } }]);
    const mail = (await store.notifications.dueMails(100)).find((m) => m.message.fubeId === fube.id)!;
    const lease = '2999-01-01T00:00:00.000Z';
    const claims = await Promise.all([store.notifications.claimMail(mail.id, mail.nextAttemptAt, lease), store.notifications.claimMail(mail.id, mail.nextAttemptAt, lease)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.notifications.mailFailed(mail.id, 'down', '2000-01-01T00:00:00.000Z');
    const again = (await store.notifications.dueMails(100)).find((m) => m.id === mail.id);
    expect(again?.attempts).toBe(1);
    await store.notifications.mailSent(mail.id);
    expect((await store.notifications.dueMails(100)).find((m) => m.id === mail.id)).toBeUndefined();
  });

  it('a receipt is recorded once, with its history row', async () => {
    const { store, fube } = await setup();
    await store.fubes.write(fube.id, { baseRevision: 1, actorId: 'm', letters: [{ id: `r-${fube.id}`, fubeId: fube.id, holderId: 'p', kind: 'notification', revision: 1, facts: { ...facts, reference: `R-${fube.id}` } }] });
    expect(await store.letters.recordReceipt(`r-${fube.id}`, { receivedOn: '2026-01-03', channel: 'app', actorId: 'u' })).toBe(true);
    expect(await store.letters.recordReceipt(`r-${fube.id}`, { receivedOn: '2026-01-04', channel: 'letter', actorId: 'u' })).toBe(false);
    expect((await store.letters.get(`r-${fube.id}`))?.receipt).toMatchObject({ receivedOn: '2026-01-03', channel: 'app' });
    expect(await store.history.list({ subjectId: fube.id, action: 'letter.receipt' })).toHaveLength(1);
  });
  it('a receipt the workflow takes commits with the FUBE write, or neither does (a receipt already there, a stale stamp)', async () => {
    const { store, fube } = await setup();
    const letterId = `w-${fube.id}`;
    const notified = { status: 'notified' as const, revision: 1, notification: { at: '2026-01-02T09:00:00.000Z', date: '2026-01-02', holderIds: ['p'], appealUntil: '2026-01-19' } };
    const first = await store.fubes.write(fube.id, { baseRevision: 1, actorId: 'm', workflow: notified, letters: [{ id: letterId, fubeId: fube.id, holderId: 'p', kind: 'notification', revision: 1, facts: { ...facts, reference: `W-${fube.id}` } }] });
    if (!first?.ok) throw new Error('not written');
    const received = { ...notified, notification: { ...notified.notification, receipts: { p: '2026-01-03' } } };
    const receiptEvent = { type: 'record-receipt', at: '2026-01-03T00:00:00.000Z', actorId: 'u', revision: 1, from: 'notified' as const, to: 'notified' as const, data: { holderId: 'p' } };
    // A stamp another write moved on: nothing changes, the letter keeps no receipt.
    const stale = await store.fubes.write(fube.id, { baseRevision: 1, actorId: 'u', workflow: received, events: [receiptEvent], expectUpdatedAt: '2000-01-01T00:00:00.000Z', receipt: { letterId, receivedOn: '2026-01-03', channel: 'app', actorId: 'u' } });
    expect(stale).toMatchObject({ ok: false });
    expect((await store.letters.get(letterId))?.receipt).toBeNull();
    const ok = await store.fubes.write(fube.id, { baseRevision: 1, actorId: 'u', workflow: received, events: [receiptEvent], expectUpdatedAt: first.record.updatedAt, receipt: { letterId, receivedOn: '2026-01-03', channel: 'app', actorId: 'u' } });
    expect(ok).toMatchObject({ ok: true, record: { workflow: { notification: { receipts: { p: '2026-01-03' } } } } });
    if (!ok?.ok) throw new Error('not written');
    // The same letter again: refused as a whole, the event is not stored twice.
    const again = await store.fubes.write(fube.id, { baseRevision: 1, actorId: 'u', workflow: { ...received, notification: { ...received.notification, receipts: { p: '2026-01-04' } } }, events: [receiptEvent], expectUpdatedAt: ok.record.updatedAt, receipt: { letterId, receivedOn: '2026-01-04', channel: 'letter', actorId: 'u' } });
    expect(again).toMatchObject({ ok: false, receiptTaken: true });
    expect((await store.fubes.get(fube.id))?.workflow.notification?.receipts).toEqual({ p: '2026-01-03' });
    expect(await store.fubes.events(fube.id)).toHaveLength(1);
    expect(await store.history.list({ subjectId: fube.id, action: 'letter.receipt' })).toMatchObject([{ data: { receivedOn: '2026-01-03', events: [{ type: 'record-receipt' }] } }]);
  });
});
