import { deflateSync } from 'node:zlib';
import { MAX_FAMILY_DOCX_PART_BYTES } from '../../src/documents/family-docx/index.js';
import { LEGACY_LIMITS } from '../../src/documents/legacy/index.js';
import { zipOf } from './family-docx-fixtures.js';

/**
 * The worst uploads the readers take (measured in docs/limits.md, "Reading uploaded files"):
 * files just under the limits, built here rather than kept as fixtures (megabytes each).
 */

/**
 * A PDF just under the 10 MB upload limit, written as raw PDF objects: `pages` pages (the
 * reader reads the first 50), each an uncompressed content stream of short text runs, one
 * per line. Much text in many small objects is what pdf.js spends its time on.
 */
export function heavyPdf(options: { pages?: number; bytes?: number; compressed?: boolean; drawing?: boolean } = {}): Buffer {
  const pages = options.pages ?? LEGACY_LIMITS.pdfPages;
  const budget = (options.bytes ?? LEGACY_LIMITS.bytes - 64 * 1024) / pages;
  // `drawing`: lines instead of text, so the reader's text limit never stops it early.
  const line =
    options.drawing === true ? '40 800 m 500 800 l 40 780 m 500 780 l S\n' : 'BT /F1 9 Tf 40 800 Td (Verantwoordelijk voor de opvolging van dossiers en de kwaliteit) Tj ET\n';
  const content = Buffer.from(line.repeat(Math.max(1, Math.floor(budget / line.length))));
  const stream = options.compressed === true ? deflateSync(content) : content;
  const objects: string[] = [];
  const bodies: Buffer[] = [];
  const add = (body: string | Buffer) => {
    bodies.push(typeof body === 'string' ? Buffer.from(body) : body);
    return bodies.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (let n = 0; n < pages; n++) {
    const contents = add(
      Buffer.concat([
        Buffer.from(`<< /Length ${stream.length}${options.compressed === true ? ' /Filter /FlateDecode' : ''} >>\nstream\n`),
        stream,
        Buffer.from('\nendstream'),
      ]),
    );
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  bodies[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  bodies[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(object);
    offset += object.length;
  });
  objects.push(`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`);
  for (const at of offsets) objects.push(`${String(at).padStart(10, '0')} 00000 n \n`);
  objects.push(`trailer\n<< /Size ${bodies.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  chunks.push(Buffer.from(objects.join('')));
  return Buffer.concat(chunks);
}

/** A Word body of paragraphs of one short run each, as many as fit in `bytes` of XML. */
export function xmlOfParagraphs(bytes: number): string {
  const paragraph = '<w:p><w:r><w:t>Verantwoordelijk voor de opvolging van dossiers</w:t></w:r></w:p>';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const tail = '</w:body></w:document>';
  return head + paragraph.repeat(Math.floor((bytes - head.length - tail.length) / paragraph.length)) + tail;
}

/** A Word document whose body is just under the family reader's 8 MiB part limit (decision 0063's worst case). */
export function heavyFamilyDocx(): Promise<Buffer> {
  return zipOf({ 'word/document.xml': xmlOfParagraphs(MAX_FAMILY_DOCX_PART_BYTES - 1024) });
}

/** A Word document whose body is just under the legacy reader's 20 MB limit. */
export function heavyLegacyDocx(): Promise<Buffer> {
  return zipOf({ 'word/document.xml': xmlOfParagraphs(LEGACY_LIMITS.docxXmlBytes - 1024) });
}
