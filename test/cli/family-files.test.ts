import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFamilySource } from '../../src/domain/family/index.js';
import { familiesDir, findFamily, readFamilyFile, readFamilyFolder } from '../../src/store/family-files.js';
import { SEED_FILE, SEED_ID, familiesFolder, smallFamilyYaml } from './support.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function folderWith(files: Record<string, string>) {
  const folder = await familiesFolder(files);
  cleanup = folder.cleanup;
  return folder.dir;
}

describe('family files', () => {
  it('finds the shipped families folder from the package, not the working directory', () => {
    expect(familiesDir({})).toBe(join(SEED_FILE, '..') + '/');
    expect(familiesDir({ WEEGSCHAAL_FAMILIES_DIR: '/srv/families' })).toBe('/srv/families');
  });

  it('finds a family by the id inside the file, whatever the file is called', async () => {
    const dir = await folderWith({ 'x.yml': smallFamilyYaml(1), 'y.yaml': smallFamilyYaml(3), 'z.yaml': smallFamilyYaml(2), 'notities.txt': 'geen familie' });
    const latest = await findFamily('kleine-familie', { dir });
    expect(latest.ok && [latest.value.family.version, latest.value.file]).toEqual([3, join(dir, 'y.yaml')]);
    const second = await findFamily('kleine-familie', { dir, version: 2 });
    expect(second.ok && second.value.file).toBe(join(dir, 'z.yaml'));
    const seed = await findFamily(SEED_ID);
    expect(seed.ok && seed.value.family.levels.map((l) => l.classes)).toEqual([[14], [15, 16], [17, 18], [19]]);
  });

  it('refuses an id and version that two files claim, naming both files', async () => {
    const dir = await folderWith({ 'a.yaml': smallFamilyYaml(1), 'b.json': JSON.stringify(parse(smallFamilyYaml(1))), 'c.yaml': smallFamilyYaml(2) });
    const duplicate = await findFamily('kleine-familie', { dir, version: 1 });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) {
      expect(duplicate.errors[0]?.code).toBe('family.duplicate');
      expect(duplicate.errors[0]?.message).toContain(`${join(dir, 'a.yaml')} en ${join(dir, 'b.json')}`);
    }
    // Version 2 is claimed once: still found.
    expect((await findFamily('kleine-familie', { dir })).ok).toBe(true);
    const folder = await readFamilyFolder(dir);
    expect(folder.families.map((f) => f.family.version)).toEqual([2]);
    expect(folder.duplicates.map((d) => [d.id, d.version, d.files.length])).toEqual([['kleine-familie', 1, 2]]);
  });

  it('reports the highest version as a duplicate rather than silently taking a lower one', async () => {
    const dir = await folderWith({ 'a.yaml': smallFamilyYaml(1), 'b.yaml': smallFamilyYaml(2), 'c.yaml': smallFamilyYaml(2) });
    const result = await findFamily('kleine-familie', { dir });
    expect(!result.ok && result.errors[0]?.code).toBe('family.duplicate');
  });

  it('gives file, line and column for a broken file and names it when an id is not found', async () => {
    const dir = await folderWith({ 'kapot.yaml': 'id: kapot\nname: [onaf\n' });
    const read = await readFamilyFile(join(dir, 'kapot.yaml'));
    expect(!read.ok && read.errors[0]).toMatchObject({ file: join(dir, 'kapot.yaml'), line: expect.any(Number), column: expect.any(Number) });
    const missing = await findFamily('kapot', { dir });
    expect(!missing.ok && missing.errors[0]?.message).toContain(`niet te lezen (mogelijk deze familie): ${join(dir, 'kapot.yaml')}`);
  });

  it('reports a folder that does not exist', async () => {
    const folder = await readFamilyFolder('/bestaat/niet');
    expect(folder.families).toEqual([]);
    expect(folder.errors[0]?.message).toBe('kan de map met functiefamilies niet lezen (bestaat niet)');
    const found = await findFamily(SEED_ID, { dir: '/bestaat/niet' });
    expect(!found.ok && found.errors).toEqual([folder.errors[0]]);
  });
});

/** The same family as JSON, for a second file claiming the same id and version. */
function parse(yaml: string): unknown {
  const result = loadFamilySource(yaml);
  if (!result.ok) throw new Error('the small family does not load');
  return result.value;
}
