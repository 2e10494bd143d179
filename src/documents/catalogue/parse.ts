import { z } from 'zod';
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import type { DomainError, PathSegment, Result } from '../../domain/errors.js';
import { fail, formatPath, ok } from '../../domain/errors.js';
import { findJsonSyntaxError } from '../../domain/family/json-syntax.js';
import { PARSE_LIMITS, limitError, measureJson } from '../../domain/parse/limits.js';
import { catalogueError } from '../../messages/index.js';
import type { Family } from '../../domain/family/schema.js';
import { dutchErrorMap, zodErrors } from '../../domain/family/validate.js';
import { checkWeighingValues } from '../../domain/weighing/check-values.js';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, type Catalogue, type CatalogueFube, catalogueFubeSchema, catalogueSchema } from './schema.js';

/** A record the import must leave out, with every reason and where it is in the file. */
export interface RejectedRecord {
  index: number;
  /** The record's id when it has one. */
  id?: string;
  errors: DomainError[];
}

export interface ParsedCatalogue {
  catalogue: Omit<Catalogue, 'fubes'>;
  /** Records that passed every check, in file order. */
  fubes: CatalogueFube[];
  rejected: RejectedRecord[];
}

export interface ParseCatalogueOptions {
  /** The file name put into errors. */
  file?: string;
  /**
   * The family versions the importing installation knows. When given, every record's
   * family version must be known and its weighing values must exist in it.
   */
  family?: (id: string, version: number) => Family | undefined;
}

/**
 * Reads a catalogue (docs/catalogue-format.md). A broken file or envelope fails as a
 * whole; each FUBE record is checked on its own so that a bulk import can report every
 * bad record (with its field path and line) and, when asked, import the others.
 */
export function parseCatalogue(text: string, options: ParseCatalogueOptions = {}): Result<ParsedCatalogue> {
  const where = options.file !== undefined ? { file: options.file } : {};
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Limits first: a catalogue may be long, never deep (docs/limits.md).
  const exceeded = measureJson(source, PARSE_LIMITS.catalogue);
  if (exceeded !== undefined) return fail([{ ...limitError(exceeded), ...where, ...lineColumn(source, exceeded.offset) }]);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const syntax = findJsonSyntaxError(source);
    const position = syntax === undefined ? {} : lineColumn(source, syntax.offset);
    return fail([{ ...(syntax === undefined ? catalogueError('catalogue.syntax:not-json', '') : catalogueError('catalogue.syntax', '', { reason: syntax.reason })), ...where, ...position }]);
  }

  const locator = lazyLocator(source, options.file);
  const head = envelopeSchema.safeParse(data, { error: dutchErrorMap });
  if (!head.success) {
    // Another format or version: its other fields mean nothing to this reader.
    const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    if (record.format !== CATALOGUE_FORMAT)
      return fail([locator(catalogueError('catalogue.format', 'format', { format: CATALOGUE_FORMAT }))]);
    if (record.version !== CATALOGUE_VERSION)
      return fail([
        locator(catalogueError('catalogue.version', 'version', { version: String(record.version), supported: CATALOGUE_VERSION })),
      ]);
    return fail(zodErrors(head.error).map(locator));
  }

  const { fubes: rawFubes, ...catalogue } = head.data;
  const listed = new Set(catalogue.families.map((f) => `${f.id}@${f.version}`));
  const seen = new Map<string, number>();
  const fubes: CatalogueFube[] = [];
  const rejected: RejectedRecord[] = [];
  rawFubes.forEach((raw, index) => {
    const prefix: PathSegment[] = ['fubes', index];
    const parsed = catalogueFubeSchema.safeParse(raw, { error: dutchErrorMap });
    const id = parsed.success ? parsed.data.id : idOf(raw);
    const errors = parsed.success ? checkRecord(parsed.data, prefix, { listed, seen, index, family: options.family }) : zodErrors(parsed.error, prefix);
    if (id !== undefined && !seen.has(id)) seen.set(id, index);
    if (errors.length > 0 || !parsed.success) rejected.push({ index, ...(id !== undefined ? { id } : {}), errors: errors.map(locator) });
    else fubes.push(parsed.data);
  });
  return ok({ catalogue, fubes, rejected });
}

/** The envelope with its records left unread: they are checked one by one. */
const envelopeSchema = catalogueSchema.omit({ fubes: true }).extend({ fubes: z.array(z.unknown()) });

function idOf(raw: unknown): string | undefined {
  return raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
}

interface RecordContext {
  listed: Set<string>;
  seen: Map<string, number>;
  index: number;
  family: ParseCatalogueOptions['family'];
}

/** The rules between fields that the schema cannot say. */
function checkRecord(fube: CatalogueFube, prefix: PathSegment[], context: RecordContext): DomainError[] {
  const errors: DomainError[] = [];
  const at = (...path: PathSegment[]) => formatPath([...prefix, ...path]);
  const first = context.seen.get(fube.id);
  if (first !== undefined) errors.push(catalogueError('catalogue.duplicate-id', at('id'), { id: fube.id, first }));
  if (fube.inForceRevision !== null && fube.inForceRevision > fube.revision)
    errors.push(catalogueError('catalogue.in-force-revision', at('inForceRevision'), { inForce: fube.inForceRevision, revision: fube.revision }));
  if (fube.workflow.revision > fube.revision)
    errors.push(catalogueError('catalogue.workflow-revision', at('workflow', 'revision'), { workflow: fube.workflow.revision, revision: fube.revision }));
  if (fube.updatedAt < fube.createdAt)
    errors.push(catalogueError('catalogue.dates', at('updatedAt')));
  const { familyId, familyVersion } = fube.content;
  if (!context.listed.has(`${familyId}@${familyVersion}`))
    errors.push(catalogueError('catalogue.family-not-listed', at('content', 'familyVersion'), { family: familyId, version: familyVersion }));
  else if (context.family !== undefined) {
    const family = context.family(familyId, familyVersion);
    if (family === undefined)
      errors.push(catalogueError('catalogue.family-unknown', at('content', 'familyVersion'), { family: familyId, version: familyVersion }));
    else if (fube.content.weighing !== undefined)
      for (const error of checkWeighingValues(family, fube.content.weighing.values))
        // A draft may be weighed partly: only values that do not exist are refused here.
        if (error.code !== 'weighing.missing-value')
          errors.push({ ...error, path: `${formatPath([...prefix, 'content', 'weighing'])}.${error.path}` });
  }
  return errors;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Adds line and column to errors. The positions come from a second, slower parse that
 * keeps them; it runs only when there is an error to place.
 */
function lazyLocator(source: string, file: string | undefined): (error: DomainError) => DomainError {
  let root: Node | null | undefined;
  let counter: LineCounter | undefined;
  return (error) => {
    if (root === undefined) {
      counter = new LineCounter();
      // Positions only: the data was read already; the parser's unique-key check is quadratic in a map's keys.
      root = parseDocument(source, { lineCounter: counter, uniqueKeys: false }).contents;
    }
    let node: unknown = root;
    let found: Node | undefined = isNode(root) ? root : undefined;
    for (const segment of parsePath(error.path)) {
      node = childOf(node, segment);
      if (node === undefined) break;
      if (isNode(node)) found = node;
    }
    const located: DomainError = { ...error };
    if (file !== undefined) located.file = file;
    if (found?.range !== undefined && found.range !== null && counter !== undefined) {
      const pos = counter.linePos(found.range[0]);
      located.line = pos.line;
      located.column = pos.col;
    }
    return located;
  };
}

function parsePath(path: string): PathSegment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

function childOf(node: unknown, segment: PathSegment): unknown {
  if (isSeq(node)) return typeof segment === 'number' ? node.items[segment] : undefined;
  if (isMap(node))
    for (const item of node.items)
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) return item.value ?? item.key;
  return undefined;
}
