/**
 * Pay files for tests: the Logib data sheet as a real .xlsx (written with write-excel-file,
 * sheet `data_sheet_template`, header row + one person a row, columns A–Q) and CSV text.
 */
import writeXlsxFile, { type Cell } from 'write-excel-file/node';

export const LOGIB_HEADER = [
  'Personalnummer',
  'Alter',
  'Geschlecht',
  'Dienstjahre',
  'Ausbildung',
  'Funktion',
  'Anforderungsniveau',
  'Berufliche Stellung',
  'Beschäftigungsgrad',
  'Stunden pro Monat',
  'Grundlohn',
  'Zulagen',
  '13. Monatslohn',
  'Sonderzahlungen',
  'Wochenstunden',
  'Jahresstunden',
  'Statistische Population',
  'Bemerkungen',
];

/** One Logib row; every column may be left out (blank). */
export interface LogibRow {
  key?: string | number;
  age?: number | string | Date;
  sex?: string;
  yearsOfService?: number | string | Date;
  education?: number;
  function?: string;
  level?: number;
  position?: number;
  activityRate?: number;
  paidHoursPerMonth?: number;
  basicWage?: number;
  allowances?: number;
  thirteenthMonth?: number;
  specialPayments?: number;
  weeklyHours?: number;
  annualHours?: number;
  population?: number | string;
  remarks?: string;
}

const ORDER: Array<keyof LogibRow> = [
  'key',
  'age',
  'sex',
  'yearsOfService',
  'education',
  'function',
  'level',
  'position',
  'activityRate',
  'paidHoursPerMonth',
  'basicWage',
  'allowances',
  'thirteenthMonth',
  'specialPayments',
  'weeklyHours',
  'annualHours',
  'population',
  'remarks',
];

function cell(value: LogibRow[keyof LogibRow]): Cell {
  if (value === undefined) return null;
  if (value instanceof Date) return { value, type: Date, format: 'dd.mm.yyyy' };
  return value;
}

export async function logibWorkbook(rows: readonly LogibRow[], options: { sheet?: string; header?: string[] } = {}): Promise<Uint8Array> {
  const data = [(options.header ?? LOGIB_HEADER).map((h) => h as Cell), ...rows.map((r) => ORDER.map((k) => cell(r[k])))];
  const buffer = await writeXlsxFile(data, { sheet: options.sheet ?? 'data_sheet_template' }).toBuffer();
  return new Uint8Array(buffer);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
