import { z } from 'zod';
import { type Abilities, type FubeBaseView, type FubeView, fubeBaseViewSchema } from '../../api/fubes.js';
import { type Actor, audienceOf, fubeResource, isVisible } from '../../domain/access/index.js';
import type { Family } from '../../domain/family/schema.js';
import { authorsOf } from '../../domain/fube/authors.js';
import { upheldDecision } from '../../domain/workflow/appeals.js';
import { tiedLevels } from '../../domain/fube/decide-tie.js';
import { ref } from '../../messages/index.js';
import { type ClosingDay, localDate } from '../../domain/workflow/index.js';
import { closingDaysOf, closingDaysStamp } from '../calendar/list-closing-days.js';
import type { FubeRecord, Places } from '../../store/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { notFound } from '../problems.js';
import type { FubeResourceNow } from './fube-gate.js';
import { abilitiesOf, blockersOf, fubeBaseView, personIdsOf, publicBaseView } from './fube-view.js';
import { committeePartiesOf, excludedFromCommittee } from './committee-parties.js';
import type { CachedView } from './view-cache.js';

/** Brussels date of an instant, memoised per minute: Intl formatting is costly per request. */
let lastMinute = Number.NaN;
let lastDay = '';
function today(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = localDate(now);
  }
  return lastDay;
}

/** The day a kept view was computed for, with the closing days it counted (an administrator may add one today). */
const dayOf = (now: Date, closingDays: readonly ClosingDay[]): string => `${today(now)}#${closingDaysStamp(closingDays)}`;

/**
 * The base view of a record and what is kept of it for the next reader. The closing days
 * may still be on their way: they are awaited with the record's own reads.
 */
async function build(
  deps: UseCaseDeps,
  record: FubeRecord,
  stamp: string,
  now: Date,
  clock: UseCaseContext['clock'],
  closingDaysRead: readonly ClosingDay[] | Promise<readonly ClosingDay[]>,
): Promise<{ entry: CachedView; view: FubeBaseView; family: Family; standingFamily: Family | undefined }> {
  const [family, events, authors, closingDays] = await Promise.all([
    deps.families.get(record.content.familyId, record.content.familyVersion),
    deps.store.fubes.events(record.id),
    deps.store.fubes.revisionAuthors(record.id),
    closingDaysRead,
  ]);
  const people = (await deps.store.people.byIds(personIdsOf(record, events))).map(({ id, name, entityId, unitId }) => ({ id, name, entityId, unitId }));
  const kept = authorsOf(authors);
  // After an upheld family appeal the function stands in that (published) family.
  const movedTo = upheldDecision(record.workflow)?.familyId;
  const standingFamily = movedTo === undefined || movedTo === family.id ? undefined : (await deps.store.families.published()).find((p) => p.family.id === movedTo)?.family;
  const view = fubeBaseView(record, family, events, now, people, closingDays, standingFamily);
  const { entityId, unitId, holderIds, managerId } = record.content;
  const entry: CachedView = {
    stamp,
    day: dayOf(now, closingDays),
    parties: { entityId, unitId, holderIds, managerId },
    authors: kept,
    committeeExcluded: record.workflow.status === 'proposed' ? excludedFromCommittee(await committeePartiesOf(deps, record, kept)) : [],
    tie: tiedLevels(record.content.weighing?.result).length > 0,
    workflow: record.workflow,
    blockers: blockersOf(record, family, clock, closingDays),
    json: Buffer.from(JSON.stringify(z.encode(fubeBaseViewSchema, view))),
    publicJson: Buffer.from(JSON.stringify(z.encode(fubeBaseViewSchema, publicBaseView(view, family, standingFamily)))),
  };
  return { entry, view, family, standingFamily };
}

/** The caller's abilities on a kept view: the resource is made per request, from today's units. */
function abilitiesFor(caller: Actor, entry: CachedView, id: string, { units, entityIds }: Places): Abilities {
  const resource = fubeResource(entry.parties, entry.workflow.status, units, entry.authors) as FubeResourceNow;
  if (!isVisible(caller, resource)) throw notFound(ref('not-found.fube', { id }));
  return abilitiesOf(caller, resource, entry.workflow, entry.blockers, { entityIds, units }, entry.committeeExcluded, entry.tie);
}

/**
 * Opening one FUBE: the view every reader sees (kept per stamp and day, sent as the JSON it
 * was encoded to once) and what this caller may do with it. 401 for anonymous callers, 404
 * when it does not exist or is hidden from the caller.
 */
export async function getFube(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<{ json: Buffer; abilities: Abilities }> {
  const caller = requireCaller(ctx);
  // No view of this FUBE kept: the record itself is read at once (its stamp is in it), not the stamp first.
  const kept = deps.views.has(id);
  // The places do not depend on the FUBE: read with its stamp (or record), in one round trip.
  const [read, closingDays, places] = await Promise.all([
    kept ? deps.store.fubes.stamp(id) : deps.store.fubes.get(id),
    closingDaysOf(deps),
    deps.store.entities.places(),
  ]);
  if (read === undefined) throw notFound(ref('not-found.fube', { id }));
  const stamp = typeof read === 'string' ? read : stampOf(read);
  const now = ctx.clock.now();
  let entry = deps.views.get(id, stamp, dayOf(now, closingDays));
  if (entry === undefined) {
    const record = typeof read === 'string' ? await deps.store.fubes.get(id) : read;
    if (record === undefined) throw notFound(ref('not-found.fube', { id }));
    // The record read after the stamp may be newer: the view is kept under the record's own stamp.
    entry = (await build(deps, record, stampOf(record), now, ctx.clock, closingDays)).entry;
    deps.views.set(id, entry);
  }
  const abilities = abilitiesFor(caller, entry, id, places);
  return { json: audienceOf(caller, entry.parties) === 'internal' ? entry.json : entry.publicJson, abilities };
}

/** The view of a record just written, with the caller's abilities (the answer of every write). */
/** A record's stamp, as `FubesRepository.stamp` reads it. */
const stampOf = (record: FubeRecord): string => `${record.revision}|${record.workflow.status}|${record.updatedAt}`;

export async function viewAfterWrite(deps: UseCaseDeps, ctx: UseCaseContext, record: FubeRecord): Promise<FubeView> {
  const caller = requireCaller(ctx);
  const stamp = stampOf(record);
  // Places and closing days are read alongside the record's events and authors, not before or after them.
  const [{ entry, view, family, standingFamily }, { units, entityIds }] = await Promise.all([
    build(deps, record, stamp, ctx.clock.now(), ctx.clock, closingDaysOf(deps)),
    deps.store.entities.places(),
  ]);
  deps.views.set(record.id, entry);
  const resource = fubeResource(entry.parties, entry.workflow.status, units, entry.authors) as FubeResourceNow;
  // A write may take the FUBE out of the caller's sight (a holder removed themself): they get no view.
  if (!isVisible(caller, resource)) throw notFound(ref('not-found.fube', { id: record.id }));
  const seen = audienceOf(caller, entry.parties) === 'internal' ? view : publicBaseView(view, family, standingFamily);
  return { ...seen, abilities: abilitiesOf(caller, resource, entry.workflow, entry.blockers, { entityIds, units }, entry.committeeExcluded, entry.tie) };
}
