/** Small text-layout helpers for terminal output (plain text, no colours: output is often piped). */
import { io } from '../io.js';

/** Width to lay out for: the terminal's, or 100 columns when piped (stable output). */
export function outputWidth(stream: { columns?: number; isTTY?: boolean } = io().stdout): number {
  return stream.isTTY && stream.columns !== undefined ? Math.max(40, Math.min(stream.columns, 120)) : 100;
}

/** Wraps text on spaces to `width` columns; every line starts with `indent`. Keeps line breaks. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  let prefix = firstIndent;
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
        lines.push(prefix + line);
        prefix = indent;
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(prefix + line);
    prefix = indent;
  }
  return lines;
}

/** A section heading, underlined so it stands out without colours. */
export function heading(title: string): string[] {
  return ['', title, '='.repeat(title.length)];
}

export function subheading(title: string): string[] {
  return ['', title, '-'.repeat(title.length)];
}

/** A table with left-aligned text columns and right-aligned columns where `align` says so. */
export function table(header: string[], rows: string[][], align: ('left' | 'right')[] = []): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (value: string, i: number) =>
    align[i] === 'right' ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0);
  const line = (cells: string[]) => cells.map(cell).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
