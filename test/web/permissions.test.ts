import { describe, expect, it } from 'vitest';
import type { User } from '../../src/api/auth.js';
import { actorOf, mayDo } from '../../src/web/shell/permissions.js';

const user = (roles: User['roles']): User => ({ id: 'u1', username: 'u1@x.be', name: 'U', personId: 'p1', roles, createPlaces: [] });

describe('administration links in the web app ask the domain access rules', () => {
  it('an administrator manages families and reads the full history', () => {
    const admin = user([{ role: 'admin', entityId: null, unitId: null }]);
    expect([mayDo(admin, 'manage-families'), mayDo(admin, 'read-full-history')]).toEqual([true, true]);
  });

  it('an HR officer, an anonymous visitor and an unknown role do neither', () => {
    for (const who of [user([{ role: 'hr', entityId: 'dfb', unitId: null }]), user([{ role: 'superuser', entityId: null, unitId: null }]), null])
      expect([mayDo(who, 'manage-families'), mayDo(who, 'read-full-history')]).toEqual([false, false]);
  });

  it('the page Loongegevens is for the pay analyst (organisation or entity) and the administrator, not for HR', () => {
    expect(mayDo(user([{ role: 'pay-analyst', entityId: null, unitId: null }]), 'manage-pay-data')).toBe(true);
    expect(mayDo(user([{ role: 'pay-analyst', entityId: 'dfb', unitId: null }]), 'manage-pay-data')).toBe(true);
    expect(mayDo(user([{ role: 'admin', entityId: null, unitId: null }]), 'manage-pay-data')).toBe(true);
    for (const role of ['hr', 'manager', 'validator', 'reader', 'holder'])
      expect(mayDo(user([{ role, entityId: 'dfb', unitId: null }]), 'manage-pay-data'), role).toBe(false);
    expect(mayDo(null, 'manage-pay-data')).toBe(false);
  });

  it('the follow-up (art. 10) and the requests page (art. 7) are the pay analyst’s only, not the administrator’s or HR’s', () => {
    for (const permission of ['follow-up-pay', 'answer-pay-requests'] as const) {
      expect(mayDo(user([{ role: 'pay-analyst', entityId: null, unitId: null }]), permission), permission).toBe(true);
      expect(mayDo(user([{ role: 'pay-analyst', entityId: 'dfb', unitId: null }]), permission), permission).toBe(true);
      expect(mayDo(user([{ role: 'admin', entityId: null, unitId: null }]), permission), permission).toBe(false);
      for (const role of ['hr', 'manager', 'validator', 'reader', 'holder'])
        expect(mayDo(user([{ role, entityId: 'dfb', unitId: null }]), permission), `${permission} ${role}`).toBe(false);
      expect(mayDo(null, permission)).toBe(false);
    }
  });

  it('drops roles the domain does not know instead of trusting them', () => {
    expect(actorOf(user([{ role: 'superuser', entityId: null, unitId: null }, { role: 'reader', entityId: 'dfb', unitId: null }])).roles).toEqual([
      { role: 'reader', entityId: 'dfb', unitId: null },
    ]);
  });
});
