import type { LetterView, ReceiptRequest } from '../../api/letters.js';
import { buildLetter } from '../../documents/index.js';
import { checkReceipt, letterAbilities } from '../../domain/letters/letter.js';
import { type Locale, ref } from '../../messages/index.js';
import { type ClosingDay, PERIODS, localDate, receiptStep, termFrom } from '../../domain/workflow/index.js';
import { closingDaysOf } from '../calendar/list-closing-days.js';
import type { StoredLetter } from '../../store/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { DOCUMENT_TYPES, type FubeDocument } from '../fubes/fube-document.js';
import { type OpenedFube, openFube } from '../fubes/fube-gate.js';
import { domainRefused, forbidden, notFound } from '../problems.js';
import { receiptTaken, writeFube } from '../fubes/write-fube.js';

// The appeal term from the receipt ends on a working day, like every term (DOMAIN.md §5).
const view = (opened: OpenedFube, letter: StoredLetter, closingDays: readonly ClosingDay[]): LetterView => {
  const abilities = letterAbilities(opened.caller, letter, opened.resource);
  return {
    id: letter.id,
    fubeId: letter.fubeId,
    holderId: letter.holderId,
    holderName: letter.facts.holderName,
    kind: letter.kind,
    reference: letter.reference,
    revision: letter.revision,
    createdAt: letter.createdAt,
    class: letter.facts.class,
    effectiveFrom: letter.facts.effectiveFrom,
    // Only the notification opens an appeal term; the appeal decision closes the procedure.
    receipt: letter.receipt === null ? null : { ...letter.receipt, appealUntil: letter.kind === 'notification' ? termFrom(letter.receipt.receivedOn, PERIODS.appealWindow, closingDays) : null },
    abilities: { acknowledge: abilities.acknowledge && letter.receipt === null, recordDelivery: abilities.recordDelivery && letter.receipt === null },
  };
};

/** The letters of a FUBE the caller may read: a holder their own, HR, the validator and the appeal committee all. */
export async function listLetters(deps: UseCaseDeps, ctx: UseCaseContext, fubeId: string): Promise<LetterView[]> {
  const opened = await openFube(deps, ctx, fubeId);
  const [letters, closingDays] = await Promise.all([deps.store.letters.ofFube(fubeId), closingDaysOf(deps)]);
  return letters.filter((letter) => letterAbilities(opened.caller, letter, opened.resource).read).map((letter) => view(opened, letter, closingDays));
}

/** Opens one letter of the FUBE for the caller: 404 for a letter they may not read, or of another FUBE. */
async function openLetter(deps: UseCaseDeps, ctx: UseCaseContext, fubeId: string, letterId: string): Promise<{ opened: OpenedFube; letter: StoredLetter }> {
  const opened = await openFube(deps, ctx, fubeId);
  const letter = await deps.store.letters.get(letterId);
  if (letter === undefined || letter.fubeId !== fubeId || !letterAbilities(opened.caller, letter, opened.resource).read) throw notFound(ref('not-found.letter', { id: letterId }));
  return { opened, letter };
}

/** The letter as Word or PDF, as it was written, in the caller's language. */
export async function letterDocument(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; letterId: string; format: 'docx' | 'pdf' }, locale: Locale): Promise<FubeDocument> {
  const { letter } = await openLetter(deps, ctx, request.id, request.letterId);
  const bytes = await buildLetter(request.format, locale, letter.facts, ctx.clock.now().toISOString());
  return { bytes, contentType: DOCUMENT_TYPES[request.format], filename: `${letter.reference}.${request.format}` };
}

/**
 * Records the receipt of a letter: the addressee acknowledges it in the app (today), or HR
 * records the delivery date of a letter or e-mail. Once only (409 after); the holder's
 * appeal term runs from this date.
 */
export async function recordReceipt(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; letterId: string; body: ReceiptRequest }): Promise<LetterView> {
  const { opened, letter } = await openLetter(deps, ctx, request.id, request.letterId);
  const abilities = letterAbilities(opened.caller, letter, opened.resource);
  const today = localDate(ctx.clock.now());
  const body = request.body as { receivedOn?: string; channel?: 'letter' | 'e-mail' };
  const delivery = body.channel !== undefined && body.receivedOn !== undefined ? { receivedOn: body.receivedOn, channel: body.channel } : undefined;
  if (delivery === undefined && !abilities.acknowledge) throw forbidden(ref('letter.may-not-acknowledge'));
  if (delivery !== undefined && !abilities.recordDelivery) throw forbidden(ref('letter.may-not-record'));
  const receipt: { receivedOn: string; channel: 'app' | 'letter' | 'e-mail' } = delivery ?? { receivedOn: today, channel: 'app' };
  const errors = checkReceipt(receipt, { createdOn: localDate(new Date(letter.createdAt)) }, today);
  if (errors.length > 0) throw domainRefused(errors);
  if (letter.receipt !== null) throw receiptTaken(letter.receipt.receivedOn);
  const { record } = opened;
  // The current round's receipt starts the holder's appeal term in the workflow, written with the letter's.
  const step = letter.kind !== 'notification' ? undefined : receiptStep(record.workflow, { holderId: letter.holderId, receivedOn: receipt.receivedOn, channel: receipt.channel, letterId: letter.id, revision: letter.revision }, { clock: ctx.clock, actorId: opened.caller.userId });
  if (step !== undefined)
    await writeFube(deps, opened.caller, record, { baseRevision: record.revision, workflow: step.state, events: step.events, receipt: { letterId: letter.id, ...receipt } });
  else if (!(await deps.store.letters.recordReceipt(letter.id, { ...receipt, actorId: opened.caller.userId })))
    throw receiptTaken((await deps.store.letters.get(letter.id))?.receipt?.receivedOn);
  const stored = await deps.store.letters.get(letter.id);
  if (stored === undefined) throw notFound(ref('not-found.letter', { id: letter.id }));
  return view(opened, stored, await closingDaysOf(deps));
}
