import { fubeResource } from '../../domain/access/index.js';
import { deadlineNotices, namedPersonIds, nearDeadlines } from '../../domain/notifications/recipients.js';
import type { Clock } from '../../domain/clock.js';
import type { UseCaseDeps } from '../context.js';
import { toRows } from './waiting-notices.js';
import { closingDaysOf } from '../calendar/list-closing-days.js';

/** States with a closing date (deadlines.ts): a proposal with open talk requests, the appeal term, the committee's meeting. */
const STATES = ['proposed', 'notified', 'appealed'] as const;

/**
 * The periodic job's work (decision 0026): tells the people a closing date waits on when it
 * is 3 working days away or less. Each notice is written once (once-key), with its e-mail
 * when mail is on. Returns how many notices were written.
 */
export async function notifyDeadlines(deps: UseCaseDeps, clock: Clock): Promise<number> {
  const now = clock.now();
  const [items, units] = await Promise.all([deps.store.fubes.summaries({ states: [...STATES] }), deps.store.entities.unitTree()]);
  if (items.length === 0) return 0;
  const ids = items.map((item) => item.id);
  const [workflows, events, closingDays] = await Promise.all([deps.store.fubes.workflows(ids), deps.store.fubes.eventsOf(ids), closingDaysOf(deps)]);
  let written = 0;
  for (const item of items) {
    const workflow = workflows.get(item.id);
    if (workflow === undefined) continue;
    const resource = fubeResource(item, item.state, units);
    // Only FUBEs with a closing date near enough read their candidates.
    if (nearDeadlines(workflow, events.get(item.id) ?? [], now, closingDays).length === 0) continue;
    const candidates = await deps.store.notifications.candidates(item.entityId, namedPersonIds(resource));
    const notices = deadlineNotices(workflow, events.get(item.id) ?? [], resource, candidates, now, closingDays);
    if (notices.length === 0) continue;
    written += await deps.store.notifications.add(toRows(deps, { id: item.id, title: item.title }, notices, candidates));
  }
  return written;
}
