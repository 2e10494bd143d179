import { stringify } from 'yaml';
import { type DomainError, type Result, fail, ok } from '../../domain/errors.js';
import type { Family } from '../../domain/family/schema.js';
import { parseFamily } from '../../domain/family/validate.js';
import { catalogueError } from '../../domain/messages/index.js';
import { readFlemishFamily } from './read-flemish.js';
import { isWeegschaalLayout, readWeegschaalFamily } from './read-weegschaal.js';
import { type FamilyMetadata, readMetadata } from './metadata.js';
import type { ImportReport } from './report.js';
import { headingStyles, readWordDocument } from './word.js';
import { XmlError, child, elements, parseXml, textOf } from './xml.js';
import { ZipError, ZipReader } from './zip.js';

/**
 * The family import from Word (issue 17 item 1, decision 0063): a .docx in, a family that
 * passes `family validate` and a report out, or coded errors (nothing to store). Two layouts:
 * Weegschaal's own family document, and the Flemish family documents (purpose, result areas,
 * the criteria table with a column per level whose merged cells give the spans, knowledge
 * per level, the competency table per class). Pure apart from unpacking bytes in memory.
 */
export { type ImportNote, type ImportReport, describeWhere } from './report.js';

export interface FamilyDocxOptions {
  /** The file name, for the source note and the report (no I/O here). */
  fileName?: string;
  /**
   * The family this document is a new version of: its id, and the ids of its result areas,
   * criteria and competencies where the names match (ids stay stable across versions).
   */
  base?: Family;
}

export interface FamilyDocxRead {
  family: Family;
  report: ImportReport;
}

/** Larger uploads are refused before unpacking; a family document is some 100 kB. */
export const MAX_FAMILY_DOCX_BYTES = 10 * 1024 * 1024;
/** The most one part (word/document.xml, ...) may unpack to. */
export const MAX_FAMILY_DOCX_PART_BYTES = 8 * 1024 * 1024;
const ZIP_LIMITS = { maxEntries: 2000, maxPartBytes: MAX_FAMILY_DOCX_PART_BYTES };
const XML_LIMITS = { maxDepth: 200, maxElements: 2_000_000 };

const failWith = (error: ReturnType<typeof catalogueError>): Result<never> => fail([error]);

export function readFamilyDocx(bytes: Uint8Array, options: FamilyDocxOptions = {}): Result<FamilyDocxRead> {
  if (bytes.length === 0) return failWith(catalogueError('docx.empty', ''));
  if (bytes.length > MAX_FAMILY_DOCX_BYTES)
    return failWith(catalogueError('docx.too-large', '', { max: MAX_FAMILY_DOCX_BYTES }));
  let zip: ZipReader;
  const parts: Record<'document' | 'styles' | 'custom' | 'core', string | undefined> = {
    document: undefined,
    styles: undefined,
    custom: undefined,
    core: undefined,
  };
  try {
    zip = new ZipReader(bytes, ZIP_LIMITS);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const text = (name: string) => {
      const data = zip.read(name);
      return data === undefined ? undefined : decoder.decode(data);
    };
    parts.document = text(documentPartName(zip, text) ?? 'word/document.xml');
    if (parts.document === undefined) return failWith(catalogueError('docx.no-document', ''));
    parts.styles = text('word/styles.xml');
    parts.custom = text('docProps/custom.xml');
    parts.core = text('docProps/core.xml');
  } catch (error) {
    if (error instanceof ZipError) return failWith(zipError(error));
    if (error instanceof XmlError)
      return failWith(catalogueError('docx.xml-invalid', '', { part: '[Content_Types].xml', reason: error.message }));
    // A part that is not UTF-8 text.
    if (error instanceof TypeError) return failWith(catalogueError('docx.corrupt', ''));
    throw error;
  }

  let part = 'word/styles.xml';
  try {
    const styles = headingStyles(parts.styles, XML_LIMITS);
    part = 'word/document.xml';
    const doc = readWordDocument(parts.document, styles, XML_LIMITS);
    part = 'docProps';
    const properties = customProperties(parts.custom);
    const title = coreTitle(parts.core);
    const metadata: FamilyMetadata | undefined = readMetadata(properties);
    const read =
      metadata !== undefined || isWeegschaalLayout(doc)
        ? readWeegschaalFamily(doc, metadata)
        : readFlemishFamily(doc, { ...options, ...(title !== undefined ? { title } : {}) });
    if ('errors' in read) return fail(read.errors);
    if (read.missing.length > 0)
      return fail(read.missing.map((section) => catalogueError('docx.section-missing', '', { section })));
    const layout = metadata !== undefined || isWeegschaalLayout(doc) ? 'weegschaal' : 'flemish';
    const parsed = parseFamily(read.family);
    if (!parsed.ok) return fail(parsed.errors);
    return ok({ family: parsed.value, report: read.report.report(layout) });
  } catch (error) {
    if (error instanceof XmlError)
      return failWith(catalogueError('docx.xml-invalid', '', { part, reason: error.message }));
    throw error;
  }
}

/** The main document part as [Content_Types].xml names it (Word always uses word/document.xml; others may not). */
function documentPartName(zip: ZipReader, text: (name: string) => string | undefined): string | undefined {
  if (zip.has('word/document.xml')) return 'word/document.xml';
  const types = text('[Content_Types].xml');
  if (types === undefined) return undefined;
  const root = parseXml(types, XML_LIMITS);
  const main = elements(root, 'Override').find((o) =>
    /wordprocessingml\.document\.main\+xml$/.test(o.attributes.ContentType ?? ''),
  );
  return main?.attributes.PartName?.replace(/^\//, '');
}

function zipError(error: ZipError): DomainError {
  switch (error.fault) {
    case 'not-zip':
      return catalogueError('docx.not-zip', '');
    case 'old-word':
      return catalogueError('docx.old-word', '');
    case 'unpacked-too-large':
      return catalogueError('docx.unpacked-too-large', '', { max: MAX_FAMILY_DOCX_PART_BYTES });
    case 'too-many-entries':
      return catalogueError('docx.too-many-entries', '', { max: ZIP_LIMITS.maxEntries });
    case 'corrupt':
      return catalogueError('docx.corrupt', '');
  }
}

function customProperties(xml: string | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (xml === undefined) return properties;
  const root = parseXml(xml, XML_LIMITS);
  for (const property of elements(root, 'property')) {
    const name = property.attributes.name;
    const value = elements(property)[0];
    if (name !== undefined && value !== undefined) properties.set(name, textOf(value));
  }
  return properties;
}

function coreTitle(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  const title = child(parseXml(xml, XML_LIMITS), 'dc:title');
  const text = title === undefined ? '' : textOf(title).trim();
  return text === '' ? undefined : text;
}

/** The family as a YAML file, with a comment naming where it comes from. */
export function familyYaml(family: Family, fileName?: string): string {
  const header = [
    `# Functiefamilie "${family.name}", versie ${family.version}: ingelezen uit een Word-document${fileName !== undefined ? ` (${fileName.replace(/[\r\n]/g, ' ')})` : ''}`,
    '# met weegschaal family import-docx (decision 0063). Kijk het rapport na vóór het publiceren.',
  ].join('\n');
  return `${header}\n${stringify(family, { lineWidth: 0 })}`;
}
