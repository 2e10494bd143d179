import nodemailer from 'nodemailer';
import type { Clock } from '../../domain/clock.js';
import type { Locale } from '../../domain/messages/index.js';
import { notificationMail } from '../../domain/notifications/texts.js';
import type { OutboxMail, Store } from '../../store/index.js';

/** The SMTP settings from the environment; undefined when mail is not configured. */
export interface MailSettings {
  /** `smtp://user:pass@host:port` or `smtps://...` (nodemailer's connection URL). */
  smtpUrl: string;
  from: string;
  /** The origin links in mails point at (`WEEGSCHAAL_PUBLIC_ORIGIN`, else the server's own URL). */
  origin?: string | undefined;
}

export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | undefined {
  const smtpUrl = env.WEEGSCHAAL_SMTP_URL?.trim() ?? '';
  const from = env.WEEGSCHAAL_MAIL_FROM?.trim() ?? '';
  if (smtpUrl === '' && from === '') return undefined;
  if (smtpUrl === '' || from === '') throw new Error('e-mail: zet zowel WEEGSCHAAL_SMTP_URL als WEEGSCHAAL_MAIL_FROM, of geen van beide');
  if (!/^smtps?:\/\//.test(smtpUrl)) throw new Error('e-mail: WEEGSCHAAL_SMTP_URL moet met smtp:// of smtps:// beginnen');
  const origin = (env.WEEGSCHAAL_PUBLIC_ORIGIN ?? '').split(',')[0]?.trim();
  return { smtpUrl, from, ...(origin !== undefined && origin !== '' ? { origin } : {}) };
}

/** What sends one mail (nodemailer's transport; tests may pass their own). */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close?(): void;
}

export interface MailWorkerOptions {
  /** How often the outbox is looked at (ms). */
  intervalMs?: number;
  /** The wait after the first failure (ms); doubled per further failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Mails per round. */
  batch?: number;
  clock?: Clock;
  /** Failures are reported here (the server's log). */
  onError?: (error: unknown, mail: OutboxMail) => void;
}

/** The wait before attempt `attempts + 1`: base × 2^(attempts), at most `max`. */
export function backoffMs(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.min(attempts, 30));
}

/**
 * Sends the e-mail outbox (decision 0027), in the server process: every interval, the due
 * unsent mails, oldest first. Each mail is first claimed (its next attempt moved forward), so
 * two server processes on one database do not both send it. A failed send stays queued with
 * its error and a later next attempt (exponential backoff); it is never dropped.
 */
export class MailWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly interval: number;
  private readonly base: number;
  private readonly max: number;
  private readonly batch: number;
  private readonly clock: Clock;

  constructor(
    private readonly store: Store,
    private readonly transport: MailTransport,
    private readonly settings: { from: string; origin: string },
    private readonly options: MailWorkerOptions = {},
  ) {
    this.interval = options.intervalMs ?? 10_000;
    this.base = options.baseDelayMs ?? 30_000;
    this.max = options.maxDelayMs ?? 3_600_000;
    this.batch = options.batch ?? 20;
    this.clock = options.clock ?? { now: () => new Date() };
  }

  start(): void {
    if (this.timer !== undefined) return;
    const tick = () => {
      this.running = this.runOnce()
        .catch((error: unknown) => this.options.onError?.(error, undefined as unknown as OutboxMail))
        .finally(() => {
          this.running = undefined;
          if (this.timer !== undefined) this.timer = setTimeout(tick, this.interval);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops after the round in progress. */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    this.transport.close?.();
  }

  /** One round: sends what is due; returns how many were sent and how many failed. */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (const mail of await this.store.notifications.dueMails(this.batch)) {
      const lease = new Date(this.clock.now().getTime() + Math.max(this.interval * 3, 60_000)).toISOString();
      if (!(await this.store.notifications.claimMail(mail.id, mail.nextAttemptAt, lease))) continue;
      const locale: Locale = mail.language === 'en' ? 'en' : 'nl';
      const { subject, text } = notificationMail(locale, mail.message, this.settings.origin);
      try {
        await this.transport.sendMail({ from: this.settings.from, to: mail.to, subject, text });
        await this.store.notifications.mailSent(mail.id);
        sent++;
      } catch (error) {
        const next = new Date(this.clock.now().getTime() + backoffMs(mail.attempts, this.base, this.max)).toISOString();
        await this.store.notifications.mailFailed(mail.id, error instanceof Error ? error.message : String(error), next);
        this.options.onError?.(error, mail);
        failed++;
      }
    }
    return { sent, failed };
  }
}

/** A worker over nodemailer's SMTP transport for these settings. */
export function smtpMailWorker(store: Store, settings: MailSettings & { origin: string }, options: MailWorkerOptions = {}): MailWorker {
  // Short timeouts: a server that does not answer fails the attempt, the mail stays queued.
  const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never) as unknown as MailTransport;
  return new MailWorker(store, transport, { from: settings.from, origin: settings.origin }, options);
}
