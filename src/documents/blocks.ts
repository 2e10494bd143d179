/**
 * A document as a list of neutral blocks: what it says, in order, without layout. The
 * FUBE and family documents are written once as blocks; the Word and PDF renderers lay
 * them out, so both formats always carry the same sections and texts.
 */
export interface BlockCell {
  text: string;
  /** Columns the cell covers (merged cells of the family table). */
  span?: number;
  /** Shaded cell, e.g. the level/class header column. */
  emphasis?: boolean;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'labelled'; label: string; text: string }
  /** Label/value pairs laid out as a two-column table. */
  | { kind: 'fields'; rows: [label: string, value: string][] }
  | { kind: 'bullets'; items: string[] }
  /** A table with one header row; `widths` are relative column widths. */
  | { kind: 'table'; headers: BlockCell[]; rows: BlockCell[][]; widths?: number[] }
  /**
   * A horizontal bar chart: one row per label, one bar per series; `limit` draws a marked
   * line (the 5 % flag of the pay report); a highlighted row's bars are red. A null value is not drawn ("–" beside it). Word
   * gets the same figures as a table.
   */
  | { kind: 'bars'; caption: string; unit: string; series: { name: string; color: string }[]; rows: { label: string; values: (number | null)[]; highlight?: boolean }[]; limit?: number };

export interface DocumentBlocks {
  title: string;
  /** Footer text before the generation date, e.g. "Versie 3". */
  footer: string;
  generatedAt: string;
  landscape?: boolean;
  /** Printed at the top of every page (a draft's "ONTWERP — geen beslissing"). */
  marking?: string;
  /** Custom document properties (Word only): data the reader of the document needs back, e.g. ids. */
  properties?: Record<string, string>;
  blocks: Block[];
}
