import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/**
 * Asks `/api/health` every 25 ms until `work` settles, each answer 200: the work's result and
 * the latencies seen meanwhile (the tests that heavy work leaves the event loop free).
 */
export async function healthWhile<T>(app: Pick<FastifyInstance, 'inject'>, work: Promise<T>): Promise<{ result: T; latencies: number[] }> {
  let done = false;
  const watched = work.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const t0 = performance.now();
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    latencies.push(performance.now() - t0);
    expect(health.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { result: await watched, latencies };
}
