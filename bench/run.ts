/**
 * `npm run bench [-- <section filter>]`: runs every bench module and prints one aligned
 * table. Add a section by appending a module to `modules`.
 */
import type { BenchModule, Row } from './types.js';
import { weighingBench } from './weighing.js';

const modules: BenchModule[] = [weighingBench];

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

async function main(): Promise<void> {
  const filter = process.argv[2];
  const selected = modules.filter((m) => filter === undefined || m.name.includes(filter));
  const sections: { name: string; rows: Row[] }[] = [];
  for (const module of selected) sections.push({ name: module.name, rows: await module.run() });
  console.log(formatTable(sections));
}

await main();
