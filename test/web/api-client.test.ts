import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiUrl, request } from '../../src/web/api/client.js';

const respond = (status: number, body: unknown, type = 'application/json') =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': type } })));

describe('the web API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds URLs from the shared route list, leaving out empty filters', () => {
    expect(apiUrl('fube', { id: 'f 1' })).toBe('/api/fubes/f%201');
    expect(apiUrl('fubes', {}, { q: 'jurist', family: '', class: 15, state: undefined, entity: null })).toBe('/api/fubes?q=jurist&class=15');
  });

  it('parses an answer with the shared schema', async () => {
    respond(200, { status: 'ok', extra: 1 });
    await expect(request('health', z.object({ status: z.literal('ok') }))).resolves.toEqual({ status: 'ok' });
  });

  it('turns a problem document into an ApiError that names the fields', async () => {
    const problem = { type: '/api/problems/conflict', title: 'Conflict', status: 409, detail: 'verouderd', currentRevision: 4, errors: [{ path: 'baseRevision', message: 'verouderd', code: 'stale' }] };
    respond(409, problem, 'application/problem+json');
    const error = await request('fube', z.object({}), { params: { id: 'x' }, method: 'PUT', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem?.currentRevision).toBe(4);
    expect((error as ApiError).problem?.errors?.[0]?.path).toBe('baseRevision');
  });

  it('reports an answer that does not match the contract instead of passing it on', async () => {
    respond(200, { status: 'broken' });
    const error = await request('health', z.object({ status: z.literal('ok') })).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('invalid');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = await request('health', z.object({})).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('network');
  });
});
