import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { LEGACY_LIMITS, readLegacyFile, splitLegacyText } from '../../src/documents/legacy/index.js';

/**
 * Reading old function descriptions (issue 17 item 3): the three formats of the labelled set,
 * the encodings old exports use, the split into parts, and files that must be refused with a
 * Dutch reason naming the file (and never crash the bulk import).
 */

const FIXTURES = new URL('../fixtures/legacy/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const dir = mkdtempSync(join(tmpdir(), 'weegschaal-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

async function read(file: string) {
  const result = await readLegacyFile(file);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

async function refusal(file: string) {
  const result = await readLegacyFile(file);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('read');
  expect(result.errors[0]!.file).toBe(file);
  return result.errors[0]!;
}

describe('reading legacy descriptions', () => {
  it('a Word document: title, headings, list items as tasks, the profile from a table', async () => {
    const doc = await read(fixture('13-teamcoordinator-payroll.docx'));
    expect(doc.format).toBe('docx');
    expect(doc.description.title).toBe('Teamcoördinator payroll');
    expect(doc.description.purpose).toMatch(/^Het payrollteam dagelijks organiseren/);
    expect(doc.description.tasks).toHaveLength(7);
    expect(doc.description.tasks[0]).toMatch(/^Stuurt de dagelijkse operationele activiteiten/);
    expect(doc.description.requirements).toEqual(['Master of bachelor met minstens 6 jaar ervaring in loonadministratie.']);
    expect(doc.warnings).toEqual([]);
  });

  it('a PDF: lines wrapped by the layout are joined again', async () => {
    const doc = await read(fixture('10-kwaliteitscoordinator.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.description.title).toBe('Kwaliteitscoördinator');
    expect(doc.description.tasks[0]).toBe('Analyseert de kwaliteitsproblemen van de processen en plaatst ze in de ruimere context van de organisatie.');
    expect(doc.description.tasks).toHaveLength(9);
    expect(doc.description.context).toBeUndefined();
  });

  it('Windows-1252, UTF-16 with and without a byte order mark, UTF-8 with one', async () => {
    const cp1252 = await read(fixture('16-deskundige-boekhouding.txt'));
    expect(cp1252.text).toContain('onkostennota’s');
    expect(cp1252.text).toContain('financiële');
    const text = 'Functietitel: Jurist\nTaken\n- Adviseert over overheidsopdrachten\nProfiel\n- Master in de rechten';
    for (const [name, bytes] of [
      ['utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf16.txt', Buffer.from(text, 'utf16le')],
      ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
      ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ] as const) {
      const doc = await read(write(name, bytes));
      expect(doc.description, name).toEqual({ title: 'Jurist', purpose: '', tasks: ['Adviseert over overheidsopdrachten'], requirements: ['Master in de rechten'] });
    }
  });

  it('NUL and control characters are dropped from the text', async () => {
    const doc = await read(write('nul.txt', 'Titel\u0000 met NUL\nTaken\n- Beheert\u0007 het budget\u0000'));
    expect(doc.description.title).toBe('Titel met NUL');
    expect(doc.description.tasks).toEqual(['Beheert het budget']);
  });

  it('every labelled file reads with a title and tasks', async () => {
    const { readdirSync } = await import('node:fs');
    for (const name of readdirSync(FIXTURES).filter((n) => /^\d\d-/.test(n))) {
      const doc = await read(fixture(name));
      expect(doc.description.title, name).not.toBe('');
      expect(doc.description.tasks.length, name).toBeGreaterThan(0);
    }
  });
});

describe('files that are refused, each with a Dutch reason and the file name', () => {
  it('binary garbage named .txt', async () => {
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 256;
    expect((await refusal(write('garbage.txt', garbage))).message).toMatch(/geen leesbare tekst/);
  });

  it('an empty file, a text without letters', async () => {
    expect((await refusal(write('empty.txt', ''))).message).toBe('is leeg');
    expect((await refusal(write('digits.txt', '1234 5678\n---\n'))).message).toMatch(/geen leesbare tekst/);
  });

  it('a file larger than the limit, without reading it', async () => {
    const file = write('huge.txt', '');
    truncateSync(file, LEGACY_LIMITS.bytes + 1);
    expect((await refusal(file)).message).toMatch(/is te groot \(10 MB; hoogstens 10 MB\)/);
  });

  it('a text just under the limit is read, the part past the character limit left out with a warning', async () => {
    const line = 'Taken\n- Coördineert de werking van de dienst en adviseert het management.\n';
    const doc = await read(write('long.txt', `Lange functie\n${line.repeat(Math.ceil(LEGACY_LIMITS.chars / line.length) + 10)}`));
    expect(doc.text.length).toBeLessThanOrEqual(LEGACY_LIMITS.chars);
    expect(doc.warnings).toContain(`alleen de eerste ${LEGACY_LIMITS.chars} tekens zijn gelezen`);
  });

  it('a .docx that is no ZIP, a ZIP without a Word body, a damaged one, an old .doc, another type', async () => {
    expect((await refusal(write('plain.docx', 'dit is geen zip'))).message).toBe('is geen geldig Word-document (.docx)');
    const zip = new JSZip();
    zip.file('readme.txt', 'hallo');
    expect((await refusal(write('other.docx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })))).message).toMatch(/word\/document\.xml ontbreekt/);
    const real = (await import('node:fs')).readFileSync(fixture('04-afdelingshoofd-communicatie.docx'));
    expect((await refusal(write('cut.docx', real.subarray(0, Math.floor(real.length / 2))))).message).toMatch(/beschadigd Word-document/);
    expect((await refusal(write('oud.doc', 'x'))).message).toMatch(/oude Word-formaat \(\.doc\)/);
    expect((await refusal(write('notities.md', '# x'))).message).toMatch(/onbekend bestandstype '\.md'/);
  });

  it('a "zip bomb": a Word body that inflates past the limit stops at the limit', async () => {
    const zip = new JSZip();
    // Declared small in the directory would be a lie the reader must survive too: the inflate limit holds either way.
    zip.file('word/document.xml', Buffer.alloc(LEGACY_LIMITS.docxXmlBytes + 1024, 0x20));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(LEGACY_LIMITS.bytes);
    expect((await refusal(write('bomb.docx', bytes))).message).toMatch(/tekst te groot/);
    // The same with the directory's size forged to look small.
    const forged = Buffer.from(bytes);
    const central = forged.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    forged.writeUInt32LE(1000, central + 24);
    expect((await refusal(write('forged.docx', forged))).message).toMatch(/tekst te groot/);
  });

  it('a PDF that is not one, and a damaged PDF', async () => {
    expect((await refusal(write('fake.pdf', 'hallo'))).message).toBe('is geen geldig PDF-bestand');
    const real = (await import('node:fs')).readFileSync(fixture('10-kwaliteitscoordinator.pdf'));
    expect((await refusal(write('cut.pdf', real.subarray(0, 400)))).message).toMatch(/PDF die niet gelezen kan worden/);
  });
});

describe('splitting a text into its parts', () => {
  it('vacancy style: questions as headings, the opening paragraph as purpose, offer and contact left out', () => {
    const { description } = splitLegacyText(
      'Adviseur HR\nWat ga je doen?\nJe bouwt mee aan het HR-beleid.\n• Je adviseert leidinggevenden.\n• Je leidt werkgroepen.\nWie ben jij?\n• Master, 5 jaar ervaring.\nWat bieden we?\nEen boeiende job.\nContact\nmail ons',
    );
    expect(description).toEqual({ title: 'Adviseur HR', purpose: 'Je bouwt mee aan het HR-beleid.', tasks: ['Je adviseert leidinggevenden.', 'Je leidt werkgroepen.'], requirements: ['Master, 5 jaar ervaring.'] });
  });

  it('inline headings ("Doel: …"), an explicit title after a generic first line, capitals made readable', () => {
    const { description } = splitLegacyText('FUNCTIEBESCHRIJVING\nFunctiebenaming: DESKUNDIGE AANKOOP\nDoel: aankopen verzorgen.\nTaken:\n1. Vraagt offertes op.\nGevraagd: bachelor.');
    expect(description).toEqual({ title: 'Deskundige aankoop', purpose: 'aankopen verzorgen.', tasks: ['Vraagt offertes op.'], requirements: ['bachelor.'] });
  });

  it('a labelled task ("Kennis: …") among tasks stays a task', () => {
    const { description } = splitLegacyText('Architect\nResultaatgebieden\nKennis: fungeert als aanspreekpunt.\nProfiel\nMaster.');
    expect(description.tasks).toEqual(['Kennis: fungeert als aanspreekpunt.']);
  });

  it('no headings at all: the first sentence is the purpose, a diploma line a requirement, the rest tasks, with a warning', () => {
    const split = splitLegacyText('Boekhouder\nBoekt facturen in. Volgt betalingen op.\n- beantwoordt vragen\nBachelor boekhouden, startfunctie.');
    expect(split.description).toEqual({ title: 'Boekhouder', purpose: 'Boekt facturen in.', tasks: ['Volgt betalingen op.', 'beantwoordt vragen'], requirements: ['Bachelor boekhouden, startfunctie.'] });
    expect(split.warnings).toContain('geen kopjes gevonden: doel, taken en vereisten zijn geraden');
  });
});
