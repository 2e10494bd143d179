import { type Locale, type MessageArgs, type RefArgs, catalogueError, format } from '../../domain/messages/index.js';
import type { MessageKey } from '../../domain/messages/index.js';
import type { WordParagraph } from './word.js';

/**
 * The import report (decision 0063): what was read with certainty and what a person must
 * check, each line with a code and its parameters (rendered in any language from the
 * catalogue, src/domain/messages/family-docx-*.ts), the Dutch text, and where it stands in
 * the document: the paragraph number (as a reader counts every paragraph, table cells too)
 * and, in a table, the table, row and column.
 */
export interface ImportNote {
  code: string;
  /** Dutch text (the users' language); `messageKey` + `params` render it in another. */
  message: string;
  messageKey?: string;
  params?: MessageArgs;
  paragraph?: number;
  table?: number;
  row?: number;
  column?: number;
  /** The family field the line is about, e.g. `criteria[3].values[1]`. */
  path?: string;
}

export type FamilyDocxLayout = 'weegschaal' | 'flemish';

export interface ImportReport {
  layout: FamilyDocxLayout;
  certain: ImportNote[];
  check: ImportNote[];
}

export type Where = Pick<ImportNote, 'paragraph' | 'table' | 'row' | 'column' | 'path'>;

/** Where a paragraph stands: its number and, in a table, its cell. */
export function at(paragraph: WordParagraph | undefined, path?: string): Where {
  const where: Where = {};
  if (paragraph !== undefined) {
    where.paragraph = paragraph.n;
    if (paragraph.cell !== undefined) Object.assign(where, paragraph.cell);
  }
  if (path !== undefined) where.path = path;
  return where;
}

export class ReportBuilder {
  readonly certain: ImportNote[] = [];
  readonly check: ImportNote[] = [];

  read<K extends MessageKey & `docx.read.${string}`>(key: K, where: Where, ...args: RefArgs<K>): void {
    this.certain.push(note(key, where, ...args));
  }

  needsCheck<K extends MessageKey & `docx.check.${string}`>(key: K, where: Where, ...args: RefArgs<K>): void {
    this.check.push(note(key, where, ...args));
  }

  report(layout: FamilyDocxLayout): ImportReport {
    return { layout, certain: this.certain, check: this.check };
  }
}

function note<K extends MessageKey>(key: K, where: Where, ...args: RefArgs<K>): ImportNote {
  const { path: _path, ...error } = catalogueError(key, '', ...args);
  return { ...error, ...where };
}

/** Where a note stands, in words: "tabel 3, rij 4, kolom 2 (alinea 57)" or "alinea 12"; '' when unknown. */
export function describeWhere(
  note: Pick<ImportNote, 'paragraph' | 'table' | 'row' | 'column'>,
  locale: Locale = 'nl',
): string {
  if (note.table !== undefined && note.row !== undefined && note.column !== undefined && note.paragraph !== undefined)
    return format(locale, 'docx.where.cell', {
      table: note.table,
      row: note.row,
      column: note.column,
      n: note.paragraph,
    });
  if (note.table !== undefined && note.row !== undefined)
    return format(locale, 'docx.where.row', { table: note.table, row: note.row });
  if (note.paragraph !== undefined) return format(locale, 'docx.where.paragraph', { n: note.paragraph });
  return '';
}
