import { normaliseUsername } from '../../domain/text/username.js';
import type { Attempts, LoginAttemptsRepository } from '../../store/index.js';

/**
 * Login throttling in the database (issue 11), per account and per address: after `limit`
 * attempts within `windowMs` a key is blocked until the oldest of them ages out (a sliding
 * window). An attempt is counted BEFORE its password is checked, in one transaction with
 * the check of the count, so a burst of parallel tries, in one process or in several on
 * one database, gets at most `limit` password checks. A successful login clears its
 * account's count and takes its own attempt back from the address; a failed one stays.
 */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface LoginLimits {
  perAccount: RateLimitRule;
  perAddress: RateLimitRule;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
  perAddress: { limit: 20, windowMs: 15 * 60_000 },
};

/** Milliseconds until a key with these attempts may try again under the rule; 0 when it may now. */
export function retryAfter(attempts: Attempts, rule: RateLimitRule, now: number): number {
  const recent = inWindow(attempts, rule, now);
  if (recent.length < rule.limit) return 0;
  const oldest = recent[recent.length - rule.limit] ?? now;
  return Math.max(1, oldest + rule.windowMs - now);
}

const inWindow = (attempts: Attempts, rule: RateLimitRule, now: number): number[] => attempts.filter((at) => at > now - rule.windowMs);

/** An attempt that was let through: the keys it was counted under and when. */
export interface LoginAttempt {
  readonly accountKey: string;
  readonly addressKey: string;
  readonly at: number;
}

export type AttemptOutcome = { blocked: { waitMs: number; by: 'account' | 'address' } } | { attempt: LoginAttempt };

/** Removes one attempt at `at` from a list (a success takes its own attempt back). */
function without(attempts: Attempts, at: number): number[] {
  const index = attempts.indexOf(at);
  return index < 0 ? [...attempts] : [...attempts.slice(0, index), ...attempts.slice(index + 1)];
}

/** Sweeps old counter rows once per this many attempts of a process. */
const SWEEP_EVERY = 100;

export class LoginThrottle {
  private attemptsSinceSweep = 0;

  constructor(
    private readonly counters: LoginAttemptsRepository,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /**
   * Counts a login (or password) attempt for the account and the address, unless either is
   * blocked; only an attempt that is let through may check a password.
   */
  async attempt(username: string, address: string, now: Date): Promise<AttemptOutcome> {
    const accountKey = `account:${normaliseUsername(username)}`;
    const addressKey = `address:${address}`;
    const at = now.getTime();
    await this.sweepNow(now);
    return this.counters.change<AttemptOutcome>([accountKey, addressKey], now, (current) => {
      const account = inWindow(current.get(accountKey) ?? [], this.limits.perAccount, at);
      const addressList = inWindow(current.get(addressKey) ?? [], this.limits.perAddress, at);
      const byAccount = retryAfter(account, this.limits.perAccount, at);
      const byAddress = retryAfter(addressList, this.limits.perAddress, at);
      if (byAccount > 0 || byAddress > 0)
        return {
          write: new Map([
            [accountKey, account],
            [addressKey, addressList],
          ]),
          result: { blocked: byAccount >= byAddress ? { waitMs: byAccount, by: 'account' as const } : { waitMs: byAddress, by: 'address' as const } },
        };
      return {
        write: new Map([
          [accountKey, [...account, at]],
          [addressKey, [...addressList, at]],
        ]),
        result: { attempt: { accountKey, addressKey, at } },
      };
    });
  }

  /** A successful login: its account's count is cleared; the address keeps its failures. */
  async succeeded(attempt: LoginAttempt, now: Date): Promise<void> {
    await this.counters.change([attempt.accountKey, attempt.addressKey], now, (current) => ({
      write: new Map([
        [attempt.accountKey, []],
        [attempt.addressKey, without(current.get(attempt.addressKey) ?? [], attempt.at)],
      ]),
      result: undefined,
    }));
  }

  /** An attempt that turned out not to be a failure (a password changed): taken back from both counts. */
  async release(attempt: LoginAttempt, now: Date): Promise<void> {
    await this.counters.change([attempt.accountKey, attempt.addressKey], now, (current) => ({
      write: new Map([
        [attempt.accountKey, without(current.get(attempt.accountKey) ?? [], attempt.at)],
        [attempt.addressKey, without(current.get(attempt.addressKey) ?? [], attempt.at)],
      ]),
      result: undefined,
    }));
  }

  /** Counter rows untouched for longer than every window are removed now and then. */
  private async sweepNow(now: Date): Promise<void> {
    if (++this.attemptsSinceSweep < SWEEP_EVERY) return;
    this.attemptsSinceSweep = 0;
    const longest = Math.max(this.limits.perAccount.windowMs, this.limits.perAddress.windowMs);
    await this.counters.sweep(new Date(now.getTime() - longest));
  }
}
