import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import { changeLabel } from '../../src/domain/fube/diff-revisions.js';
import { localizeError } from '../../src/messages/index.js';
import { localeFromHeader } from '../../src/server/locale.js';
import { type Harness, SEED_SOURCE, harness, seedFamily } from './harness.js';
import { openStore } from '../../src/store/index.js';

/** Every text the server produces comes in the language the client asks for (Accept-Language). */
describe('problems and messages in the request language', () => {
  const family = seedFamily();
  let h: Harness;
  beforeAll(async () => {
    const store = await openStore({ file: ':memory:' });
    await store.families.saveDraft(family, SEED_SOURCE, 'test');
    await store.families.publish(family.id, family.version, 'test');
    await store.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [] });
    h = await harness(store);
  });
  afterAll(async () => {
    await h?.app.close();
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, language?: string, body?: unknown) =>
    h.app.inject({
      method,
      url,
      headers: {
        'x-test-actor': 'hr',
        ...(language !== undefined ? { 'accept-language': language } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  it('answers an invalid request in Dutch by default and in English on request, with the same field paths', async () => {
    const body = { familyId: family.id, entityId: 'dfb', holderIds: [''] };
    const dutch = await call('POST', '/api/fubes', undefined, body);
    const english = await call('POST', '/api/fubes', 'en-GB,en;q=0.9,nl;q=0.5', body);
    expect(dutch.statusCode).toBe(400);
    expect(english.statusCode).toBe(400);
    expect(english.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(english.headers.vary).toMatch(/Accept-Language/i);
    const nl = dutch.json();
    const en = english.json();
    expect(nl.title).toBe('Ongeldige aanvraag');
    expect(en.title).toBe('Invalid request');
    expect(nl.errors.map((e: { path: string }) => e.path)).toEqual(['title', 'holderIds[0]']);
    expect(en.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual(nl.errors.map((e: { path: string; code: string }) => [e.path, e.code]));
    expect(nl.errors[0].message).toBe('is verplicht maar ontbreekt');
    expect(en.errors[0].message).toBe('is required but missing');
    expect(nl.errors[1].message).toMatch(/^Te kort/);
    expect(en.errors[1].message).toMatch(/^Too small/);
    expect(nl.detail).toBe(`de inhoud van de aanvraag: title: is verplicht maar ontbreekt; holderIds[0]: ${nl.errors[1].message}`);
    expect(en.detail).toBe(`the body of the request: title: is required but missing; holderIds[0]: ${en.errors[1].message}`);
  });

  it('translates a message written in a schema', async () => {
    const en = (await call('POST', '/api/fubes', 'en', { familyId: family.id, entityId: 'dfb', title: '  ' })).json();
    expect(en.errors).toEqual([{ path: 'title', code: 'schema.too_small', message: 'the job title must not be empty' }]);
    const nl = (await call('POST', '/api/fubes', 'nl-BE', { familyId: family.id, entityId: 'dfb', title: '  ' })).json();
    expect(nl.errors).toEqual([{ path: 'title', code: 'schema.too_small', message: 'de functietitel mag niet leeg zijn' }]);
  });

  it('renders a domain refusal (422), a missing FUBE (404) and an unknown route in the request language', async () => {
    const values = { complexiteit: 9 };
    const nl = (await call('POST', '/api/weigh', 'fr, nl;q=0.8', { familyId: family.id, values })).json();
    const en = (await call('POST', '/api/weigh', 'fr, en;q=0.8', { familyId: family.id, values })).json();
    expect(nl.status).toBe(422);
    expect(en.title).toBe('The weighing is incomplete or invalid');
    expect(nl.title).toBe('De weging is onvolledig of ongeldig');
    const complexity = (problem: { errors: { path: string; message: string }[] }) => problem.errors.find((e) => e.path === 'values.complexiteit')?.message;
    expect(complexity(nl)).toMatch(/^waarde 9 bestaat niet voor criterium '.+' \(complexiteit\); kies een geheel getal van 1 tot en met \d+$/);
    expect(complexity(en)).toMatch(/^value 9 does not exist for criterion '.+' \(complexiteit\); choose a whole number from 1 to \d+$/);
    expect(en.errors.map((e: { path: string }) => e.path)).toEqual(nl.errors.map((e: { path: string }) => e.path));

    const missing = await call('GET', '/api/fubes/bestaat-niet', 'en');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ title: 'Not found', detail: "FUBE 'bestaat-niet' does not exist" });
    expect((await call('GET', '/api/fubes/bestaat-niet')).json()).toMatchObject({ title: 'Niet gevonden', detail: "FUBE 'bestaat-niet' bestaat niet" });
    expect((await call('GET', '/api/nergens', 'en')).json()).toMatchObject({ title: 'Not found', detail: 'GET /api/nergens does not exist' });
  });

  it('sends check items and revision differences with their code and params, the same for every language', async () => {
    const created = await call('POST', '/api/fubes', 'en', { familyId: family.id, title: 'Deskundige', entityId: 'dfb' });
    expect(created.statusCode).toBe(201);
    const view = created.json() as FubeView;
    // The data stay language-neutral (cacheable); the client renders them from code + params.
    expect((await call('GET', `/api/fubes/${view.id}`)).json().blocking).toEqual(view.blocking);
    const holders = view.blocking.find((b) => b.code === 'fube.holders-missing');
    expect(holders?.message).toBe('de FUBE heeft geen functiehouders');
    expect(localizeError(holders!, 'en')).toBe('the FUBE has no function holders');
    const criterion = view.blocking.find((b) => b.code === 'fube.criterion-without-value');
    expect(localizeError(criterion!, 'en')).toMatch(/^the criterion '.+' has no value$/);

    const saved = await call('PUT', `/api/fubes/${view.id}`, 'en', { baseRevision: view.revision, content: { ...view.content, title: 'Senior deskundige' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const compare = (await call('GET', `/api/fubes/${view.id}/compare?from=1&to=2`, 'en')).json();
    expect(compare.changes).toEqual([expect.objectContaining({ path: 'title', label: 'Functietitel', where: [{ key: 'diff.field.title' }] })]);
    expect(changeLabel(compare.changes[0], 'en')).toBe('Job title');
  });

  it('reports a syntax error of an uploaded family file in the request language, at the same line and column', async () => {
    // A .json family file sent as it is: strict JSON, read as text so the error has its place.
    const broken = JSON.stringify({ ...family, version: 7 }, null, 2).replace('"version": 7,', '"version": ,');
    const line = broken.split('\n').indexOf('  "version": ,') + 1;
    expect(line).toBeGreaterThan(1);
    const send = (url: string, language: string | undefined, payload: string, contentType = 'application/json') =>
      h.app.inject({
        method: 'POST',
        url,
        headers: { 'x-test-actor': 'admin', 'content-type': contentType, ...(language !== undefined ? { 'accept-language': language } : {}) },
        payload,
      });

    const english = await send('/api/families', 'en-GB,en;q=0.9', broken);
    expect(english.statusCode).toBe(422);
    expect(english.json()).toEqual({
      type: '/api/problems/domain-rule',
      title: 'The family file contains errors',
      status: 422,
      detail: "invalid JSON: unexpected character ','; expected a value",
      errors: [{ path: '', code: 'syntax', message: "invalid JSON: unexpected character ','; expected a value", line, column: 14 }],
    });
    const dutch = (await send('/api/families', undefined, broken)).json();
    expect(dutch.title).toBe('Het familiebestand bevat fouten');
    expect(dutch.errors).toEqual([{ path: '', code: 'syntax', message: "ongeldige JSON: onverwacht teken ','; waarde verwacht", line, column: 14 }]);
    expect((await h.store.families.versions(family.id)).map((v) => v.version)).toEqual([family.version]);

    // The check before saving answers in the same language, with the same place.
    expect((await send('/api/families/validate', 'en', broken)).json()).toEqual({ valid: false, errors: english.json().errors });
    // The web app sends the text of a file as a JSON string; YAML syntax has the same frame.
    const yaml = (await send('/api/families/validate', 'en', JSON.stringify('id: mini\nname: "open\n'))).json();
    expect(yaml.errors[0]).toMatchObject({ path: '', code: 'syntax', message: expect.stringMatching(/^invalid YAML: /), line: expect.any(Number) });
    const yamlDutch = (await send('/api/families/validate', 'nl', 'id: mini\nname: "open\n', 'text/plain')).json();
    expect(yamlDutch.errors[0]).toMatchObject({ code: 'syntax', message: expect.stringMatching(/^ongeldige YAML: /) });
    expect(yamlDutch.errors.map((e: { line: number; column: number }) => [e.line, e.column])).toEqual(yaml.errors.map((e: { line: number; column: number }) => [e.line, e.column]));
  });

  it('reads a family sent as JSON with the line and column of every error, and stores the text as sent', async () => {
    const json = JSON.stringify({ ...family, version: 8, name: '' }, null, 2);
    const refused = await h.app.inject({ method: 'POST', url: '/api/families', headers: { 'x-test-actor': 'admin', 'accept-language': 'en', 'content-type': 'application/json' }, payload: json });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([{ path: 'name', code: expect.any(String), message: 'must not be empty', line: json.split('\n').indexOf('  "name": "",') + 1, column: 11 }]);
    const good = JSON.stringify({ ...family, version: 8 }, null, '\t');
    const saveDraft = vi.spyOn(h.store.families, 'saveDraft');
    const saved = await h.app.inject({ method: 'POST', url: '/api/families', headers: { 'x-test-actor': 'admin', 'content-type': 'application/json; charset=utf-8' }, payload: good });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ id: family.id, version: 8, status: 'draft' });
    expect(saveDraft).toHaveBeenCalledWith(expect.objectContaining({ id: family.id, version: 8 }), good, 'u-admin');
    saveDraft.mockRestore();
  });

  it('refuses a family version that exists with a field message in the request language', async () => {
    const upload = (language: string) =>
      h.app.inject({ method: 'POST', url: '/api/families', headers: { 'x-test-actor': 'admin', 'accept-language': language, 'content-type': 'text/plain' }, payload: SEED_SOURCE });
    const english = await upload('en');
    expect(english.statusCode).toBe(409);
    expect(english.json().errors).toEqual([{ path: 'version', code: 'family.version-exists', message: `version ${family.version} already exists` }]);
    const dutch = await upload('nl');
    expect(dutch.json().errors).toEqual([{ path: 'version', code: 'family.version-exists', message: `versie ${family.version} bestaat al` }]);
  });

  it('chooses the supported language the client prefers most, Dutch otherwise', () => {
    expect(localeFromHeader(undefined)).toBe('nl');
    expect(localeFromHeader('en')).toBe('en');
    expect(localeFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(localeFromHeader('fr-BE, en;q=0.7, nl;q=0.8')).toBe('nl');
    expect(localeFromHeader('nl;q=0.2, EN;q=0.3')).toBe('en');
    expect(localeFromHeader('de, fr')).toBe('nl');
    expect(localeFromHeader('en;q=0')).toBe('nl');
  });
});
