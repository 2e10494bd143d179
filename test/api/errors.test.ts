import { describe, expect, it } from 'vitest';
import { harness } from './harness.js';
import { openStore } from '../../src/store/index.js';

describe('an unexpected failure', () => {
  it('answers 500 as problem+json without stack trace or SQL, and logs it server-side', async () => {
    const store = await openStore({ file: ':memory:' });
    store.entities.list = async () => {
      throw new Error('SQLITE_ERROR: no such table: entities (SELECT * FROM entities)');
    };
    const logged: string[] = [];
    const h = await harness(store, undefined, { level: 'error', stream: { write: (line: string) => logged.push(line) } });
    const response = await h.app.inject({ method: 'GET', url: '/api/entities', headers: { 'x-test-actor': 'hr' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({
      type: '/api/problems/internal',
      title: 'Interne fout',
      status: 500,
      detail: 'er ging iets mis op de server; de fout is gelogd',
    });
    expect(response.body).not.toMatch(/SELECT|SQLITE|at .*\.ts/);
    expect(logged.join('')).toContain('no such table: entities');
    await h.app.close();
  });
});
