import { createElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstReads, firstReadUrl } from '../../src/api/first-pages.js';
import { App, createQueryClient, preloadPage, routes } from '../../src/web/app.js';
import { keys } from '../../src/web/api/queries.js';
import { firstReadKey } from '../../src/web/first-data.js';
import { type ServerAnswer, renderPage } from '../../src/web/server-render.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from '../security/harness.js';

/**
 * A server-rendered page hydrates only when the browser's first render makes the same markup
 * (decision 0069). React's production build does not check attributes while hydrating: ids
 * from useId that differ would stay wrong without a word. So the browser's App (with a memory
 * router in place of the browser's history) is rendered here from the same data and compared,
 * byte for byte, with what the server renders, on the demo's first pages for two roles.
 */
let s: SecuredApp;
beforeAll(async () => {
  s = await securedApp(await demoDatabase());
}, 60_000);
afterAll(async () => {
  await s.close();
});

async function answersFor(path: string, search: string, cookie: string, extra: ServerAnswer[] = []): Promise<ServerAnswer[]> {
  const answers: ServerAnswer[] = [...extra];
  for (const read of firstReads(path, search)) {
    const response = await s.app.inject({ method: 'GET', url: firstReadUrl(read), headers: browser(cookie) });
    if (response.statusCode === 200) answers.push({ read, data: response.json() });
  }
  return answers;
}

/** The browser's first render of `url` from the same data: App itself, with a memory router instead of the browser's history. */
async function browserMarkup(url: URL, user: unknown, answers: readonly ServerAnswer[]): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(keys.me, user);
  for (const answer of answers) client.setQueryData(firstReadKey(answer.read), answer.data);
  await preloadPage(url.pathname, true);
  const router = createMemoryRouter(routes, { initialEntries: [`${url.pathname}${url.search}`] });
  return renderToString(createElement(StrictMode, null, createElement(App, { client, locale: 'nl', router })));
}

describe('the server renders what the browser hydrates', () => {
  it.each([
    ['HR', CALLERS.hrDfb],
    ['the holder', CALLERS.holder],
  ])('%s: home, catalogue, a FUBE in two steps and the holder view make the same markup on both sides', async (_who, username) => {
    const cookie = await s.login(username);
    const user = (await s.app.inject({ method: 'GET', url: '/api/session', headers: browser(cookie) })).json<{ user: unknown }>().user;
    const listed = (await s.app.inject({ method: 'GET', url: '/api/fubes', headers: browser(cookie) })).json<{ items: { id: string }[] }>().items;
    expect(listed.length).toBeGreaterThan(0);
    const id = encodeURIComponent(listed[0]!.id);
    for (const address of ['/', '/catalogus?q=adviseur', `/fubes/${id}`, `/fubes/${id}/weging`, `/fubes/${id}/doel`, `/mijn-functie/${id}`]) {
      const url = new URL(address, 'http://weegschaal.invalid');
      const answers = await answersFor(url.pathname, url.search.slice(1), cookie);
      // A FUBE page also carries its family version (the server reads it once it has the FUBE).
      const fube = answers.find((a) => a.read.route === 'fube')?.data as { content: { familyId: string; familyVersion: number } } | undefined;
      if (fube !== undefined) {
        const read = { route: 'familyVersion' as const, params: { id: fube.content.familyId, version: String(fube.content.familyVersion) } };
        const family = await s.app.inject({ method: 'GET', url: firstReadUrl(read), headers: browser(cookie) });
        answers.push({ read, data: family.json() });
      }
      const server = await renderPage({ url, user, locale: 'nl', answers });
      const client = await browserMarkup(url, user, answers);
      expect(server?.html.length ?? 0, address).toBeGreaterThan(1000);
      expect(server?.html, address).toBe(client);
      // Rendered with its data: no loading hint is left in it.
      expect(server?.html, address).not.toContain('Bezig met laden');
    }
  });
});
