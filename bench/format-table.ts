import type { Row } from './types.js';

/** One aligned table, a row per measurement, numbers right-aligned. */
export function formatTable(sections: { name: string; rows: Row[] }[]): string {
  const header = ['section', 'case', 'value', 'unit', 'note'];
  const lines = sections.flatMap(({ name, rows }) =>
    rows.map((row) => [name, row.name, row.value.toLocaleString('en'), row.unit, row.note ?? '']),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const pad = (cells: string[]) =>
    cells.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [pad(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(pad)].join('\n');
}
