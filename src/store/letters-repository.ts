import type { Kysely, Selectable } from 'kysely';
import type { AnyLetterFacts } from '../domain/letters/letter.js';
import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';
import { readJson, writeJson } from './json.js';
import type { Database } from './schema.js';

export interface NewLetter {
  id: string;
  fubeId: string;
  holderId: string;
  kind: string;
  revision: number;
  facts: AnyLetterFacts;
}

export interface StoredLetter {
  id: string;
  fubeId: string;
  holderId: string;
  kind: string;
  revision: number;
  reference: string;
  facts: AnyLetterFacts;
  createdAt: string;
  receipt: { receivedOn: string; channel: string; recordedBy: string; recordedAt: string } | null;
}

/** Writes letters inside a caller's transaction (the FUBE write of the notification event). */
export async function insertLetters(trx: Kysely<Database>, at: string, letters: readonly NewLetter[]): Promise<void> {
  if (letters.length === 0) return;
  await trx
    .insertInto('letters')
    .values(
      letters.map((letter) => ({
        id: letter.id,
        fube_id: letter.fubeId,
        holder_id: letter.holderId,
        kind: letter.kind,
        revision: letter.revision,
        reference: letter.facts.reference,
        data: writeJson(letter.facts),
        created_at: at,
        received_on: null,
        receipt_channel: null,
        receipt_recorded_by: null,
        receipt_recorded_at: null,
      })),
    )
    .execute();
}

export interface LetterReceipt {
  receivedOn: string;
  channel: string;
  actorId: string;
}

/**
 * Sets a letter's receipt inside a caller's transaction if none was recorded: the letter's
 * FUBE, holder and reference, or undefined when a receipt was there already.
 */
export async function setReceipt(
  trx: Kysely<Database>,
  at: string,
  id: string,
  receipt: LetterReceipt,
): Promise<{ fube_id: string; holder_id: string; reference: string } | undefined> {
  const result = await trx
    .updateTable('letters')
    .set({ received_on: receipt.receivedOn, receipt_channel: receipt.channel, receipt_recorded_by: receipt.actorId, receipt_recorded_at: at })
    .where('id', '=', id)
    .where('received_on', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return trx.selectFrom('letters').select(['fube_id', 'holder_id', 'reference']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The history row of a receipt (`letter.receipt`), the same whether the workflow took it or not. */
export function receiptHistory(id: string, letter: { fube_id: string; holder_id: string; reference: string }, receipt: LetterReceipt, extra: Record<string, unknown> = {}) {
  return {
    actorId: receipt.actorId,
    action: 'letter.receipt',
    subjectType: 'fube',
    subjectId: letter.fube_id,
    data: { letterId: id, reference: letter.reference, holderId: letter.holder_id, receivedOn: receipt.receivedOn, channel: receipt.channel, ...extra },
  };
}

type Row = Selectable<Database['letters']>;

function toLetter(row: Row): StoredLetter {
  return {
    id: row.id,
    fubeId: row.fube_id,
    holderId: row.holder_id,
    kind: row.kind,
    revision: row.revision,
    reference: row.reference,
    facts: readJson<AnyLetterFacts>(row.data),
    createdAt: row.created_at,
    receipt:
      row.received_on === null
        ? null
        : { receivedOn: row.received_on, channel: row.receipt_channel ?? '', recordedBy: row.receipt_recorded_by ?? '', recordedAt: row.receipt_recorded_at ?? '' },
  };
}

export class LettersRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  /** A FUBE's letters, oldest first (one per holder per notification). */
  async ofFube(fubeId: string): Promise<StoredLetter[]> {
    const rows = await this.context.db.selectFrom('letters').selectAll().where('fube_id', '=', fubeId).orderBy('created_at').orderBy('holder_id').execute();
    return rows.map(toLetter);
  }

  async get(id: string): Promise<StoredLetter | undefined> {
    const row = await this.context.db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toLetter(row);
  }

  /**
   * Records the receipt once, with its history row: false when a receipt was recorded
   * already (the appeal term must not move silently). For a letter whose round the
   * workflow no longer waits on; the current round's receipt goes with the FUBE write
   * (`FubesRepository.write`, `receipt`).
   */
  async recordReceipt(id: string, receipt: LetterReceipt): Promise<boolean> {
    return this.context.transaction(async (trx) => {
      const letter = await setReceipt(trx, this.context.now(), id, receipt);
      if (letter === undefined) return false;
      await this.history.append(trx, receiptHistory(id, letter, receipt));
      return true;
    });
  }
}
