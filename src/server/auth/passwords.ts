import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { DomainError } from '../../domain/errors.js';
import { catalogueError } from '../../messages/index.js';

/**
 * Passwords are stored as `scrypt$N$r$p$salt$hash` (salt and hash in base64): the cost
 * parameters travel with each hash, so they can be raised later without breaking old ones.
 * The demo data (src/store/demo.ts) writes the same format.
 */
const COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, COST, KEY_LENGTH);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** True when the password matches; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (N === undefined || r === undefined || p === undefined || ![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  // Refuse absurd costs from a tampered row rather than spending minutes on them.
  if (N > 1 << 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await derive(password, salt, { N, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}

/** Checked against when the user does not exist, so a login takes as long either way. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(12).toString('base64'));
  return dummyHash;
}

/** Why a new password is refused, in Dutch, or null when it is acceptable. */
export function passwordProblem(password: string, path = 'password'): DomainError | null {
  if (password.length < PASSWORD_MIN_LENGTH) return catalogueError('password.weak:short', path, { min: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) return catalogueError('password.weak:long', path, { max: PASSWORD_MAX_LENGTH });
  return null;
}
