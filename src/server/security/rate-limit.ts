/**
 * Failed-login counting in memory, per key (an account, an address): after `limit` failures
 * within `windowMs` the key is blocked until the oldest failure in the window ages out.
 * In memory on purpose: a restart forgets, but it needs no table and no extra dependency;
 * several processes each count on their own (docs/security.md).
 */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export class FailureCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly rule: RateLimitRule, private readonly maxKeys = 10_000) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rule.limit) return 0;
    const oldest = recent[recent.length - this.rule.limit] ?? now;
    return Math.max(1, oldest + this.rule.windowMs - now);
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    // Bound the memory an attacker can make us spend with many keys.
    if (this.failures.size > this.maxKeys) {
      const first = this.failures.keys().next().value;
      if (first !== undefined) this.failures.delete(first);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.rule.windowMs);
  }
}

export interface LoginLimits {
  perAccount: RateLimitRule;
  perAddress: RateLimitRule;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
  perAddress: { limit: 20, windowMs: 15 * 60_000 },
};

/** Both counters of the login: a blocked account or a blocked address both stop a try. */
export class LoginThrottle {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.accounts = new FailureCounter(limits.perAccount);
    this.addresses = new FailureCounter(limits.perAddress);
  }

  /** Milliseconds to wait, and which counter blocks. */
  check(username: string, address: string, now: number): { waitMs: number; by: 'account' | 'address' } | undefined {
    const byAccount = this.accounts.retryAfter(username, now);
    const byAddress = this.addresses.retryAfter(address, now);
    if (byAccount === 0 && byAddress === 0) return undefined;
    return byAccount >= byAddress ? { waitMs: byAccount, by: 'account' } : { waitMs: byAddress, by: 'address' };
  }

  failed(username: string, address: string, now: number): void {
    this.accounts.fail(username, now);
    this.addresses.fail(address, now);
  }

  /** A successful login clears its account's count (the address keeps its count). */
  succeeded(username: string): void {
    this.accounts.clear(username);
  }
}
