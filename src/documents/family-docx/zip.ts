import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A small reader of the zip container of a .docx: the central directory, then only the parts
 * asked for, stored or deflated. Written here rather than taken from a library because the
 * guards matter more than the features: every size is checked before anything is unpacked,
 * inflating stops at a fixed output size whatever the headers claim (a zip bomb cannot fill
 * memory), and every part's checksum is verified. No zip64, no encryption, no other methods:
 * a Word document never needs them.
 */

export type ZipFault = 'not-zip' | 'corrupt' | 'unpacked-too-large' | 'old-word' | 'too-many-entries';

export class ZipError extends Error {
  constructor(readonly fault: ZipFault) {
    super(`zip: ${fault}`);
    this.name = 'ZipError';
  }
}

export interface ZipLimits {
  /** The most entries the central directory may list. */
  maxEntries: number;
  /** The most bytes one part may unpack to. */
  maxPartBytes: number;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    // A password-protected .docx and an old .doc are OLE compound files, not zips.
    if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new ZipError('old-word');
    if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ZipError('not-zip');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The unpacked bytes of a part; undefined when the zip has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    if ((entry.flags & 0x1) !== 0) throw new ZipError('corrupt');
    if (entry.size > this.limits.maxPartBytes) throw new ZipError('unpacked-too-large');
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL) throw new ZipError('corrupt');
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError('corrupt');
    const packed = this.bytes.subarray(start, end);
    let data: Uint8Array;
    if (entry.method === 0) data = packed;
    else if (entry.method === 8) {
      try {
        // The cap holds whatever size the headers claim: one byte more than allowed is refused.
        data = inflateRawSync(packed, { maxOutputLength: this.limits.maxPartBytes + 1 });
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new ZipError(
          code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? 'unpacked-too-large' : 'corrupt',
        );
      }
      if (data.length > this.limits.maxPartBytes) throw new ZipError('unpacked-too-large');
    } else throw new ZipError('corrupt');
    if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) throw new ZipError('corrupt');
    return data;
  }

  private readDirectory(): void {
    const { bytes, view } = this;
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === EOCD) {
        end = i;
        break;
      }
    }
    if (end === -1) throw new ZipError(bytes[2] === 0x03 && bytes[3] === 0x04 ? 'corrupt' : 'not-zip');
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    const offset = view.getUint32(end + 16, true);
    if (count === 0xffff || offset === 0xffffffff || offset + size > end) throw new ZipError('corrupt');
    if (count > this.limits.maxEntries) throw new ZipError('too-many-entries');
    let at = offset;
    for (let n = 0; n < count; n++) {
      if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new ZipError('corrupt');
      const nameLength = view.getUint16(at + 28, true);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd > end) throw new ZipError('corrupt');
      const entry: Entry = {
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        crc: view.getUint32(at + 16, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
        name: new TextDecoder().decode(bytes.subarray(at + 46, nameEnd)),
      };
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff)
        throw new ZipError('corrupt');
      this.entries.set(entry.name, entry);
      at = nameEnd + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }
}
