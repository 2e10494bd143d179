import { beforeAll, expect, it } from 'vitest';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { initialState } from '../../src/domain/workflow/schema.js';
import type { FubeRecord } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

const area = (title: string, what: string, activities: string[] = []) => ({ origin: 'custom' as const, title, what, goal: 'de organisatie te ondersteunen', activities });

/** Four FUBEs with Dutch texts; the same queries must find the same ones on both databases. */
const catalogue: Record<string, Partial<FubeContent>> = {
  adviseur: {
    title: 'Beleidsadviseur',
    entityId: 'dep-fin',
    purpose: { what: 'Het departement Financiën adviseren over begrotingen', goal: 'een gezond financieel beleid te voeren' },
    resultAreas: [area('Adviesverlening', 'Adviezen schrijven over de meerjarenraming')],
    specificKnowledge: 'Kennis van de Vlaamse Codex Overheidsfinanciën',
  },
  jurist: {
    title: 'Jurist',
    entityId: 'dep-fin',
    resultAreas: [area('Juridisch advies', 'Juridische adviezen geven over overheidsopdrachten', ['Bestekken nalezen'])],
    specificKnowledge: 'Kennis van het Decreet lokaal bestuur',
  },
  hr: {
    title: 'HR-deskundige',
    entityId: 'dep-hr',
    resultAreas: [area('Ontwikkeling', 'Personeelsbeleid uitwerken', ['Opleidingen organiseren voor leidinggevenden'])],
    specificKnowledge: 'Kennis van het personeelsstatuut',
  },
  projectleider: {
    title: 'ICT-projectleider',
    entityId: 'dep-ict',
    resultAreas: [area('Projectdeelname', 'Projecten leiden binnen de afdeling Informatica', ['Planningen opvolgen'])],
    specificKnowledge: 'Kennis van de architectuur van de toepassingen',
    decision: { level: 3, class: 17 },
  },
};

describeEachDatabase('searching the FUBE catalogue in Dutch', (database) => {
  const byName: Record<string, FubeRecord> = {};
  const names = (ids: string[]) => ids.map((id) => Object.keys(byName).find((name) => byName[name]?.id === id) ?? id).sort();
  const find = async (q: string, filters: Record<string, unknown> = {}) => names((await database.store.search.find({ q, pageSize: 100, ...filters })).items.map((i) => i.id));

  beforeAll(async () => {
    const { store } = database;
    await withPublishedFamily(store);
    for (const [name, overrides] of Object.entries(catalogue)) byName[name] = await store.fubes.create(fubeContent(overrides), initialState(1), 'hr');
    const hr = byName.hr as FubeRecord;
    await store.fubes.write(hr.id, { baseRevision: 1, workflow: { ...hr.workflow, status: 'proposed' }, actorId: 'manager' });
  });

  it('a plural finds the singular and the other way round', async () => {
    expect(await find('beleidsadviseurs')).toEqual(['adviseur']);
    expect(await find('opleiding')).toEqual(['hr']);
    expect(await find('project')).toEqual(['projectleider']);
  });

  it('accents and case do not matter', async () => {
    expect(await find('financien')).toEqual(['adviseur']);
    expect(await find('FINANCIËN')).toEqual(['adviseur']);
    expect(await find('Juridisch')).toEqual(['jurist']);
  });

  it('every word of the query must occur', async () => {
    expect(await find('kennis')).toEqual(['adviseur', 'hr', 'jurist', 'projectleider']);
    expect(await find('kennis personeelsstatuut')).toEqual(['hr']);
    expect(await find('personeelsstatuut begroting')).toEqual([]);
  });

  it('result areas, their activities and the specific knowledge are searched', async () => {
    expect(await find('bestekken')).toEqual(['jurist']);
    expect(await find('meerjarenraming')).toEqual(['adviseur']);
    expect(await find('codex')).toEqual(['adviseur']);
  });

  it('filters on entity, class, state and family narrow the result', async () => {
    expect(await find('kennis', { entity: 'dep-fin' })).toEqual(['adviseur', 'jurist']);
    expect(await find('kennis', { classes: [17] })).toEqual(['projectleider']);
    expect(await find('kennis', { classes: [16, 17] })).toEqual(['projectleider']);
    expect(await find('', { classes: [16, 17] })).toEqual(['projectleider']);
    expect(await find('kennis', { classes: [] })).toEqual([]);
    expect(await find('kennis', { state: 'proposed' })).toEqual(['hr']);
    expect(await find('kennis', { family: 'testfamilie' })).toHaveLength(4);
    expect(await find('kennis', { family: 'andere-familie' })).toEqual([]);
    expect(await find('', { entity: 'dep-fin' })).toEqual(['adviseur', 'jurist']);
  });

  it('results come in pages with the total count', async () => {
    const first = await database.store.search.find({ q: 'kennis', page: 1, pageSize: 3 });
    const second = await database.store.search.find({ q: 'kennis', page: 2, pageSize: 3 });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(4);
  });

  it('a result shows the line where the word was found', async () => {
    const result = await database.store.search.find({ q: 'financien' });
    expect(result.items[0]?.snippet).toBe('Het departement Financiën adviseren over begrotingen');
    expect(result.items[0]).toMatchObject({ title: 'Beleidsadviseur', entityId: 'dep-fin', state: 'draft' });
  });

  it('stop words alone and search syntax find nothing and break nothing', async () => {
    expect(await find('de het van')).toEqual([]);
    expect(await find('"beleid* OR NEAR(')).toEqual([]);
    expect(await find('kennis -codex')).toEqual(['adviseur']);
  });

  it('a new revision is searched instead of the old one', async () => {
    const { store } = database;
    const jurist = (await store.fubes.get((byName.jurist as FubeRecord).id)) as FubeRecord;
    const changed = { ...jurist.content, specificKnowledge: 'Kennis van het omgevingsrecht' };
    await store.fubes.write(jurist.id, { baseRevision: jurist.revision, content: changed, actorId: 'hr' });
    expect(await find('decreet')).toEqual([]);
    expect(await find('omgevingsrecht')).toEqual(['jurist']);
  });
});
