import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/index.js';
import { appealCommitteeConflicts, conflictsOf, validationCommitteeConflicts } from './committee-conflicts.js';

const parties = { entityId: 'dfb', managerId: 'p-mia', holderIds: ['p-an', 'p-bert'], writerPersonIds: ['p-hr', 'p-mia'], weigherPersonIds: ['p-hr'] };
const member = (personId: string, name: string, entityId: string | null = 'dfb') => ({ personId, name, entityId });
const text = (e: { code: string; params?: unknown }, locale: 'nl' | 'en' = 'nl') => renderMessage(locale, { key: e.code, params: e.params as never });

describe('who may not sit in a validation committee', () => {
  it('keeps out the manager, the holders and whoever wrote or weighed the FUBE, naming every reason', () => {
    expect(conflictsOf('p-mia', parties)).toEqual(['manager', 'writer']);
    expect(conflictsOf('p-bert', parties)).toEqual(['holder']);
    expect(conflictsOf('p-hr', parties)).toEqual(['writer', 'weigher']);
    expect(conflictsOf('p-els', parties)).toEqual([]);
    const errors = validationCommitteeConflicts([member('p-els', 'Els Extern', 'afb'), member('p-mia', 'Mia Maes'), member('p-hr', 'Ines Intern')], parties);
    expect(errors.map((e) => e.path)).toEqual(['committee.members[1].personId', 'committee.members[2].personId']);
    expect(text(errors[0]!)).toBe(
      'Mia Maes mag niet in het validatiecomité van deze FUBE zetelen (leidinggevende van de functie, schreef mee aan de FUBE): niemand zetelt in het comité voor een FUBE die hij of zij leidt, houdt, schreef of woog',
    );
    expect(text(errors[1]!, 'en')).toContain('Ines Intern cannot sit in the validation committee of this FUBE (helped write the FUBE, weighed the function)');
  });

  it('a FUBE without manager keeps nobody out for being its manager', () => {
    expect(conflictsOf('p-mia', { ...parties, managerId: null, writerPersonIds: [] })).toEqual([]);
  });
});

describe('the appeal committee', () => {
  it('needs a member from outside the entity; a person of no entity does not count as one', () => {
    expect(appealCommitteeConflicts([member('p-bea', 'Bea Beroep')], { entityId: 'dfb', appellantIds: [] }).map((e) => e.code)).toEqual(['workflow.appeal-committee-without-outsider']);
    expect(appealCommitteeConflicts([member('p-nobody', 'Niemand', null)], { entityId: 'dfb', appellantIds: [] }).map((e) => e.code)).toEqual(['workflow.appeal-committee-without-outsider']);
    expect(appealCommitteeConflicts([member('p-bea', 'Bea Beroep'), member('p-x', 'Xavier Beroep', 'afb')], { entityId: 'dfb', appellantIds: [] })).toEqual([]);
  });

  it('keeps out who lodged the appeal, by name', () => {
    const errors = appealCommitteeConflicts([member('p-an', 'An Peeters'), member('p-x', 'Xavier Beroep', 'afb')], { entityId: 'dfb', appellantIds: ['p-an'] });
    expect(errors.map((e) => e.path)).toEqual(['committee.members[0].personId']);
    expect(text(errors[0]!)).toBe('An Peeters stelde dit beroep in en mag niet in de beroepscommissie zetelen die erover beslist');
  });
});
