import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { TestClock } from '../../src/domain/clock.js';
import type { Family } from '../../src/domain/family/schema.js';
import { loadFamilySource } from '../../src/domain/family/load.js';
import {
  acceptSuggestion,
  setActivities,
  chooseResultAreas,
  createFube,
  editResultArea,
  setSpecificKnowledge,
  setWeighing,
} from '../../src/domain/fube/index.js';
import { chooseAlternatives } from '../../src/domain/fube/choose-alternatives.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { type WorkflowState, initialState, transition } from '../../src/domain/workflow/index.js';
import { type FubeDocumentView, fubeDocumentView } from '../../src/documents/index.js';

export const SEED_FAMILY_FILE = new URL('../../families/organisatieondersteunende-functies.yaml', import.meta.url);
export const GENERATED_AT = '2026-11-03T10:00:00Z';

const must = <T>(result: { ok: true; value: T } | { ok: false; errors: { path: string; message: string }[] }): T => {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.value;
};

export function loadSeedFamily(): Family {
  return must(loadFamilySource(readFileSync(SEED_FAMILY_FILE, 'utf8'), { file: SEED_FAMILY_FILE.pathname }));
}

/** The chosen values of the example FUBE: level 3, one RG value (beleidsvoorbereiding 3). */
export const exampleValues = {
  complexiteit: 3,
  opvolging: 3,
  'rol-in-projecten': 3,
  'impact-op-budgetten': 2,
  beleidsvoorbereiding: 3,
  optimalisatie: 3,
  'interpersoonlijke-relaties': 1,
  organisatievorm: 2,
};

/** The OF alternative of organisatievorm 2 the example FUBE chose (1-based). */
export const EXAMPLE_ALTERNATIVE = 3;

export const SPECIFIC_KNOWLEDGE = 'Kennis van het Vlaams personeelsstatuut, de HR-processen van de entiteit en “Vlimpers”.';
export const OWN_ACTIVITY = 'Coördineert de jaarlijkse loopbaangesprekken van het departement';

/** A FUBE of the seed family, written, weighed and decided with the domain's own use cases. */
export function exampleFube(family: Family): FubeContent {
  let fube = must(createFube(family, { title: 'Beleidsadviseur HR', entityId: 'ent-omg', unitId: 'unit-hr', holderIds: ['p-an', 'p-zoë'], managerId: 'p-mia' }));
  fube = must(chooseResultAreas(fube, family, ['dienstverlening', 'adviesverlening', 'kennis']));
  fube = must(setWeighing(fube, family, exampleValues));
  // organisatievorm 2 has three OF alternatives: this function is the team's subject-matter contact.
  fube = must(chooseAlternatives(fube, family, 'organisatievorm', [EXAMPLE_ALTERNATIVE]));
  const rgIndex = fube.resultAreas.findIndex((a) => a.origin === 'rg');
  fube = must(editResultArea(fube, rgIndex, { goal: 'het HR-beleid te laten aansluiten op de noden van de organisatie' }));
  fube = must(setActivities(fube, 0, [...(fube.resultAreas[0]?.activities ?? []), OWN_ACTIVITY]));
  fube = setSpecificKnowledge(fube, SPECIFIC_KNOWLEDGE);
  return must(acceptSuggestion(fube, family));
}

/** The example FUBE proposed and validated (the class confirmed). */
export function validatedState(fube: FubeContent, family: Family): WorkflowState {
  const clock = new TestClock('2026-09-01T08:00:00Z');
  let state = initialState();
  state = must(transition(state, { type: 'propose' }, { clock, actorId: 'u-hr', fube, family })).state;
  clock.advance({ days: 31 });
  state = must(
    transition(
      state,
      {
        type: 'validate',
        validatorId: 'p-head',
        committee: { members: [{ personId: 'p-out', name: 'Hilde Peeters', role: 'hr', entityId: 'ent-fin', trainedInMethod: true }] },
        advice: { text: 'Het comité volgt de weging.' },
        decision: { class: fube.decision!.class, motivation: 'Het advies van het validatiecomité is gevolgd; de functie weegt als niveau 3.' },
      },
      { clock, actorId: 'p-head', fube, family },
    ),
  ).state;
  return state;
}

export const exampleNames = {
  entities: { 'ent-omg': 'Departement Omgeving', 'ent-fin': 'Departement Financiën en Begroting' },
  units: { 'unit-hr': 'Afdeling Personeel en Organisatie' },
  people: { 'p-an': 'An Janssens', 'p-zoë': 'Zoë Maes', 'p-mia': 'Mia Claes', 'p-head': 'Joëlle Verbeke' },
};

export function exampleView(family: Family = loadSeedFamily()): FubeDocumentView {
  const fube = exampleFube(family);
  return must(
    fubeDocumentView({
      content: fube,
      family,
      workflow: validatedState(fube, family),
      revision: 3,
      createdAt: '2026-08-20T09:00:00Z',
      updatedAt: '2026-10-02T14:00:00Z',
      names: exampleNames,
      generatedAt: GENERATED_AT,
    }),
  );
}

export interface DocxParts {
  document: string;
  styles: string;
  footers: string[];
  /** The page headers (a draft's marking is there, on every page). */
  headers: string[];
  numbering: string | undefined;
}

export async function openDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (file === null) throw new Error(`${name} ontbreekt in het Word-bestand`);
    return file.async('string');
  };
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    footers: await Promise.all(footerNames.map(read)),
    headers: await Promise.all(headerNames.map(read)),
    numbering: zip.file('word/numbering.xml') === null ? undefined : await read('word/numbering.xml'),
  };
}

/** The visible text of a WordprocessingML part: the w:t runs, one paragraph per line. */
export function docxText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : unescapeXml(m[1]))).join(''))
    .join('\n');
}

function unescapeXml(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

export async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}

/** Whitespace-insensitive, since PDF and table layouts break lines. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
