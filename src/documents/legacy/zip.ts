import { inflateRawSync } from 'node:zlib';

/**
 * Reads one file out of a ZIP archive (a .docx is one): enough of the format for Word's own
 * files, without a dependency. The central directory is read (so sizes are known even when
 * the local headers defer them), each file is inflated with an output limit, so a "zip bomb"
 * stops at the limit instead of filling the memory. ZIP64 and encryption are refused.
 */

export class ZipError extends Error {
  constructor(readonly reason: 'not-zip' | 'unsupported' | 'too-large' | 'corrupt' | 'missing') {
    super(reason);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function entries(zip: Buffer): Entry[] {
  if (zip.length < 22 || zip.readUInt32LE(0) !== LOCAL) throw new ZipError('not-zip');
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipError('corrupt');
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('unsupported');
  const out: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ZipError('corrupt');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    out.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The names of the archive's files. */
export function zipNames(zip: Buffer): string[] {
  return entries(zip).map((e) => e.name);
}

/** One file of the archive, at most `maxBytes` once inflated. */
export function readZipEntry(zip: Buffer, name: string, maxBytes: number): Buffer {
  const entry = entries(zip).find((e) => e.name === name);
  if (entry === undefined) throw new ZipError('missing');
  if ((entry.flags & 0x1) !== 0) throw new ZipError('unsupported');
  if (entry.size > maxBytes) throw new ZipError('too-large');
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ZipError('corrupt');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError('corrupt');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('unsupported');
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    throw new ZipError((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'corrupt');
  }
}
