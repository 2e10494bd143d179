import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { type DomainError, type Result, fail, ok } from '../../domain/errors.js';
import type { LegacyDescription } from '../../domain/suggest/legacy.js';
import type * as Unpdf from 'unpdf';
import { cleanText } from '../../domain/text/hygiene.js';
import { docxBodyLines } from './docx-text.js';
import { splitLegacyText } from './sections.js';
import { ZipError, readZipEntry, zipNames } from './zip.js';

/**
 * Reads an old function description (.docx, .txt, .pdf) into its parts (title, purpose,
 * tasks, requirements). Every refusal is a Dutch message with the file's name: the CLI's
 * bulk import lists them per file and goes on with the next one.
 */

export const LEGACY_LIMITS = {
  /** Larger files are refused unread. */
  bytes: 10 * 1024 * 1024,
  /** The body of a .docx, inflated. */
  docxXmlBytes: 20 * 1024 * 1024,
  /** Text beyond this is left out (with a warning): a function description is a few pages. */
  chars: 200_000,
  /** PDF pages read. */
  pdfPages: 50,
} as const;

export type LegacyFormat = 'docx' | 'txt' | 'pdf';

export interface LegacyFile {
  file: string;
  format: LegacyFormat;
  /** The plain text as read (lines; "# " marks a Word heading, "- " a list item). */
  text: string;
  description: LegacyDescription;
  /** What the reader left out or guessed, in Dutch. */
  warnings: string[];
}

export const LEGACY_EXTENSIONS = ['.docx', '.txt', '.pdf'] as const;

const refuse = (file: string, code: string, message: string): Result<never> => fail([{ code: `legacy.${code}`, message, path: '', file } satisfies DomainError]);

/** Whether a file's name says a type the reader takes: refused with the reason otherwise (an old .doc says what to do). */
export function checkLegacyExtension(file: string): Result<LegacyFormat> {
  const extension = extname(file).toLowerCase();
  if (extension === '.doc') return refuse(file, 'old-word', 'het oude Word-formaat (.doc) wordt niet gelezen; bewaar het document in Word als .docx');
  if (!(LEGACY_EXTENSIONS as readonly string[]).includes(extension))
    return refuse(file, 'extension', `onbekend bestandstype '${extension || basename(file)}'; gebruik .docx, .txt of .pdf`);
  return ok(extension.slice(1) as LegacyFormat);
}

export async function readLegacyFile(file: string): Promise<Result<LegacyFile>> {
  const extension = checkLegacyExtension(file);
  if (!extension.ok) return extension;
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return refuse(file, 'not-a-file', 'is geen bestand');
    if (info.size > LEGACY_LIMITS.bytes) return refuse(file, 'too-large', `is te groot (${mb(info.size)} MB; hoogstens ${mb(LEGACY_LIMITS.bytes)} MB)`);
    bytes = await readFile(file);
  } catch (error) {
    return refuse(file, 'unreadable', `kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readLegacyBytes(file, bytes);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0);

/** The same from bytes already read (an upload); `file` names it in messages and says its type. */
export async function readLegacyBytes(file: string, bytes: Buffer): Promise<Result<LegacyFile>> {
  const extension = checkLegacyExtension(file);
  if (!extension.ok) return extension;
  const format = extension.value;
  if (bytes.length > LEGACY_LIMITS.bytes) return refuse(file, 'too-large', `is te groot (${mb(bytes.length)} MB; hoogstens ${mb(LEGACY_LIMITS.bytes)} MB)`);
  if (bytes.length === 0) return refuse(file, 'empty', 'is leeg');
  let raw: Result<string>;
  if (format === 'docx') raw = docxText(file, bytes);
  else if (format === 'pdf') raw = await pdfText(file, bytes);
  else if (format === 'txt') raw = plainText(file, bytes);
  else return refuse(file, 'extension', `onbekend bestandstype '.${format}'; gebruik .docx, .txt of .pdf`);
  if (!raw.ok) return raw;
  const warnings: string[] = [];
  let text = cleanText(raw.value.replace(/\r\n?/g, '\n'));
  if (text.length > LEGACY_LIMITS.chars) {
    text = text.slice(0, LEGACY_LIMITS.chars);
    warnings.push(`alleen de eerste ${LEGACY_LIMITS.chars} tekens zijn gelezen`);
  }
  if (!/\p{L}{2}/u.test(text)) return refuse(file, 'no-text', 'bevat geen leesbare tekst');
  const split = splitLegacyText(text);
  warnings.push(...split.warnings);
  return ok({ file, format, text, description: split.description, warnings });
}

function docxText(file: string, bytes: Buffer): Result<string> {
  try {
    if (!zipNames(bytes).includes('word/document.xml')) return refuse(file, 'docx', 'is geen Word-document (.docx): word/document.xml ontbreekt');
    const xml = readZipEntry(bytes, 'word/document.xml', LEGACY_LIMITS.docxXmlBytes).toString('utf8');
    return ok(docxBodyLines(xml).join('\n'));
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    const why = {
      'not-zip': 'is geen geldig Word-document (.docx)',
      unsupported: 'is een Word-document in een vorm die niet gelezen wordt (versleuteld of ZIP64)',
      'too-large': `is een Word-document waarvan de tekst te groot is (hoogstens ${mb(LEGACY_LIMITS.docxXmlBytes)} MB)`,
      corrupt: 'is een beschadigd Word-document (.docx)',
      missing: 'is geen Word-document (.docx): word/document.xml ontbreekt',
    }[error.reason];
    return refuse(file, 'docx', why);
  }
}

/**
 * PDF text through unpdf (pdf.js, bundled in the package; nothing is downloaded). Loaded only
 * here, so the other commands do not pay for it.
 */
async function pdfText(file: string, bytes: Buffer): Promise<Result<string>> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) return refuse(file, 'pdf', 'is geen geldig PDF-bestand');
  let unpdf: typeof Unpdf;
  try {
    unpdf = await import('unpdf');
  } catch {
    return refuse(file, 'pdf-reader', 'PDF lezen is niet beschikbaar in deze installatie (het pakket unpdf ontbreekt); bewaar het document als .docx of .txt');
  }
  let pdf: Awaited<ReturnType<typeof unpdf.getDocumentProxy>> | undefined;
  try {
    pdf = await unpdf.getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true });
    const pages = Math.min(pdf.numPages, LEGACY_LIMITS.pdfPages);
    const lines: string[] = [];
    let chars = 0;
    // Pages after the text limit would be cut anyway: not reading them keeps a large PDF cheap.
    for (let n = 1; n <= pages && chars <= LEGACY_LIMITS.chars; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          chars += line.length + 1;
          line = '';
        }
      }
      if (line !== '') lines.push(line);
      chars += line.length;
    }
    return ok(lines.join('\n'));
  } catch (error) {
    return refuse(file, 'pdf', `is een PDF die niet gelezen kan worden (${(error as Error).message.slice(0, 120)})`);
  } finally {
    // Also when a page's text could not be read: pdf.js keeps the document's memory until destroyed.
    await pdf?.destroy().catch(() => undefined);
  }
}

/**
 * A text file's encoding: a byte order mark, else UTF-16 when every other byte is NUL, else
 * UTF-8 when it decodes as such, else Windows-1252 (what old Word "Save as text" writes).
 */
function plainText(file: string, bytes: Buffer): Result<string> {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = bytes.subarray(3).toString('utf8');
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.subarray(2).toString('utf16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  else if (looksUtf16le(bytes)) text = bytes.toString('utf16le');
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = windows1252(bytes);
    }
  }
  // Binary garbage decodes to something: refuse text with many control characters (a few NULs are cleaned).
  let bad = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || cp === 0xfffd || (cp >= 0x7f && cp <= 0x9f)) bad++;
  }
  if (bad > Math.max(16, 0.05 * text.length)) return refuse(file, 'binary', 'bevat geen leesbare tekst (het lijkt een binair bestand)');
  return ok(text);
}

// Windows-1252's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters); 0 = undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function windows1252(bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || 0xfffd : byte);
  return out;
}

function looksUtf16le(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros > 0.9 * (n / 2);
}
