import { describe, expect, it } from 'vitest';
import { readyFube, testFamily } from '../fube/test-family.js';
import { checkFamilyWording, checkFubeWording, checkWording, checkWordingIn } from './gender-neutral.js';

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
