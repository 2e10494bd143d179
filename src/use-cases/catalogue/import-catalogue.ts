import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { type DomainError, type PathSegment, type Result, formatPath, ok } from '../../domain/errors.js';
import type { Family } from '../../domain/family/schema.js';
import { catalogueError } from '../../messages/index.js';
import { weigh } from '../../domain/weighing/index.js';
import type { Store } from '../../store/index.js';
import { type RejectedRecord, parseCatalogue } from '../../documents/catalogue/parse.js';
import type { CatalogueFube } from '../../documents/catalogue/schema.js';

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
  const families = await store.families.publishedVersions();
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

  const { outcome, written, committed } = await store.catalogue.importFubes(
    candidates,
    (taken) => {
      const good: CatalogueFube[] = [];
      candidates.forEach((fube, n) => {
        const index = indexOf[n] ?? n;
        const errors = domainErrors(fube, ['fubes', index], families, taken).map(locate);
        if (errors.length > 0) rejected.push({ index, id: fube.id, errors });
        else good.push(fube);
      });
      rejected.sort((a, b) => a.index - b.index);
      return { write: good, proceed: rejected.length === 0 || options.partial === true, outcome: rejected };
    },
    {
      actorId: options.actorId,
      reason: IMPORT_REASON,
      historyReason: options.file !== undefined ? `ingevoerd uit ${options.file}` : IMPORT_REASON,
      onProgress: options.onProgress,
    },
  );
  return ok({ total, imported: written, rejected: outcome, committed });
}

/** The file index of each good record: the parse keeps file order but drops the rejected ones. */
function recordIndexes(good: readonly CatalogueFube[], rejected: readonly RejectedRecord[]): number[] {
  const skipped = new Set(rejected.map((r) => r.index));
  const indexes: number[] = [];
  for (let index = 0; indexes.length < good.length; index++) if (!skipped.has(index)) indexes.push(index);
  return indexes;
}

/** The rules that need this installation: family, weighing, in-force revision, free id. */
function domainErrors(fube: CatalogueFube, prefix: PathSegment[], families: ReadonlyMap<string, Family>, taken: ReadonlySet<string>): DomainError[] {
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
    // Positions only: the data was read already; the parser's unique-key check is quadratic in a map's keys.
    if (root === undefined) root = parseDocument(text.startsWith('\uFEFF') ? text.slice(1) : text, { lineCounter: counter, uniqueKeys: false }).contents;
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
