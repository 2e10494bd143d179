import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { Status } from '../domain/workflow/schema.js';
import { type Locale, format } from '../messages/index.js';
import { csvField } from './catalogue/csv.js';

/**
 * The catalogue as people read it, for the catalogue page's export: names, not ids; the
 * state in words; one row per FUBE in the order the catalogue lists them. (The catalogue
 * exchange format, with ids, is what scripts and the import use: docs/catalogue-format.md.)
 */
export interface CatalogueTableRow {
  title: string;
  entity: string;
  unit: string | null;
  family: string;
  level: number | null;
  class: number | null;
  state: Status;
  holders: readonly string[];
  manager: string | null;
  /** ISO 8601 instant. */
  updatedAt: string;
}

const COLUMNS = [
  { key: 'ui.col.function', width: 40, value: (r: CatalogueTableRow) => r.title },
  { key: 'ui.col.entity', width: 28, value: (r: CatalogueTableRow) => r.entity },
  { key: 'ui.col.unit', width: 28, value: (r: CatalogueTableRow) => r.unit },
  { key: 'ui.col.family', width: 30, value: (r: CatalogueTableRow) => r.family },
  { key: 'ui.col.level', width: 8, value: (r: CatalogueTableRow) => r.level },
  { key: 'ui.col.class', width: 14, value: (r: CatalogueTableRow) => r.class },
  { key: 'ui.col.state', width: 18, value: (r: CatalogueTableRow, locale: Locale) => format(locale, `ui.state.${r.state}`) },
  { key: 'ui.col.holders', width: 36, value: (r: CatalogueTableRow) => r.holders.join(', ') },
  { key: 'ui.col.manager', width: 24, value: (r: CatalogueTableRow) => r.manager },
  { key: 'ui.col.updated', width: 18, value: (r: CatalogueTableRow) => brusselsDate(r.updatedAt) },
] as const;

/** The calendar day in Brussels (YYYY-MM-DD): what a spreadsheet sorts and a person reads. */
const brusselsDate = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short' }).format(new Date(iso));

/** CSV as Excel with Belgian settings opens it: `;`, CRLF, UTF-8 with a byte order mark; formulas defused. */
export function catalogueTableCsv(rows: readonly CatalogueTableRow[], locale: Locale): string {
  const lines = [COLUMNS.map((c) => csvField(format(locale, c.key))).join(';'), ...rows.map((r) => COLUMNS.map((c) => csvField(c.value(r, locale))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An Excel workbook: one sheet, bold header row kept in view, numbers as numbers, text as text (never a formula). */
export async function catalogueTableXlsx(rows: readonly CatalogueTableRow[], locale: Locale): Promise<Buffer> {
  const header: Row = COLUMNS.map((c) => ({ value: format(locale, c.key), fontWeight: 'bold' as const }));
  const body: Row[] = rows.map((r) =>
    COLUMNS.map((c) => {
      const value = c.value(r, locale);
      return value === null || value === '' ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String };
    }),
  );
  return writeXlsxFile([header, ...body], {
    sheet: format(locale, 'ui.catalogue.title').slice(0, 31),
    columns: COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
