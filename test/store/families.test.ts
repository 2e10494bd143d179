import { expect, it } from 'vitest';
import { DomainException } from '../../src/domain/errors.js';
import { describeEachDatabase } from './databases.js';
import { testFamily } from './fixtures.js';

describeEachDatabase('family versions', (database) => {
  it('a saved family is a draft and keeps its source text', async () => {
    const { store } = database;
    const family = { ...testFamily, id: 'drafts' };
    const info = await store.families.saveDraft(family, 'id: drafts\nversion: 1\n', 'admin');
    expect(info).toMatchObject({ id: 'drafts', version: 1, status: 'draft', publishedAt: null });
    const stored = await store.families.get('drafts', 1);
    expect(stored?.status).toBe('draft');
    expect(stored?.source).toBe('id: drafts\nversion: 1\n');
    expect(stored?.family).toEqual(family);
    // Without a version: only a published version counts.
    expect(await store.families.get('drafts')).toBeUndefined();
  });

  it('the latest published version is served, not a newer draft', async () => {
    const { store } = database;
    await store.families.saveDraft({ ...testFamily, id: 'versions' }, 'v1', 'admin');
    await store.families.publish('versions', 1, 'admin');
    await store.families.saveDraft({ ...testFamily, id: 'versions', version: 2, name: 'Nieuwe naam' }, 'v2', 'admin');
    expect((await store.families.get('versions'))?.family.version).toBe(1);
    const published = await store.families.publish('versions', 2, 'hr-lead');
    expect(published?.status).toBe('published');
    expect(published?.publishedAt).not.toBeNull();
    expect((await store.families.get('versions'))?.family.name).toBe('Nieuwe naam');
    expect((await store.families.versions('versions')).map((v) => [v.version, v.status])).toEqual([
      [1, 'published'],
      [2, 'published'],
    ]);
  });

  it('the list shows each family once, its latest published version before drafts', async () => {
    const { store } = database;
    await store.families.saveDraft({ ...testFamily, id: 'listed' }, 'v1', 'admin');
    expect((await store.families.list()).find((f) => f.id === 'listed')).toMatchObject({ version: 1, status: 'draft' });
    await store.families.publish('listed', 1, 'admin');
    await store.families.saveDraft({ ...testFamily, id: 'listed', version: 2 }, 'v2', 'admin');
    const listed = (await store.families.list()).filter((f) => f.id === 'listed');
    expect(listed).toEqual([{ id: 'listed', version: 1, name: testFamily.name, status: 'published' }]);
  });

  it('a published version cannot be overwritten: a correction is a new version', async () => {
    const { store } = database;
    await store.families.saveDraft({ ...testFamily, id: 'frozen' }, 'v1', 'admin');
    await store.families.publish('frozen', 1, 'admin');
    const attempt = store.families.saveDraft({ ...testFamily, id: 'frozen', name: 'Anders' }, 'v1b', 'admin');
    await expect(attempt).rejects.toThrow(DomainException);
    await expect(attempt).rejects.toMatchObject({ errors: [{ code: 'family.version-published', path: 'version' }] });
    expect((await store.families.get('frozen', 1))?.family.name).toBe(testFamily.name);
  });

  it('an invalid family is refused with the path of the wrong field and nothing is stored', async () => {
    const { store } = database;
    const broken = { ...testFamily, id: 'broken', levels: [{ level: 2, classes: [14] }] };
    const attempt = store.families.saveDraft(broken, '', 'admin');
    await expect(attempt).rejects.toThrow(DomainException);
    const error: unknown = await attempt.catch((e: unknown) => e);
    expect(error instanceof DomainException ? error.errors.map((e) => e.path) : []).toContain('levels[0].level');
    expect(await store.families.versions('broken')).toEqual([]);
  });

  it('publishing an unknown version gives nothing', async () => {
    expect(await database.store.families.publish('bestaat-niet', 1, 'admin')).toBeUndefined();
  });

  it('saving and publishing are recorded in the history', async () => {
    const { store } = database;
    await store.families.saveDraft({ ...testFamily, id: 'recorded' }, 'v1', 'anna');
    await store.families.publish('recorded', 1, 'bert');
    const history = await store.history.list({ subjectType: 'family', subjectId: 'recorded' });
    expect(history.map((h) => [h.action, h.actorId])).toEqual([
      ['family.save-draft', 'anna'],
      ['family.publish', 'bert'],
    ]);
  });
});
