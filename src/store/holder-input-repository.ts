import type { StoreContext } from './context.js';
import type { HistoryRepository } from './history-repository.js';
import { readJson, writeJson } from './json.js';

export interface Remark {
  id: string;
  fubeId: string;
  revision: number;
  holderId: string;
  text: string;
  at: string;
}

export type AppealGround = 'family' | 'class' | 'text';

export interface Appeal {
  id: string;
  fubeId: string;
  revision: number;
  /** The holders who appeal; several holders of one FUBE may appeal jointly. */
  holderIds: string[];
  grounds: AppealGround[];
  motivation: string;
  lodgedAt: string;
  outcome: 'upheld' | 'rejected' | null;
  newClass: number | null;
  decisionMotivation: string | null;
  decidedAt: string | null;
}

/** Remarks of holders on a proposed FUBE. Whether a remark is allowed now is the workflow's rule. */
export class RemarksRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  async add(remark: Omit<Remark, 'id' | 'at'>): Promise<Remark> {
    return this.context.transaction(async (trx) => {
      const at = this.context.now();
      const row = await trx
        .insertInto('remarks')
        .values({ fube_id: remark.fubeId, revision: remark.revision, holder_id: remark.holderId, text: remark.text, at })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.history.append(trx, {
        actorId: remark.holderId,
        action: 'fube.remark',
        subjectType: 'fube',
        subjectId: remark.fubeId,
        data: { revision: remark.revision, text: remark.text },
      });
      return { ...remark, id: String(row.id), at };
    });
  }

  async list(fubeId: string): Promise<Remark[]> {
    const rows = await this.context.db.selectFrom('remarks').selectAll().where('fube_id', '=', fubeId).orderBy('id').execute();
    return rows.map((r) => ({ id: String(r.id), fubeId: r.fube_id, revision: r.revision, holderId: r.holder_id, text: r.text, at: r.at }));
  }
}

/** Appeals against the family or the class, and the appeal committee's outcome. */
export class AppealsRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
  ) {}

  async lodge(input: { fubeId: string; revision: number; holderIds: string[]; grounds: AppealGround[]; motivation: string; actorId: string }): Promise<Appeal> {
    return this.context.transaction(async (trx) => {
      const at = this.context.now();
      const row = await trx
        .insertInto('appeals')
        .values({
          fube_id: input.fubeId,
          revision: input.revision,
          holder_ids: writeJson(input.holderIds),
          grounds: writeJson(input.grounds),
          motivation: input.motivation,
          lodged_at: at,
          outcome: null,
          new_class: null,
          decision_motivation: null,
          decided_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.history.append(trx, {
        actorId: input.actorId,
        action: 'appeal.lodge',
        subjectType: 'fube',
        subjectId: input.fubeId,
        data: { appealId: String(row.id), holderIds: input.holderIds, grounds: input.grounds },
        reason: input.motivation,
      });
      return (await this.list(input.fubeId, trx)).find((a) => a.id === String(row.id)) as Appeal;
    });
  }

  /** Records the outcome once; undefined when the appeal does not exist or was decided already. */
  async decide(
    id: string,
    decision: { outcome: 'upheld' | 'rejected'; newClass?: number | null; motivation: string; actorId: string },
  ): Promise<Appeal | undefined> {
    return this.context.transaction(async (trx) => {
      const result = await trx
        .updateTable('appeals')
        .set({ outcome: decision.outcome, new_class: decision.newClass ?? null, decision_motivation: decision.motivation, decided_at: this.context.now() })
        .where('id', '=', Number(id))
        .where('outcome', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      const row = await trx.selectFrom('appeals').select('fube_id').where('id', '=', Number(id)).executeTakeFirstOrThrow();
      await this.history.append(trx, {
        actorId: decision.actorId,
        action: 'appeal.decide',
        subjectType: 'fube',
        subjectId: row.fube_id,
        data: { appealId: id, outcome: decision.outcome, newClass: decision.newClass ?? null },
        reason: decision.motivation,
      });
      return (await this.list(row.fube_id, trx)).find((a) => a.id === id);
    });
  }

  async list(fubeId: string, db = this.context.db): Promise<Appeal[]> {
    const rows = await db.selectFrom('appeals').selectAll().where('fube_id', '=', fubeId).orderBy('id').execute();
    return rows.map((r) => ({
      id: String(r.id),
      fubeId: r.fube_id,
      revision: r.revision,
      holderIds: readJson<string[]>(r.holder_ids),
      grounds: readJson<AppealGround[]>(r.grounds),
      motivation: r.motivation,
      lodgedAt: r.lodged_at,
      outcome: r.outcome,
      newClass: r.new_class,
      decisionMotivation: r.decision_motivation,
      decidedAt: r.decided_at,
    }));
  }
}
