import { describe, expect, it } from 'vitest';
import { readyFube, testFamily } from '../fube/test-family.js';
import { checkFamilyWording, checkFubeWording, checkWording, checkWordingIn } from './gender-neutral.js';
import { GENDERED, NEUTRAL } from './fixtures/gendered-sentences.js';

describe('gender-neutral wording check', () => {
  it('flags the seed family\'s masculine generic "zijn werk"', () => {
    const findings = checkWording('Neemt verantwoordelijkheid voor zijn werk');
    expect(findings).toEqual([
      expect.objectContaining({ match: 'zijn', code: 'gendered-pronoun', index: 'Neemt verantwoordelijkheid voor '.length }),
    ]);
  });

  it('flags "binnen zijn entiteit" and "bij zijn aanpak"', () => {
    const text = 'Stimuleert de samenwerking binnen zijn entiteit. Betrekt brede factoren bij zijn aanpak.';
    expect(checkWording(text).map((f) => f.match)).toEqual(['zijn', 'zijn']);
  });

  it('does not flag the verb "zijn"', () => {
    expect(checkWording('Verschillende oplossingen zijn beschikbaar')).toEqual([]);
    expect(checkWording('Oplossingen zijn slechts gedeeltelijk gekend')).toEqual([]);
  });

  it('does not flag paired pronouns', () => {
    expect(checkWording('voor zijn/haar werk; hij/zij neemt het initiatief; hem of haar')).toEqual([]);
  });

  it('flags a singular "hij" and a gendered title, not plural "zij"', () => {
    const findings = checkWording('Hij leidt het team als vakman. Zij worden opgevolgd.');
    expect(findings.map((f) => [f.match, f.code])).toEqual([
      ['Hij', 'gendered-pronoun'],
      ['vakman', 'gendered-title'],
    ]);
  });

  it('does not flag words that only end like a title', () => {
    expect(checkWording('het register en de minister')).toEqual([]);
    // The seed's education levels ask for "een master": a degree, not a title.
    expect(checkWording('een master met enkele jaren ervaring; masters of bachelors')).toEqual([]);
  });
});

describe('wording check over a whole object', () => {
  it('reports the field path of every finding', () => {
    const family = {
      id: 'x-man',
      competencies: [{ id: 'initiatief', levels: [{ level: 2, text: 'Lost problemen binnen zijn takendomein op' }] }],
      purpose: { what: 'Zorgt voor de dienstverlening', goal: 'met als doel dat hij slaagt' },
    };
    expect(checkWordingIn(family).map((f) => [f.path, f.match])).toEqual([
      ['competencies[0].levels[0].text', 'zijn'],
      ['purpose.goal', 'hij'],
    ]);
  });
});

describe('findings for the adapters', () => {
  it('names the rule, so the suggestion can be worded in every language', () => {
    expect(checkWording('voor zijn werk; hij leidt; vakman').map((f) => f.rule)).toEqual(['possessive', 'pronoun', 'title']);
  });

  it('shows the words around the match, cut at a word boundary', () => {
    const text = 'Deze zin is lang genoeg om te knippen aan beide kanten, want neemt verantwoordelijkheid voor zijn werk en voor het werk van het team en nog veel meer.';
    const [finding] = checkWordingIn({ text });
    expect(finding?.excerpt).toEqual({ before: '…want neemt verantwoordelijkheid voor ', after: ' werk en voor het werk van het team en…' });
    expect(checkWordingIn({ text: 'voor zijn werk' })[0]?.excerpt).toEqual({ before: 'voor ', after: ' werk' });
  });

  it("finds the family's own texts but not its source note", () => {
    const family = { ...testFamily, source: 'voor zijn archief', purpose: { what: 'Zorgt voor zijn klanten', goal: 'goed te werken' } };
    expect(checkFamilyWording(family).map((f) => f.path)).toEqual(['purpose.what']);
  });

  it("checks a FUBE's written texts, not its ids or generated weighing text", () => {
    const content = {
      ...readyFube(),
      title: 'Vakman ICT',
      purpose: { what: 'Ondersteunt collega’s', goal: 'dat hij slaagt' },
      specificKnowledge: 'Kent de regels voor zijn domein',
      entityId: 'hij',
    };
    expect(checkFubeWording(content).map((f) => [f.path, f.match])).toEqual([
      ['title', 'Vakman'],
      ['purpose.goal', 'hij'],
      ['specificKnowledge', 'zijn'],
    ]);
  });
});

describe('possessive "zijn" and "haar", the verb "zijn" left alone', () => {
  it('flags "zodat zijn afdeling", "haar team" and a sentence that starts with "Zijn"', () => {
    expect(checkWording('Bespreekt de cijfers zodat zijn afdeling kan bijsturen.').map((f) => [f.match, f.rule])).toEqual([['zijn', 'possessive']]);
    expect(checkWording('Haar team telt vijf mensen.').map((f) => f.match)).toEqual(['Haar']);
    expect(checkWording('Zijn leidinggevende keurt het goed.').map((f) => f.match)).toEqual(['Zijn']);
  });

  it('does not flag "zijn" as a verb', () => {
    for (const text of ['De mensen die zijn verantwoordelijk voor de planning.', 'de taken zijn', 'De taken zijn divers.', 'Zijn er vragen?', 'om efficiënt te zijn', 'De cijfers moeten correct zijn.'])
      expect(checkWording(text), text).toEqual([]);
  });

  it('suggests the words rewritten: "de eigen afdeling", "het eigen team"', () => {
    const replacement = (text: string) => checkWording(text)[0]?.replacement;
    expect(replacement('zodat zijn afdeling kan bijsturen')).toBe('de eigen afdeling');
    expect(replacement('Motiveert haar team')).toBe('het eigen team');
    expect(replacement('Plant zijn eigen werk')).toBe('het eigen werk');
    expect(replacement('Coacht zijn directe collega’s')).toBe('de eigen directe collega’s');
    expect(replacement('binnen zijn entiteit')).toBe('de eigen entiteit');
  });

  it('finds at least 90 % of the gendered sentences of a held-out list, and flags at most 10 % wrongly', () => {
    const flagged = (text: string) => checkWording(text).length > 0;
    const truePositives = GENDERED.filter(flagged).length;
    const falsePositives = NEUTRAL.filter(flagged);
    const missed = GENDERED.filter((text) => !flagged(text));
    const recall = truePositives / GENDERED.length;
    const precision = truePositives / (truePositives + falsePositives.length);
    console.info(
      `gender check on ${GENDERED.length} gendered and ${NEUTRAL.length} neutral sentences: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}` +
        `${missed.length > 0 ? `; missed: ${missed.join(' | ')}` : ''}${falsePositives.length > 0 ? `; wrongly flagged: ${falsePositives.join(' | ')}` : ''}`,
    );
    expect(GENDERED.length + NEUTRAL.length).toBeGreaterThanOrEqual(60);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
