import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/**
 * Line-by-line processing of a big stream (a million weighings) without holding it in
 * memory: lines are handled chunk by chunk as the stream is read (so a slow consumer slows
 * the reader down), and output is gathered into large writes.
 */

/** Calls `onLine(line, lineNumber)` for every line (1-based numbers; "\n" or "\r\n" ends a line). */
export async function forEachLine(
  input: Readable,
  onLine: (line: string, lineNumber: number) => void,
  afterChunk: () => Promise<void> = async () => {},
): Promise<void> {
  input.setEncoding('utf8'); // decodes characters split across chunks correctly
  let rest = '';
  let lineNumber = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    let end = chunk.indexOf('\n');
    if (end === -1) {
      rest += chunk;
      continue;
    }
    // The first line may have begun in an earlier chunk.
    onLine(stripCr(rest + chunk.slice(0, end)), ++lineNumber);
    let start = end + 1;
    while ((end = chunk.indexOf('\n', start)) !== -1) {
      onLine(stripCr(chunk.slice(start, end)), ++lineNumber);
      start = end + 1;
    }
    rest = chunk.slice(start);
    await afterChunk();
  }
  if (rest !== '') onLine(stripCr(rest), lineNumber + 1);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Collects output and writes it in blocks, waiting when the destination is full. */
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly output: Writable,
    private readonly blockSize = 64 * 1024,
  ) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  /** Writes the gathered output once it is a block or more; call between chunks. */
  async flushIfFull(): Promise<void> {
    if (this.size >= this.blockSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const block = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.output.write(block)) await once(this.output, 'drain');
  }
}
