import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { type App, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { MailWorker, type MailTransport, backoffMs, readMailSettings } from '../../src/server/mail/mail-worker.js';
import { type Store, openStore } from '../../src/store/index.js';
import { useCaseDeps } from '../../src/use-cases/context.js';
import { CALLERS, START, browser, cookieFrom, demoDatabase, draftOfDemoHolder } from '../security/harness.js';

/**
 * Issue 13 item 4, the outage: a real SMTP server on loopback receives the notification
 * mails; stopped, the events still happen and their mails stay queued; started again on the
 * same port, every mail arrives. The outbox is written in the event's transaction.
 */

interface Received {
  to: string[];
  raw: string;
}

const ORIGIN = 'https://weegschaal.test';
let received: Received[] = [];
let smtp: SMTPServer | undefined;
let port = 0;
let dir = '';
let store: Store;
let app: App;
let clock: TestClock;
let worker: MailWorker;
let transport: MailTransport;
const cookies = new Map<string, string>();
let fubeId = '';

function startSmtp(onPort: number): Promise<number> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  smtp = server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(onPort, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
}

const stopSmtp = () => new Promise<void>((resolve) => (smtp === undefined ? resolve() : smtp.close(() => resolve())));

/** The decoded text of a received mail (quoted-printable soft breaks joined). */
const textOf = (mail: Received) => mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const queued = () => store.notifications.queuedMails();

const inject = (user: keyof typeof CALLERS, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.inject({ method, url, headers: browser(cookies.get(user)), ...(payload !== undefined ? { payload } : {}) });

beforeAll(async () => {
  const template = await demoDatabase();
  dir = mkdtempSync(join(tmpdir(), 'weegschaal-mail-'));
  const file = join(dir, 'app.db');
  copyFileSync(template.file, file);
  rmSync(template.dir, { recursive: true, force: true });
  clock = new TestClock(START);
  store = await openStore({ file, now: () => clock.now() });
  app = await buildApp({ store, clock, accounts: storeAccounts(store), deps: useCaseDeps(store, { mailEnabled: true }) });
  for (const user of ['holder', 'hrDfb', 'manager'] as const) {
    const response = await app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: CALLERS[user], password: 'demo' } });
    cookies.set(user, cookieFrom(response.headers['set-cookie']));
  }
  port = await startSmtp(0);
  transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 2_000 }) as unknown as MailTransport;
  worker = new MailWorker(store, transport, { from: 'weegschaal@test.be', origin: ORIGIN }, { clock, baseDelayMs: 60_000, intervalMs: 50 });
  fubeId = await draftOfDemoHolder(store);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await stopSmtp();
  await app?.close();
  await store?.close();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the e-mail outbox', () => {
  it('a proposal queues a mail to the holder, in the language they chose, with a link and no class, and one to the validation committee', async () => {
    expect((await inject('holder', 'PUT', '/api/me/language', { language: 'en' })).statusCode).toBe(200);
    const before = await store.fubes.get(fubeId);
    const proposed = await inject('hrDfb', 'POST', `/api/fubes/${fubeId}/transitions`, { baseRevision: before?.revision, action: { type: 'propose' } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(await queued()).toBe(2);
    expect(await worker.runOnce()).toEqual({ sent: 2, failed: 0 });
    expect(await queued()).toBe(0);
    expect(received.map((m) => m.to[0]).sort()).toEqual([CALLERS.holder, CALLERS.committee].sort());
    expect(textOf(received.find((m) => m.to[0] === CALLERS.committee)!)).toContain('adviseert over');
    const mail = received.find((m) => m.to[0] === CALLERS.holder)!;
    const text = textOf(mail);
    expect(text).toContain('A function description was proposed to you');
    expect(text).toContain(`${ORIGIN}/mijn-functie/${fubeId}`);
    const decided = before?.content.decision?.class;
    expect(text).not.toMatch(new RegExp(`klasse\\s*${decided}|class\\s*${decided}`, 'i'));
  });

  it('with the SMTP server down, events still happen and their mails stay queued with the error', async () => {
    await stopSmtp();
    received = [];
    // A remark waits on who may read the holder's thread: HR of the entity (the FUBE names another manager than the demo's).
    expect((await inject('holder', 'POST', `/api/fubes/${fubeId}/remarks`, { text: 'Vertrouwelijke opmerking over het budget.' })).statusCode).toBe(201);
    expect(await queued()).toBe(1);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    const rows = await store.db.selectFrom('mail_outbox').selectAll().where('sent_at', 'is', null).execute();
    expect(rows.map((r) => Number(r.attempts))).toEqual([1]);
    expect(rows.every((r) => r.last_error !== null && r.next_attempt_at > clock.now().toISOString())).toBe(true);
    // Another event while down: queued too; a round before the backoff sends nothing old again.
    const fube = await store.fubes.get(fubeId);
    expect((await inject('holder', 'POST', `/api/fubes/${fubeId}/transitions`, { baseRevision: fube?.revision, action: { type: 'request-talk', note: 'Graag een gesprek.' } })).statusCode).toBe(200);
    expect(await queued()).toBe(2);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(await queued()).toBe(2);
    expect(received).toHaveLength(0);
  });

  it('started again on the same port, the background worker delivers every queued mail, once', async () => {
    await startSmtp(port);
    clock.advance({ minutes: 10 });
    worker.start();
    for (let i = 0; i < 200 && received.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await worker.stop();
    expect(await queued()).toBe(0);
    expect(received.map((m) => m.to[0]).sort()).toEqual([CALLERS.hrDfb, CALLERS.hrDfb]);
    for (const mail of received) {
      const text = textOf(mail);
      expect(text).toContain(`${ORIGIN}/fubes/${fubeId}`);
      // Nothing beyond the line and the link: never the remark's text.
      expect(text).not.toContain('Vertrouwelijke');
    }
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
  });

  it('without SMTP settings nothing queues; a half setting refuses to start', async () => {
    expect(readMailSettings({})).toBeUndefined();
    expect(() => readMailSettings({ WEEGSCHAAL_SMTP_URL: 'smtp://x' })).toThrow(/WEEGSCHAAL_MAIL_FROM/);
    expect(() => readMailSettings({ WEEGSCHAAL_SMTP_URL: 'http://x', WEEGSCHAAL_MAIL_FROM: 'a@b' })).toThrow(/smtp/);
    expect(readMailSettings({ WEEGSCHAAL_SMTP_URL: 'smtp://127.0.0.1:25', WEEGSCHAAL_MAIL_FROM: 'a@b', WEEGSCHAAL_PUBLIC_ORIGIN: 'https://w.be, https://x.be' })).toEqual({
      smtpUrl: 'smtp://127.0.0.1:25',
      from: 'a@b',
      origin: 'https://w.be',
    });
  });

  it('backoff doubles up to its ceiling', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffMs(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
