import { beforeAll, expect, it } from 'vitest';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { initialState } from '../../src/domain/workflow/schema.js';
import type { Store } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

/**
 * Search as people type (issue 15 item 7, decision 0048): the beginning of a word and the
 * parts of Dutch compounds find FUBEs, on both databases alike, ranked exact before prefix
 * before compound part; short nonsense finds nothing.
 */
const catalogue: Record<string, Partial<FubeContent>> = {
  kwaliteit: { title: 'Kwaliteitscoördinator', entityId: 'dep-fin', specificKnowledge: 'Kennis van kwaliteitszorg' },
  aankoop: { title: 'Aankoopdeskundige', entityId: 'dep-fin', specificKnowledge: 'Kennis van de regelgeving' },
  contractmanager: { title: 'Contractmanager', entityId: 'dep-hr', specificKnowledge: 'Kennis van de regelgeving' },
  energie: { title: 'Energiedeskundige', entityId: 'dep-hr', specificKnowledge: 'Kennis van de regelgeving' },
  preventie: { title: 'Preventieadviseur', entityId: 'dep-ict', specificKnowledge: 'Kennis van de welzijnswet' },
  controller: { title: 'Controller', entityId: 'dep-ict', purpose: { what: 'De begroting van het departement opmaken', goal: 'een gezond beleid te voeren' } },
  // For the ranking of "contract": the word itself (plural) in the text, as a prefix in the
  // title (above), as a later compound part in the text.
  jurist: { title: 'Jurist', entityId: 'dep-fin', specificKnowledge: 'Kennis van contracten en overeenkomsten' },
  aankoper: { title: 'Aankoper', entityId: 'dep-hr', specificKnowledge: 'Opvolging van de raamcontracten' },
};

describeEachDatabase('search as people type: prefixes, compound parts and their ranking', (database) => {
  let store: Store;
  const byName: Record<string, string> = {};
  const nameOf = (id: string) => Object.keys(byName).find((name) => byName[name] === id) ?? id;
  const ranked = async (q: string, filters: Record<string, unknown> = {}) => (await store.search.find({ q, pageSize: 100, ...filters })).items.map((item) => nameOf(item.id));
  const found = async (q: string, filters: Record<string, unknown> = {}) => (await ranked(q, filters)).sort();

  beforeAll(async () => {
    store = database.store;
    await withPublishedFamily(store);
    for (const [name, overrides] of Object.entries(catalogue)) byName[name] = (await store.fubes.create(fubeContent(overrides), initialState(1), 'hr')).id;
  });

  it('the beginning of a word finds the word ("begr" finds "begroting")', async () => {
    expect(await found('begr')).toEqual(['controller']);
    expect(await found('begrot')).toEqual(['controller']);
    expect(await found('Kwaliteitsc')).toEqual(['kwaliteit']);
    // Every FUBE that keeps the test family's purpose aims at "een kwaliteitsvolle dienstverlening".
    expect(await found('kwal')).toEqual(Object.keys(catalogue).filter((name) => name !== 'controller').sort());
  });

  it('a compound is found by its first part', async () => {
    // "aankoop" stems to "aankop", the beginning of "Aankoper" too.
    expect(await found('aankoop')).toEqual(['aankoop', 'aankoper']);
    expect(await found('aankoopd')).toEqual(['aankoop']);
    expect(await found('energie')).toEqual(['energie']);
    expect(await found('preventie')).toEqual(['preventie']);
    expect(await found('contract')).toEqual(['aankoper', 'contractmanager', 'jurist']);
  });

  it('a compound is found by a later part, with or without accents ("coördinator")', async () => {
    expect(await found('coördinator')).toEqual(['kwaliteit']);
    expect(await found('coordinator')).toEqual(['kwaliteit']);
    expect(await found('deskundige')).toEqual(expect.arrayContaining(['aankoop', 'energie']));
    expect(await found('adviseur')).toEqual(['preventie']);
  });

  it('exact (stem) matches rank above prefixes, prefixes above compound parts, whatever the title', async () => {
    // jurist: "contracten" (the stem); contractmanager: a prefix, in the title; aankoper: "raamcontracten".
    expect(await ranked('contract')).toEqual(['jurist', 'contractmanager', 'aankoper']);
    // Every word of the query must match; the weakest way one matched decides the tier.
    expect(await ranked('contract kennis')).toEqual(['jurist', 'contractmanager', 'aankoper']);
    expect(await ranked('contract overeenkomst')).toEqual(['jurist']);
  });

  it('accents, case and plurals work as before, together with prefixes', async () => {
    expect(await found('KWALITEITSCOÖRDINATOREN')).toEqual(['kwaliteit']);
    expect(await found('contracten')).toEqual(['aankoper', 'contractmanager', 'jurist']);
    expect(await found('aankoop energie')).toEqual([]);
    expect(await found('deskund energie')).toEqual(['energie']);
  });

  it('short nonsense and word endings find nothing', async () => {
    for (const nonsense of ['xq', 'qqq', 'zzzz', 'qwrtz', 'ator', 'ordi', 'ge'])
      expect(await found(nonsense), nonsense).toEqual([]);
  });

  it('filters and scopes still apply to widened words', async () => {
    expect(await found('contract', { entity: 'dep-hr' })).toEqual(['aankoper', 'contractmanager']);
    const scope = { entityIds: ['dep-ict'], unitIds: [], holderPersonId: null, managerPersonId: null };
    expect((await store.search.find({ q: 'adviseur' }, scope)).items.map((item) => nameOf(item.id))).toEqual(['preventie']);
    expect((await store.search.find({ q: 'coördinator' }, scope)).total).toBe(0);
  });

  it('a result shows the line with the widened word when the word itself is not there', async () => {
    const result = await store.search.find({ q: 'begr' });
    expect(result.items[0]?.snippet).toBe('De begroting van het departement opmaken');
    const [first] = (await store.search.find({ q: 'raamcontract' })).items;
    expect(first?.snippet).toBe('Opvolging van de raamcontracten');
  });

  it('a word removed from every FUBE no longer finds it, though the vocabulary keeps it', async () => {
    const before = (await store.fubes.get(byName.preventie!))!;
    await store.fubes.write(before.id, { baseRevision: before.revision, actorId: 'hr', content: { ...before.content, title: 'Veiligheidsadviseur' } });
    expect(await found('preventie')).toEqual([]);
    expect(await found('veiligh')).toEqual(['preventie']);
  });
});
