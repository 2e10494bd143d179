import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { verifyPassword } from '../../src/server/auth/passwords.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../cli/support.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-user-'));
const db = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inStore = async <T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> => {
  const store = await openStore({ file: db });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
};

describe('weegschaal user', () => {
  it('add --admin creates the first administrator with a generated password shown once, hashed in the database', async () => {
    const run = await runCli(['user', 'add', 'Eerste.Beheerder@Example.be', '--name', 'Eerste Beheerder', '--admin', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const password = /wachtwoord \(wordt niet meer getoond\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    await inStore(async (store) => {
      const user = await store.users.byEmail('eerste.beheerder@example.be');
      expect(user?.name).toBe('Eerste Beheerder');
      expect(await verifyPassword(password, user?.passwordHash ?? '')).toBe(true);
      expect(await store.users.roles(user?.id ?? '')).toEqual([{ role: 'admin', entityId: null, unitId: null }]);
      expect((await store.history.list({ action: 'user-created' }))[0]).toMatchObject({ subjectId: user?.id, actorId: expect.stringMatching(/^cli:/) });
    });
  }, 30_000);

  it('role refuses an unknown role or entity and names it, warns of a grant over every entity; grants and revokes are in the history', async () => {
    const unknownRole = await runCli(['user', 'role', 'eerste.beheerder@example.be', '--add', 'koning', '--db', db]);
    expect(unknownRole.code).toBe(2);
    expect(unknownRole.stderr).toContain("--role 'koning'");
    const unknownEntity = await runCli(['user', 'role', 'eerste.beheerder@example.be', '--add', 'hr@nergens', '--db', db]);
    expect(unknownEntity.code).toBe(1);
    expect(unknownEntity.stderr).toContain("entiteit 'nergens' bestaat niet");
    const both = await runCli(['user', 'role', 'eerste.beheerder@example.be', '--add', 'reader', '--remove', 'admin', '--db', db]);
    expect(both.stderr).toBe('let op: reader zonder entiteit geldt voor alle entiteiten\n');
    expect(both.stdout.trim()).toBe('eerste.beheerder@example.be: reader');
    await inStore(async (store) => {
      expect((await store.history.list({ action: 'role-granted' })).map((e) => e.data)).toEqual([{ role: 'reader' }]);
      expect((await store.history.list({ action: 'role-revoked' })).map((e) => e.data)).toEqual([{ role: 'admin' }]);
    });
  }, 30_000);

  it('reset takes a password from stdin, refuses a short one, and ends every session of the user', async () => {
    const userId = await inStore(async (store) => {
      const user = await store.users.byEmail('eerste.beheerder@example.be');
      await store.sessions.create({ id: 'a'.repeat(64), userId: user?.id ?? '', expiresAt: '2999-01-01T00:00:00.000Z' });
      return user?.id ?? '';
    });
    const short = await runCli(['user', 'reset', 'eerste.beheerder@example.be', '--password-stdin', '--db', db], { stdin: 'kort\n' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('minstens 8 tekens');
    const done = await runCli(['user', 'reset', 'eerste.beheerder@example.be', '--password-stdin', '--db', db], { stdin: 'een lang nieuw wachtwoord\n' });
    expect(done.code).toBe(0);
    await inStore(async (store) => {
      expect(await store.sessions.get('a'.repeat(64))).toBeUndefined();
      expect(await verifyPassword('een lang nieuw wachtwoord', (await store.users.get(userId))?.passwordHash ?? '')).toBe(true);
    });
  }, 30_000);

  it('set --disabled ends every session and makes the account unusable; --trained is what the access rules see', async () => {
    const userId = await inStore(async (store) => {
      const user = await store.users.byEmail('eerste.beheerder@example.be');
      await store.sessions.create({ id: 'b'.repeat(64), userId: user?.id ?? '', expiresAt: '2999-01-01T00:00:00.000Z' });
      return user?.id ?? '';
    });
    const run = await runCli(['user', 'set', 'eerste.beheerder@example.be', '--disabled', '--trained', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('eerste.beheerder@example.be: uitgeschakeld, opgeleid in de wegingsmethode');
    await inStore(async (store) => {
      expect(await store.sessions.get('b'.repeat(64))).toBeUndefined();
      const account = await storeAccounts(store).byId(userId);
      expect(account).toMatchObject({ disabled: true, trainedInMethod: true });
      expect((await store.history.list({ subjectId: userId })).map((e) => e.action)).toEqual(
        expect.arrayContaining(['user-created', 'role-granted', 'role-revoked', 'password-reset', 'user-disabled', 'user-trained']),
      );
    });
  }, 30_000);
});
