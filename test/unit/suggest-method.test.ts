import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/load.js';
import type { Family } from '../../src/domain/family/schema.js';
import { educationClauses, educationFit, seniorityHits, yearsAsked } from '../../src/domain/suggest/cues.js';
import { type LegacyDescription, SENTENCE_LIMITS, sentencesOf } from '../../src/domain/suggest/legacy.js';
import { CUE_SCORE, suggestFube } from '../../src/domain/suggest/suggest.js';
import { splitCompound, term, terms } from '../../src/domain/suggest/text.js';

/** The suggestion method (src/domain/suggest, decision 0064); here and not beside it because it reads the family files. */
const load = (url: URL): Family => {
  const loaded = loadFamilySource(readFileSync(url, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.value;
};
const seed = load(new URL('../../families/organisatieondersteunende-functies.yaml', import.meta.url));
const dossiers = load(new URL('../fixtures/legacy/families/dossierbehandelende-functies.yaml', import.meta.url));

const must = <T>(result: { ok: true; value: T } | { ok: false; errors: unknown[] }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

const head: LegacyDescription = {
  title: 'Afdelingshoofd personeel',
  purpose: 'Het afdelingshoofd bouwt de HR-dienstverlening uit en bepaalt mee het HR-beleid van de organisatie.',
  tasks: [
    'Als hiërarchisch leidinggevende coördineren, aansturen en coachen van een team van tien medewerkers.',
    'Staat in voor de opmaak en verdediging van het budgetvoorstel en het beheer van het toegewezen budget.',
    'Leidt impactvolle programma’s waarbij verschillende projecten gecoördineerd en geïntegreerd worden, in afstemming met het topmanagement.',
    'Wordt opgevolgd op het realiseren van de strategische doelstellingen.',
  ],
  requirements: ['Master met minstens 12 jaar ervaring, waarvan 5 als leidinggevende.'],
};

const starter: LegacyDescription = {
  title: 'Medewerker personeelsadministratie',
  purpose: 'Ondersteunt collega’s bij vragen over verlof.',
  tasks: [
    'Beantwoordt vragen; verschillende oplossingen zijn beschikbaar en na analyse kiest de medewerker de juiste.',
    'Neemt deel aan werkgroepen.',
    'Wordt regelmatig opgevolgd op voortgang en tussentijdse resultaten.',
    'Formuleert verbeteringsvoorstellen vanuit de eigen werkervaring.',
  ],
  requirements: ['Bachelor, startfunctie.'],
};

describe('Dutch terms for the suggestion', () => {
  it('a verb in the third person meets its infinitive, a noun its plural', () => {
    expect(term('coordineert')).toBe(term('coordineren'));
    expect(term('leidt')).toBe(term('leiden'));
    expect(term('beheert')).toBe(term('beheren'));
    expect(term('budget')).toBe(term('budgetten'));
    expect(term('project')).toBe(term('projecten'));
  });

  it('folds accents and leaves out stop words', () => {
    expect(terms('Coördineert het team')).toEqual(terms('coordineert team'));
  });

  it('splits a compound into parts the vocabulary knows, with a linking s', () => {
    const vocabulary = new Set(terms('het budget beheren; het beleid voorbereiden; de voorbereiding'));
    expect(splitCompound('budgetbeheer', vocabulary)).toEqual([term('budget'), term('beheer')]);
    expect(splitCompound('beleidsvoorbereiding', vocabulary)).toEqual([term('beleid'), term('voorbereiding')]);
    expect(splitCompound('kantoorbenodigdheden', vocabulary)).toBeUndefined();
  });
});

describe('level cues', () => {
  it('reads years of experience as a range', () => {
    expect(yearsAsked('3 tot 6 jaar ervaring')).toEqual({ from: 3, to: 6 });
    expect(yearsAsked('minstens 10 jaar ervaring')).toEqual({ from: 10, to: Infinity });
    expect(yearsAsked('vijf jaar ervaring in HR')).toEqual({ from: 5, to: 5 });
    expect(yearsAsked('een startfunctie')).toEqual({ from: 0, to: 0 });
    expect(yearsAsked('ervaring is een plus')).toBeUndefined();
  });

  it("reads the seed family's education per level as clauses of diploma and years", () => {
    const clauses = seed.expertise.levels.map((l) => educationClauses(l.educationAndExperience));
    expect(clauses[0]).toEqual([
      { ranks: [1], years: { from: 3, to: 6 } },
      { ranks: [2], years: { from: 0, to: 0 } },
    ]);
    expect(clauses[3]).toEqual([
      { ranks: [2], years: { from: 10, to: Infinity } },
      { ranks: [3], years: { from: 6, to: Infinity } },
    ]);
  });

  it('a master with 8 years fits level 3 of the seed best; a bachelor starter level 1', () => {
    const eight = educationFit(seed, 'Master met 8 jaar ervaring')!;
    expect(eight.distances.indexOf(Math.min(...eight.distances))).toBe(2);
    const bachelor = educationFit(seed, 'Bachelor, startfunctie')!;
    expect(bachelor.distances.indexOf(Math.min(...bachelor.distances))).toBe(0);
    expect(educationFit(seed, 'Klantgericht en nauwkeurig')).toBeUndefined();
  });

  it('the manager who follows the function up is no sign that the function leads', () => {
    expect(seniorityHits(['Je leidinggevende volgt je wekelijks op.', 'Het diensthoofd bespreekt de planning.'])).toEqual([]);
    expect(seniorityHits(['Je bent hiërarchisch leidinggevende van acht medewerkers.'])).toEqual([{ sentence: 0, position: 1, weight: 2 }]);
  });
});

describe('sentences of a legacy description', () => {
  it('splits paragraphs into sentences, drops bullets, numbering, empties and repeats', () => {
    const sentences = sentencesOf({ title: 'Titel', purpose: 'Eerste zin. Tweede zin; Derde zin', tasks: ['- taak een', '2. taak twee', '•   ', '- taak een'], requirements: ['Master.'] });
    expect(sentences.map((s) => [s.section, s.text])).toEqual([
      ['title', 'Titel'],
      ['purpose', 'Eerste zin.'],
      ['purpose', 'Tweede zin;'],
      ['purpose', 'Derde zin'],
      ['tasks', 'taak een'],
      ['tasks', 'taak twee'],
      ['requirements', 'Master.'],
    ]);
  });
});

describe('suggestFube (lexical-v1)', () => {
  it('suggests the heaviest values for a head of department, each with the sentence that says so', () => {
    const s = must(suggestFube([seed], head));
    expect(s.family).toBe(seed.id);
    expect(s.values).toMatchObject({ 'rol-in-projecten': 4, 'impact-op-budgetten': 3, organisatievorm: 3, opvolging: 4 });
    expect(s.evidence['impact-op-budgetten']![0]).toEqual({ text: head.tasks[1], score: expect.any(Number) });
    expect(s.evidence['impact-op-budgetten']![0]!.score).toBeGreaterThan(0.3);
    expect(s.evidence.organisatievorm!.map((e) => e.text)).toContain(head.tasks[0]);
  });

  it('suggests the lightest values for a starter', () => {
    const s = must(suggestFube([seed], starter));
    expect(Object.values(s.values).every((v) => v === 1)).toBe(true);
    expect(s.level.estimate).toBeLessThan(1.8);
  });

  it('gives a value within range, evidence and a confidence 0..1 for every criterion, and no more', () => {
    for (const description of [head, starter]) {
      const s = must(suggestFube([seed], description));
      expect(Object.keys(s.values)).toEqual(seed.criteria.map((c) => c.id));
      for (const criterion of seed.criteria) {
        expect(s.values[criterion.id]).toBeGreaterThanOrEqual(1);
        expect(s.values[criterion.id]).toBeLessThanOrEqual(criterion.values.length);
        expect(s.confidence[criterion.id]).toBeGreaterThanOrEqual(0);
        expect(s.confidence[criterion.id]).toBeLessThanOrEqual(1);
        const scores = s.evidence[criterion.id]!.map((e) => e.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('evidence quotes only sentences of the legacy text', () => {
    const s = must(suggestFube([seed], head));
    const own = new Set(sentencesOf(head).map((x) => x.text));
    for (const list of Object.values(s.evidence)) for (const e of list) expect(own.has(e.text)).toBe(true);
  });

  it('a sentence that only names the level (diploma, seniority) counts as weak evidence', () => {
    const s = must(suggestFube([seed], { title: 'Adviseur', purpose: '', tasks: ['Werkt onder begeleiding.'], requirements: ['Bachelor, startfunctie.'] }));
    const cues = Object.values(s.evidence).flat().filter((e) => e.score === CUE_SCORE);
    expect(cues.length).toBeGreaterThan(0);
  });

  it('chooses the family whose texts fit, among several', () => {
    const dossier: LegacyDescription = {
      title: 'Dossierbehandelaar studietoelagen',
      purpose: 'Aanvragen voor studietoelagen behandelen.',
      tasks: ['Controleert aanvragen en bewijsstukken op volledigheid.', 'Behandelt standaarddossiers volgens vaste procedures.', 'Beantwoordt vragen van aanvragers aan het loket.'],
      requirements: ['Diploma secundair onderwijs.'],
    };
    expect(must(suggestFube([seed, dossiers], dossier)).family).toBe(dossiers.id);
    expect(must(suggestFube([dossiers, seed], head)).family).toBe(seed.id);
    const ranked = must(suggestFube([seed, dossiers], dossier)).familyScores;
    expect(ranked.map((r) => r.family)).toEqual([dossiers.id, seed.id]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('suggests result areas whose activities the tasks name', () => {
    const s = must(
      suggestFube([seed], {
        title: 'Adviseur',
        purpose: '',
        tasks: ['Bijhouden van vakliteratuur en volgen van nieuwe ontwikkelingen in het vakgebied.', 'Opbouwen en onderhouden van netwerken.'],
        requirements: [],
      }),
    );
    expect(s.resultAreas).toContain('kennis');
    expect(s.resultAreas).not.toContain('projectdeelname');
  });

  it('refuses without a family to compare with', () => {
    const result = suggestFube([], head);
    expect(result.ok).toBe(false);
  });

  it('an empty description still gives a value for every criterion, with low confidence', () => {
    const s = must(suggestFube([seed], { title: '', purpose: '', tasks: [], requirements: [] }));
    expect(Object.keys(s.values)).toHaveLength(seed.criteria.length);
    for (const c of Object.values(s.confidence)) expect(c).toBeLessThan(0.8);
    for (const list of Object.values(s.evidence)) expect(list).toEqual([]);
  });

  it('hostile text: NUL, control and bidi characters and huge input stay bounded and do not throw', () => {
    const nasty = `a\u0000b\u0007c\u202Ed ${'x'.repeat(5000)}`;
    const huge: LegacyDescription = { title: nasty, purpose: nasty, tasks: Array.from({ length: 50_000 }, (_, i) => `Coördineert project ${i}. ${nasty}`), requirements: [nasty] };
    const started = performance.now();
    const s = must(suggestFube([seed, dossiers], huge));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sentencesOf(huge).length).toBeLessThanOrEqual(SENTENCE_LIMITS.sentences);
    for (const list of Object.values(s.evidence)) for (const e of list) expect(e.text.length).toBeLessThanOrEqual(SENTENCE_LIMITS.sentenceChars);
  });

  it('is deterministic', () => {
    expect(must(suggestFube([seed, dossiers], head))).toEqual(must(suggestFube([seed, dossiers], head)));
  });
});
