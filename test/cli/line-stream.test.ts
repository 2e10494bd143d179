import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BufferedWriter, forEachLine } from '../../src/cli/line-stream.js';

async function linesOf(chunks: (string | Buffer)[]): Promise<[string, number][]> {
  const seen: [string, number][] = [];
  await forEachLine(Readable.from(chunks), (line, n) => seen.push([line, n]));
  return seen;
}

describe('reading JSON Lines from a stream', () => {
  it('joins lines split across chunks and numbers them from 1, blank lines included', async () => {
    expect(await linesOf(['{"a"', ':1}\n\n{"b":2}\r\n{"c"', ':3}'])).toEqual([
      ['{"a":1}', 1],
      ['', 2],
      ['{"b":2}', 3],
      ['{"c":3}', 4],
    ]);
  });

  it('keeps a character whose bytes fall in two chunks', async () => {
    const bytes = Buffer.from('{"naam":"één"}\n', 'utf8');
    const split = bytes.indexOf(0xc3) + 1; // in the middle of the two bytes of "é"
    expect(await linesOf([bytes.subarray(0, split), bytes.subarray(split)])).toEqual([['{"naam":"één"}', 1]]);
  });

  it('reads no line from empty input and one from input without a final newline', async () => {
    expect(await linesOf([])).toEqual([]);
    expect(await linesOf(['x'])).toEqual([['x', 1]]);
  });
});

describe('writing output in blocks', () => {
  it('writes nothing until a block is full, then everything in order', async () => {
    const written: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        written.push(chunk.toString());
        done();
      },
    });
    const out = new BufferedWriter(sink, 10);
    out.write('abc\n');
    await out.flushIfFull();
    expect(written).toEqual([]);
    out.write('defgh\n');
    await out.flushIfFull();
    expect(written).toEqual(['abc\ndefgh\n']);
    out.write('z\n');
    await out.flush();
    expect(written).toEqual(['abc\ndefgh\n', 'z\n']);
  });

  it('waits for a full destination to drain', async () => {
    const sink = new PassThrough({ highWaterMark: 4 });
    const out = new BufferedWriter(sink, 1);
    out.write('0123456789');
    let flushed = false;
    const flushing = out.flush().then(() => (flushed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toBe(false);
    sink.read();
    await flushing;
    expect(flushed).toBe(true);
  });
});
