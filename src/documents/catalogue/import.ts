import { type Kysely, sql } from 'kysely';
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { type DomainError, type PathSegment, type Result, formatPath, ok } from '../../domain/errors.js';
import type { Family } from '../../domain/family/schema.js';
import { catalogueError } from '../../domain/messages/index.js';
import { weigh } from '../../domain/weighing/index.js';
import type { Store } from '../../store/index.js';
import { classColumns, contentColumns, workflowColumns } from '../../store/fubes-repository.js';
import type { Database } from '../../store/schema.js';
import { type RejectedRecord, parseCatalogue } from './parse.js';
import type { CatalogueFube } from './schema.js';

export interface CatalogueImportOptions {
  /** Who imports; written into the history of every imported FUBE. */
  actorId: string;
  /** Import the valid records and report the others, instead of all or nothing. */
  partial?: boolean;
  /** The file name put into errors. */
  file?: string;
  /** Called after each written record, inside the transaction (progress bar, test signal). */
  onProgress?: (written: number, total: number) => void | Promise<void>;
}

export interface CatalogueImportSummary {
  /** Records in the file. */
  total: number;
  /** Records written (0 when the import was refused as a whole). */
  imported: number;
  rejected: RejectedRecord[];
  /** False when nothing was written because a record was rejected and `partial` was not asked. */
  committed: boolean;
}

/** Rows per INSERT: well under SQLite's and PostgreSQL's parameter limits. */
const BATCH = 100;

/**
 * FUBEs per search index write (a multiple of BATCH). PostgreSQL computes a large set of
 * search rows with parallel workers (postgres-search.ts), which pays off for large sets only.
 */
const SEARCH_BATCH = 1000;

/** The reason stored with an imported revision. */
const IMPORT_REASON = 'ingevoerd uit een catalogus';

/**
 * Imports a catalogue (docs/catalogue-format.md) into the store in ONE transaction: a
 * killed or failed import leaves the database as it was. Each record is checked against
 * the schema (parseCatalogue) and the rules of this installation: its family version is
 * published here, the stored weighing result is what the rule computes now, the in-force
 * revision agrees with the workflow, and the id is not taken. Ids, revisions and states are
 * kept, so exporting again gives the same file.
 *
 * The file as a whole fails (Result error) when it is not a catalogue at all.
 */
export async function importCatalogue(store: Store, text: string, options: CatalogueImportOptions): Promise<Result<CatalogueImportSummary>> {
  const families = await publishedFamilies(store);
  const parsed = parseCatalogue(text, {
    ...(options.file !== undefined ? { file: options.file } : {}),
    family: (id, version) => families.get(`${id}@${version}`),
  });
  if (!parsed.ok) return parsed;
  const { fubes: candidates } = parsed.value;
  const rejected = [...parsed.value.rejected];
  const total = candidates.length + rejected.length;
  const indexOf = recordIndexes(candidates, rejected);
  const locate = lazyLocator(text, options.file);

  const summary = await store.transaction(async (trx) => {
    const taken = new Set<string>();
    for (let i = 0; i < candidates.length; i += 500) {
      const ids = candidates.slice(i, i + 500).map((f) => f.id);
      for (const row of await trx.selectFrom('fubes').select('id').where('id', 'in', ids).execute()) taken.add(row.id);
    }

    const good: CatalogueFube[] = [];
    candidates.forEach((fube, n) => {
      const index = indexOf[n] ?? n;
      const errors = domainErrors(fube, ['fubes', index], families, taken).map(locate);
      if (errors.length > 0) rejected.push({ index, id: fube.id, errors });
      else good.push(fube);
    });
    rejected.sort((a, b) => a.index - b.index);
    if (rejected.length > 0 && options.partial !== true) return { total, imported: 0, rejected, committed: false };

    let written = 0;
    // Node builds a batch (JSON, SQL) while the database writes the previous one.
    let writing: Promise<number> | undefined;
    const settle = async () => {
      const done = await writing;
      writing = undefined;
      for (let n = 1; n <= (done ?? 0); n++) await options.onProgress?.(written + n, good.length);
      written += done ?? 0;
    };
    try {
      for (let i = 0; i < good.length; i += BATCH) {
        const batch = good.slice(i, i + BATCH);
        // The search rows of each SEARCH_BATCH FUBEs, and of the last ones, after their rows.
        const end = i + batch.length;
        const searched = end % SEARCH_BATCH === 0 || end === good.length ? good.slice(i - (i % SEARCH_BATCH), end).map((f) => f.id) : [];
        const write = writeBatch(store, trx, batch, searched, options);
        await settle();
        writing = write();
      }
      await settle();
    } finally {
      // A batch still being written when something failed: wait for it, its outcome no longer matters.
      await writing?.catch(() => undefined);
    }
    return { total, imported: written, rejected, committed: true };
  });
  return ok(summary);
}

/** The `fubes` row of an imported record. */
export const importedFubeRow = (f: CatalogueFube) => ({
  id: f.id,
  ...contentColumns(f.content),
  ...workflowColumns(f.workflow),
  ...classColumns(f.content, f.workflow),
  revision: f.revision,
  created_at: f.createdAt,
  updated_at: f.updatedAt,
});

/** The `weighings` row of an imported record's stored weighing. */
export const importedWeighingRow = (f: CatalogueFube, weighing: NonNullable<CatalogueFube['content']['weighing']>) => ({
  fube_id: f.id,
  revision: f.revision,
  rule_id: weighing.rule,
  family_id: f.content.familyId,
  family_version: f.content.familyVersion,
  values: JSON.stringify(weighing.values),
  result: weighing.result === undefined ? null : JSON.stringify(weighing.result),
  created_at: f.updatedAt,
});

/**
 * Builds the statements of one batch now and returns the function that writes them: the
 * FUBE rows, their revision (copied from the rows as stored: PostgreSQL neither parses nor
 * compresses the large content a second time), weighings, history, and the search rows of
 * `searched` (ids of earlier batches too). Resolves to the number of FUBEs written.
 */
function writeBatch(store: Store, trx: Kysely<Database>, batch: CatalogueFube[], searched: string[], options: CatalogueImportOptions): () => Promise<number> {
  const ids = batch.map((f) => f.id);
  const fubes = trx
    .insertInto('fubes')
    .values(
      batch.map(importedFubeRow),
    )
    .compile();
  // Only the current revision travels in a catalogue; it is stored under its own number.
  const revisions = trx
    .insertInto('fube_revisions')
    .columns(['fube_id', 'revision', 'content', 'author_id', 'reason', 'created_at'])
    .expression(
      trx
        .selectFrom('fubes')
        .select(['id', 'revision', 'content', sql<null>`null`.as('author_id'), sql.val(IMPORT_REASON).as('reason'), 'updated_at'])
        .where('id', 'in', ids),
    )
    .compile();
  const weighed = batch.filter((f) => f.content.weighing !== undefined);
  const weighings =
    weighed.length === 0
      ? undefined
      : trx
          .insertInto('weighings')
          .values(
            weighed.map((f) => importedWeighingRow(f, f.content.weighing!)),
          )
          .compile();
  const history = batch.map((f) => ({
    actorId: options.actorId,
    action: 'fube.import',
    subjectType: 'fube',
    subjectId: f.id,
    data: { revision: f.revision, state: f.workflow.status, title: f.content.title, familyId: f.content.familyId, familyVersion: f.content.familyVersion },
    reason: options.file !== undefined ? `ingevoerd uit ${options.file}` : IMPORT_REASON,
  }));
  return async () => {
    await trx.executeQuery(fubes);
    await trx.executeQuery(revisions);
    if (weighings !== undefined) await trx.executeQuery(weighings);
    if (searched.length > 0) await store.searchIndex.index(trx, searched);
    await store.history.appendMany(trx, history);
    return batch.length;
  };
}

/** Every published family version of the store, by `id@version`. */
async function publishedFamilies(store: Store): Promise<Map<string, Family>> {
  const families = new Map<string, Family>();
  for (const summary of await store.families.list())
    for (const info of await store.families.versions(summary.id)) {
      if (info.status !== 'published') continue;
      const stored = await store.families.get(info.id, info.version);
      if (stored !== undefined) families.set(`${info.id}@${info.version}`, stored.family);
    }
  return families;
}

/** The file index of each good record: the parse keeps file order but drops the rejected ones. */
function recordIndexes(good: readonly CatalogueFube[], rejected: readonly RejectedRecord[]): number[] {
  const skipped = new Set(rejected.map((r) => r.index));
  const indexes: number[] = [];
  for (let index = 0; indexes.length < good.length; index++) if (!skipped.has(index)) indexes.push(index);
  return indexes;
}

/** The rules that need this installation: family, weighing, in-force revision, free id. */
function domainErrors(fube: CatalogueFube, prefix: PathSegment[], families: Map<string, Family>, taken: Set<string>): DomainError[] {
  const errors: DomainError[] = [];
  const at = (...path: PathSegment[]) => formatPath([...prefix, ...path]);
  if (taken.has(fube.id)) errors.push(catalogueError('catalogue.id-taken', at('id'), { id: fube.id }));
  const inForce = fube.workflow.inForce?.revision ?? null;
  if (inForce !== fube.inForceRevision)
    errors.push(catalogueError('catalogue.in-force-mismatch', at('inForceRevision'), { record: String(fube.inForceRevision), workflow: String(inForce) }));
  const family = families.get(`${fube.content.familyId}@${fube.content.familyVersion}`);
  const weighing = fube.content.weighing;
  if (family !== undefined && weighing?.result !== undefined) {
    const recomputed = weigh(family, weighing.values, weighing.rule);
    if (!recomputed.ok)
      errors.push(...recomputed.errors.map((e) => ({ ...e, path: `${at('content', 'weighing')}.${e.path}` })));
    else if (canonical(recomputed.value) !== canonical(weighing.result))
      errors.push(
        catalogueError('catalogue.weighing-mismatch', at('content', 'weighing', 'result'), {
          storedLevel: weighing.result.level,
          storedClass: weighing.result.class,
          rule: weighing.rule,
          level: recomputed.value.level,
          class: recomputed.value.class,
        }),
      );
  }
  return errors;
}

/** JSON with sorted keys, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Adds file, line and column to an error from its field path. The positions come from a
 * second parse that keeps them, made only when there is an error to place.
 */
function lazyLocator(text: string, file: string | undefined): (error: DomainError) => DomainError {
  let root: Node | null | undefined;
  const counter = new LineCounter();
  return (error) => {
    if (root === undefined) root = parseDocument(text.startsWith('\uFEFF') ? text.slice(1) : text, { lineCounter: counter }).contents;
    let node: unknown = root;
    let found: Node | undefined = isNode(root) ? root : undefined;
    for (const m of error.path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
      const segment: PathSegment = m[2] !== undefined ? Number(m[2]) : m[1]!;
      node = isSeq(node)
        ? typeof segment === 'number'
          ? node.items[segment]
          : undefined
        : isMap(node)
          ? node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))?.value
          : undefined;
      if (node === undefined || node === null) break;
      if (isNode(node)) found = node;
    }
    const located: DomainError = { ...error, ...(file !== undefined ? { file } : {}) };
    if (found?.range != null) {
      const pos = counter.linePos(found.range[0]);
      located.line = pos.line;
      located.column = pos.col;
    }
    return located;
  };
}
