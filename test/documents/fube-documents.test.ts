import { beforeAll, describe, expect, it } from 'vitest';
import { chooseAlternatives, chosenValueText } from '../../src/domain/fube/choose-alternatives.js';
import { setWeighing } from '../../src/domain/fube/set-weighing.js';
import type { Family } from '../../src/domain/family/schema.js';
import { buildFubeDocx, buildFubePdf, type FubeDocumentView, fubeDocumentView, fubeDocumentViewSchema } from '../../src/documents/index.js';
import { labels } from '../../src/documents/labels.js';
import {
  type DocxParts,
  EXAMPLE_ALTERNATIVE,
  exampleFube,
  exampleValues,
  exampleView,
  GENERATED_AT,
  loadSeedFamily,
  OWN_ACTIVITY,
  openDocx,
  docxText,
  pdfText,
  SPECIFIC_KNOWLEDGE,
  squash,
  validatedState,
} from './fixtures.js';

const sectionHeadings = [
  labels.identification,
  labels.purpose,
  labels.resultAreas,
  labels.weighing,
  labels.expertise,
  labels.competencies,
  labels.validation,
];

let family: Family;
let view: FubeDocumentView;
let docx: DocxParts;
let text: string;

beforeAll(async () => {
  family = loadSeedFamily();
  view = exampleView(family);
  docx = await openDocx(await buildFubeDocx(view));
  text = docxText(docx.document);
});

/** The chosen value texts of the example weighing, read from the family itself. */
function chosenTexts(): string[] {
  return Object.entries(exampleValues).map(([criterionId, value]) => {
    const criterion = family.criteria.find((c) => c.id === criterionId)!;
    return chosenValueText(criterion.values[value - 1]!, criterionId === 'organisatievorm' ? [EXAMPLE_ALTERNATIVE] : undefined);
  });
}

describe('the FUBE document view', () => {
  it('is valid against its own schema and carries the class in force, the holders by name and the profile of the class', () => {
    expect(fubeDocumentViewSchema.parse(view)).toEqual(view);
    expect(view.identification).toMatchObject({ level: 3, class: 17, holders: ['An Janssens', 'Zoë Maes'], manager: 'Mia Claes', state: 'validated', revision: 3 });
    expect(view.competencies?.map((c) => c.name)).toContain('Analyseren');
    expect(view.validation).toMatchObject({ validator: 'Joëlle Verbeke', confirmed: true, class: 17 });
  });

  it('refuses a FUBE of another family version, naming the field', () => {
    const fube = exampleFube(family);
    const result = fubeDocumentView({ content: { ...fube, familyVersion: 9 }, family, workflow: validatedState(fube, family), revision: 1, generatedAt: GENERATED_AT });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'document.family-mismatch', path: 'familyId' }] });
  });

  it('refuses a weighing value the family does not have', () => {
    const fube = exampleFube(family);
    const broken = { ...fube, weighing: { ...fube.weighing!, values: { ...fube.weighing!.values, complexiteit: 7 } } };
    const result = fubeDocumentView({ content: broken, family, workflow: { status: 'draft', revision: 1 }, revision: 1, generatedAt: GENERATED_AT });
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'weighing.values.complexiteit' }] });
  });
});

describe('the FUBE as a Word document', () => {
  it('has every section as a real Heading1 paragraph', () => {
    for (const heading of sectionHeadings) expect(docx.document).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>.*?<w:t[^>]*>${heading}</w:t>`));
    expect(docx.styles).toContain('w:styleId="Heading1"');
    expect(docx.styles).toContain('w:styleId="Heading2"');
    expect(docx.styles).toContain('w:styleId="Title"');
  });

  it('shows the identification: entity, unit, family, level, class, holders, manager, state and dates', () => {
    for (const expected of [
      'Beleidsadviseur HR',
      'Departement Omgeving',
      'Afdeling Personeel en Organisatie',
      'Organisatieondersteunende functies (versie 1)',
      'An Janssens, Zoë Maes',
      'Mia Claes',
      'gevalideerd',
      '20 augustus 2026',
    ])
      expect(text).toContain(expected);
  });

  it('lists the result areas with their activities as a bulleted list, the function’s own activity included', () => {
    for (const area of view.resultAreas) expect(text).toContain(area.title);
    expect(text).toContain(OWN_ACTIVITY);
    expect(text).toContain(labels.rgResultArea);
    expect(docx.document).toContain('<w:numPr>');
    expect(docx.numbering).toBeDefined();
  });

  it('shows every criterion with its chosen value text in a table with a header row', () => {
    const flat = squash(text);
    for (const chosen of chosenTexts()) expect(flat).toContain(squash(chosen));
    for (const criterion of family.criteria) expect(text).toContain(criterion.name);
    expect(docx.document).toContain('<w:tblHeader/>');
    expect(text).toContain(`${labels.suggestion}: functiefamilieniveau 3, functieklasse 17`);
    expect(text).toContain(labels.flags);
    expect(text).toContain('Gereconstrueerde kolomspan');
  });

  it('shows the knowledge of the level and the function-specific knowledge', () => {
    const level3 = family.expertise.levels.find((e) => e.level === 3)!;
    expect(squash(text)).toContain(squash(level3.knowledge));
    expect(squash(text)).toContain(squash(level3.educationAndExperience));
    expect(text).toContain(SPECIFIC_KNOWLEDGE);
  });

  it('shows the competencies the class requires with their level texts', () => {
    for (const competency of view.competencies!) {
      expect(text).toContain(competency.name.replace(/ \*$/, ''));
      expect(squash(text)).toContain(squash(competency.levelText));
    }
  });

  it('shows the validation block: committee, validator and decision date', () => {
    expect(text).toContain('Hilde Peeters (HR, Departement Financiën en Begroting, opgeleid in de methode)');
    expect(text).toContain('Joëlle Verbeke');
    expect(text).toContain('2 oktober 2026');
    expect(text).toContain('Het advies van het validatiecomité is gevolgd');
  });

  it('has a footer with the revision and the generation date', () => {
    const footer = docx.footers.map(docxText).join('\n');
    expect(footer).toContain('Versie 3');
    expect(footer).toContain('opgemaakt op 3 november 2026');
    expect(docx.footers.join('')).toContain('PAGE');
  });

  it('marks level and class as a suggestion while they are not decided', async () => {
    const fube = { ...exampleFube(family), decision: undefined };
    const draft = fubeDocumentView({ content: fube, family, workflow: { status: 'draft', revision: 1 }, revision: 1, generatedAt: GENERATED_AT });
    if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
    expect(draft.value.identification).toMatchObject({ level: 3, class: 17, decided: false });
    const draftText = docxText((await openDocx(await buildFubeDocx(draft.value))).document);
    expect(draftText).toContain('Functieklasse\n17 (voorstel, nog niet beslist)');
  });

  it('escapes texts that look like markup', async () => {
    const marked = { ...view, identification: { ...view.identification, title: 'R&D <analist> "senior"' } };
    const xml = (await openDocx(await buildFubeDocx(marked))).document;
    expect(xml).toContain('R&amp;D &lt;analist&gt;');
    expect(xml).not.toContain('<analist>');
  });

  it('says plainly what is not there yet for a draft without weighing', async () => {
    const fube = { ...exampleFube(family), weighing: undefined, decision: undefined };
    const draft = fubeDocumentView({ content: fube, family, workflow: { status: 'draft', revision: 1 }, revision: 1, generatedAt: GENERATED_AT });
    if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
    const draftText = docxText((await openDocx(await buildFubeDocx(draft.value))).document);
    for (const expected of [labels.noWeighing, labels.noDecision, labels.noCompetencies, labels.notValidated, 'ontwerp']) expect(draftText).toContain(expected);
  });
});

describe('the FUBE as a PDF', () => {
  it('carries the sections and the Dutch texts with their accents, on a few pages', async () => {
    const pdf = await pdfText(await buildFubePdf(view));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(8);
    const flat = squash(pdf.text);
    for (const heading of sectionHeadings) expect(flat).toContain(heading);
    for (const expected of ['Zoë Maes', 'Joëlle Verbeke', 'Departement Financiën en Begroting', '“Vlimpers”', OWN_ACTIVITY, 'opgemaakt op 3 november 2026'])
      expect(flat).toContain(expected);
    for (const chosen of chosenTexts()) expect(flat).toContain(squash(chosen));
  });
});

const must = <T>(result: { ok: true; value: T } | { ok: false; errors: { code: string }[] }): T => {
  if (!result.ok) throw new Error(result.errors.map((e) => e.code).join(', '));
  return result.value;
};

describe('OF alternatives in the documents (issue 14 item 5)', () => {
  it('only the chosen alternative is in the Word document and the PDF; the others are not', async () => {
    const items = family.criteria.find((c) => c.id === 'organisatievorm')!.values[1]!.parts!.items;
    const chosen = squash(items[EXAMPLE_ALTERNATIVE - 1]!);
    const others = items.filter((_, i) => i !== EXAMPLE_ALTERNATIVE - 1).map(squash);
    const pdf = squash((await pdfText(await buildFubePdf(view))).text);
    for (const [name, body] of [['Word', squash(text)], ['PDF', pdf]] as const) {
      expect(body, name).toContain(chosen.slice(0, 60));
      for (const other of others) expect(body, `${name}: ${other}`).not.toContain(other.slice(0, 40));
    }
  }, 60_000);

  it('an RG area from an OF value carries the chosen text, titled from it, "met als doel" once', async () => {
    const fube = must(chooseAlternatives(must(setWeighing(exampleFube(family), family, { ...exampleValues, organisatievorm: 3 })), family, 'organisatievorm', [2]));
    const built = must(fubeDocumentView({ content: fube, family, workflow: { status: 'draft', revision: 1 }, revision: 2, generatedAt: GENERATED_AT }));
    const word = squash(docxText((await openDocx(await buildFubeDocx(built))).document));
    expect(word).toContain('Vanuit een doorgedreven expertise');
    expect(word).not.toContain('hiërarchisch leidinggevende');
    expect(word.match(/het kennisniveau op peil te houden/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(word).not.toMatch(/met als doel [^.]*met als doel/);
  }, 60_000);
});

describe('who a FUBE document is for (issue 14 item 6)', () => {
  /** The text of each page of a PDF. */
  async function pdfPages(buffer: Buffer): Promise<string[]> {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: false });
    return pages.map(squash);
  }
  /** Every working note a holder must not read. */
  const notes = () => [
    'median-v1',
    labels.weighingRule,
    labels.flags,
    labels.noFlags,
    labels.reconstructedMark,
    squash(labels.reconstructedLegend),
    squash(family.expertise.instruction),
    'Grote spreiding',
  ];

  it('the holders’ version of a validated FUBE, in Word and PDF, carries none of the working notes; the internal one keeps them', async () => {
    const holderView: FubeDocumentView = { ...view, audience: 'holder' };
    const holderWord = squash(docxText((await openDocx(await buildFubeDocx(holderView))).document));
    const holderPdf = (await pdfPages(await buildFubePdf(holderView))).join(' ');
    for (const note of notes()) {
      expect(holderWord, note).not.toContain(note);
      expect(holderPdf, note).not.toContain(note);
    }
    // The internal version (HR, committees) has the rule, the points of attention and the instruction.
    const internalWord = squash(text);
    for (const note of ['median-v1', labels.flags, squash(family.expertise.instruction)]) expect(internalWord, note).toContain(note);
    // The holders still read every chosen value and the decision.
    for (const c of view.weighing!.criteria) expect(holderWord).toContain(squash(c.valueText));
  }, 60_000);

  it('a draft and a proposal say "ONTWERP — geen beslissing" on every page and show no class as decided', async () => {
    const fube = exampleFube(family);
    for (const status of ['draft', 'proposed'] as const) {
      const workflow = status === 'draft' ? { status, revision: 1 } : { ...validatedState(fube, family), status, validation: undefined };
      const draft = fubeDocumentView({ content: fube, family, workflow: workflow as never, revision: 1, generatedAt: GENERATED_AT, audience: 'holder' });
      if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
      // HR's own decision is there, but as a proposal.
      expect(draft.value.identification.decided).toBe(false);
      const pages = await pdfPages(await buildFubePdf(draft.value));
      expect(pages.length).toBeGreaterThan(1);
      for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain(labels.draftMarking);
      const word = await openDocx(await buildFubeDocx(draft.value));
      expect(word.headers.map(docxText).join('')).toContain(labels.draftMarking);
      const body = docxText(word.document);
      expect(body).toMatch(/Functieklasse\n\d+ \(voorstel, nog niet beslist\)/);
      expect(body).toContain(labels.proposedDecision);
    }
    // A validated FUBE carries no marking.
    const validated = await openDocx(await buildFubeDocx(view));
    expect(validated.headers.map(docxText).join('')).not.toContain(labels.draftMarking);
    expect((await pdfPages(await buildFubePdf(view)))[0]).not.toContain(labels.draftMarking);
  }, 60_000);
});

describe('the date the class takes effect', () => {
  it('is printed in the validation: the validator’s date, or the rule when none was set', async () => {
    const rule = docxText((await openDocx(await buildFubeDocx(view))).document);
    expect(rule).toContain(`${labels.effectiveFrom}\n${labels.effectiveAtNotification}`);
    const dated: FubeDocumentView = { ...view, validation: { ...view.validation!, effectiveFrom: '2026-04-01' } };
    expect(docxText((await openDocx(await buildFubeDocx(dated))).document)).toContain(`${labels.effectiveFrom}\n1 april 2026`);
  });
});
