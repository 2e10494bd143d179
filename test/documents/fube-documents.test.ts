import { beforeAll, describe, expect, it } from 'vitest';
import { valueText } from '../../src/domain/family/query.js';
import type { Family } from '../../src/domain/family/schema.js';
import { buildFubeDocx, buildFubePdf, type FubeDocumentView, fubeDocumentView, fubeDocumentViewSchema } from '../../src/documents/index.js';
import { labels } from '../../src/documents/labels.js';
import {
  type DocxParts,
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
    return valueText(criterion.values[value - 1]!);
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
    expect(footer).toContain('aangemaakt op 3 november 2026');
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
    for (const expected of ['Zoë Maes', 'Joëlle Verbeke', 'Departement Financiën en Begroting', '“Vlimpers”', OWN_ACTIVITY, 'aangemaakt op 3 november 2026'])
      expect(flat).toContain(expected);
    for (const chosen of chosenTexts()) expect(flat).toContain(squash(chosen));
  });
});
