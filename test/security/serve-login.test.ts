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
      // The start page lists the demo logins and the password serve printed (issue 15 item 1).
      const options = (await (await fetch(`${server.url}api/login/options`)).json()) as { demo: { password: string; logins: { username: string; role: string }[] } | null };
      expect(options.demo?.password).toBe('demo');
      expect(lines.join('\n')).toContain(`wachtwoord '${options.demo?.password}'`);
      expect(options.demo?.logins.map((l) => l.username)).toContain('validatiecomite@demo.weegschaal');
      expect(options.demo?.logins).toContainEqual(expect.objectContaining({ username: 'hr.dfb@demo.weegschaal', role: 'hr', scope: 'dfb' }));
    } finally {
      await server.close();
    }
  }, 60_000);

  it('without the demo, a new database says how to make the first administrator', async () => {
    const lines: string[] = [];
    const server = await serve({ file: join(dir, 'leeg.db'), port: 0, host: '127.0.0.1', demo: false, build: false, print: (line) => lines.push(line) });
    try {
      expect(lines).toContain('nog geen beheerder: maak er een met weegschaal user add <gebruikersnaam> --name "<naam>" --admin');
      const options = (await (await fetch(`${server.url}api/login/options`)).json()) as { demo: unknown };
      expect(options.demo).toBeNull();
    } finally {
      await server.close();
    }
  }, 60_000);

  it('--demo on a database without the demo accounts lists no demo logins', async () => {
    // A database in use (not empty): the demo is not loaded and there are no demo accounts.
    const first = await serve({ file: join(dir, 'in-gebruik.db'), port: 0, host: '127.0.0.1', demo: false, build: false, print: () => undefined });
    await first.store.entities.save({ id: 'eigen', name: 'Eigen entiteit', units: [] });
    await first.close();
    const lines: string[] = [];
    const server = await serve({ file: join(dir, 'in-gebruik.db'), port: 0, host: '127.0.0.1', demo: true, build: false, print: (line) => lines.push(line) });
    try {
      const options = (await (await fetch(`${server.url}api/login/options`)).json()) as { demo: unknown };
      expect(options.demo).toBeNull();
      expect(lines.join('\n')).not.toContain('demo-aanmeldingen');
    } finally {
      await server.close();
    }
  }, 60_000);
});
