import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, request } from '../../src/web/api/client.js';

const respond = (status: number, body: unknown, type = 'application/json') =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': type } })));

describe('the web API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds URLs from the shared route list, leaving out empty filters', () => {
    expect(apiUrl('fube', { id: 'f 1' })).toBe('/api/fubes/f%201');
    expect(apiUrl('fubes', {}, { q: 'jurist', family: '', class: 15, state: undefined, entity: null })).toBe('/api/fubes?q=jurist&class=15');
  });

  it('hands on the answer as the server sent it (the server checks it against the contract)', async () => {
    respond(200, { status: 'ok', extra: 1 });
    await expect(request<{ status: 'ok' }>('health')).resolves.toEqual({ status: 'ok', extra: 1 });
  });

  it('turns a problem document into an ApiError that names the fields', async () => {
    const problem = { type: '/api/problems/conflict', title: 'Conflict', status: 409, detail: 'verouderd', currentRevision: 4, errors: [{ path: 'baseRevision', message: 'verouderd', code: 'stale' }] };
    respond(409, problem, 'application/problem+json');
    const error = await request('fube', { params: { id: 'x' }, method: 'PUT', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem?.currentRevision).toBe(4);
    expect((error as ApiError).problem?.errors?.[0]?.path).toBe('baseRevision');
  });

  it('reports a successful answer that is not JSON (a proxy\'s page) as invalid instead of passing it on', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } })));
    const error = await request('health').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('invalid');
  });

  it('takes only a problem document of our shape: another server\'s error JSON gives no problem, only the status', async () => {
    for (const body of [{ error: 'Bad Gateway' }, { type: 'x', title: 'y', status: '502' }, { type: 'x', title: 'y', status: 502, errors: [{ path: 1 }] }, [1, 2], 'text']) {
      respond(502, body, 'application/json');
      const error = (await request('health').catch((e: unknown) => e)) as ApiError;
      expect(error.status, JSON.stringify(body)).toBe(502);
      expect(error.problem, JSON.stringify(body)).toBeNull();
      expect(error.kind).toBe('http');
    }
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = await request('health').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('network');
  });
});
