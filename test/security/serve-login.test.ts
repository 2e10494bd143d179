import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/server/serve.js';
import { SESSION_COOKIE_SHAPE, setCookieParts } from '../support/set-cookie.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-serve-login-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('logging in on a running server', () => {
  it('serve --demo prints the logins; one of them logs in over real HTTP and the cookie opens /api/me', async () => {
    const lines: string[] = [];
    const server = await serve({ file: join(dir, 'demo.db'), port: 0, host: '127.0.0.1', demo: true, build: false, print: (line) => lines.push(line) });
    try {
      const printed = lines.find((l) => l.includes('validatiecomite@demo.weegschaal'));
      const username = printed?.trim().split(/\s+/)[0] ?? '';
      expect(username).toBe('validatiecomite@demo.weegschaal');
      expect(lines.join('\n')).not.toContain('nog geen beheerder');
      const origin = server.url.replace(/\/$/, '');
      const login = await fetch(`${server.url}api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username, password: 'demo' }),
      });
      expect(login.status).toBe(200);
      const setCookie = login.headers.get('set-cookie') ?? '';
      expect(setCookieParts(setCookie)).toEqual({ ...SESSION_COOKIE_SHAPE, value: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
      const me = await fetch(`${server.url}api/me`, { headers: { cookie: setCookie.split(';')[0] ?? '' } });
      expect(await me.json()).toMatchObject({ username, roles: [{ role: 'committee-member', entityId: 'dfb' }] });
      expect(me.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    } finally {
      await server.close();
    }
  }, 60_000);

  it('without the demo, a new database says how to make the first administrator', async () => {
    const lines: string[] = [];
    const server = await serve({ file: join(dir, 'leeg.db'), port: 0, host: '127.0.0.1', demo: false, build: false, print: (line) => lines.push(line) });
    try {
      expect(lines).toContain('nog geen beheerder: maak er een met weegschaal user add <gebruikersnaam> --name "<naam>" --admin');
    } finally {
      await server.close();
    }
  }, 60_000);
});
