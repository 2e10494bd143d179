import type { Clock } from '../../domain/clock.js';
import type { UseCaseDeps } from '../../use-cases/context.js';
import { notifyDeadlines } from '../../use-cases/notifications/deadline-notices.js';

/**
 * The periodic deadline job (decision 0026) in the server process: every interval (an hour
 * by default, `WEEGSCHAAL_DEADLINE_INTERVAL_MS`) it tells the people a closing date waits on
 * when it is 3 working days away. Notices are written once, so a restart or a second server
 * process repeats nothing.
 */
export function startDeadlineJob(deps: UseCaseDeps, clock: Clock, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const interval = options.intervalMs ?? 3_600_000;
  const tick = () => {
    running = notifyDeadlines(deps, clock)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
        if (timer !== undefined) timer = setTimeout(tick, interval);
      });
  };
  timer = setTimeout(tick, 1_000);
  return {
    async stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
