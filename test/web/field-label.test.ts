import { describe, expect, it } from 'vitest';
import { createFube } from '../../src/domain/fube/create-fube.js';
import { testFamily } from '../../src/domain/fube/test-family.js';
import { makeI18n } from '../../src/web/i18n/i18n.js';
import { fieldLabel } from '../../src/web/ui/field-label.js';
import { seedFamily } from '../api/harness.js';

const nl = makeI18n('nl');
const en = makeI18n('en');

/** Every path to a leaf of a value, in the API's notation (`a.b[2].c`). */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, path === '' ? key : `${path}.${key}`));
  return [path];
}

/** Signs of a path or a field name in a text a person reads. */
const TECHNICAL = /\[\d+\]|\w\.\w|[a-z][A-Z]/;

describe('field paths as people say them', () => {
  it('names the fields of the issue in Dutch and English, counting from 1', () => {
    expect(fieldLabel(nl, 'action.resultAreas[7].goal')).toBe('Resultaatgebied 8 – doel');
    expect(fieldLabel(en, 'action.resultAreas[7].goal')).toBe('Result area 8 – goal');
    expect(fieldLabel(nl, 'competencies[0].levels[1].text')).toBe('Competentie 1 – niveau 2 – tekst');
    expect(fieldLabel(nl, 'competencies[0].required.20')).toBe('Competentie 1 – vereist niveau voor klasse 20');
    expect(fieldLabel(nl, 'criteria[2].values[0].parts.items[1]')).toBe('Criterium 3 – waarde 1 – onderdelen – onderdeel 2');
    expect(fieldLabel(nl, 'content.purpose.what')).toBe('Doel van de functie – wat');
    expect(fieldLabel(nl, 'resultAreas[0].activities[2]')).toBe('Resultaatgebied 1 – activiteit 3');
    expect(fieldLabel(nl, 'holderIds[1]')).toBe('Functiehouder 2');
    expect(fieldLabel(nl, 'decision.motivation')).toBe('Beslissing – motivering');
    expect(fieldLabel(nl, 'baseRevision')).toBe('Revisie waarop u werkte');
    expect(fieldLabel(nl, 'fubes[3].content.title')).toBe('Functiebeschrijving 4 – inhoud – titel');
  });

  it('names a criterion of the weighing by its name when the page knows it, else in words', () => {
    const criterionName = (id: string) => (id === 'complexiteit' ? 'Complexiteit' : undefined);
    expect(fieldLabel(nl, 'weighing.values.complexiteit', { criterionName })).toBe('Weging – criterium Complexiteit');
    expect(fieldLabel(nl, 'weighing.values.budget-impact')).toBe('Weging – criterium budget impact');
  });

  it('stops at a part it does not know, and has no label when it knows none', () => {
    expect(fieldLabel(nl, 'resultAreas[0].onbekend')).toBe('Resultaatgebied 1');
    expect(fieldLabel(nl, 'onbekendVeld.iets')).toBeUndefined();
    expect(fieldLabel(nl, '')).toBeUndefined();
  });

  it('gives every field of a real family and a real FUBE a label without brackets, dots or field names', () => {
    const family = seedFamily();
    const created = createFube(testFamily, { title: 'Jurist', entityId: 'dfb', holderIds: ['p-1', 'p-2'], managerId: 'p-3' });
    if (!created.ok) throw new Error('the test FUBE is invalid');
    const paths = [...leafPaths(family), ...leafPaths(created.value)];
    expect(paths.length).toBeGreaterThan(200);
    for (const i18n of [nl, en])
      for (const path of paths) {
        const label = fieldLabel(i18n, path);
        expect(label, path).toBeDefined();
        expect({ path, label }).toEqual({ path, label: expect.not.stringMatching(TECHNICAL) });
        // The last part has its word too: the label does not stop early.
        const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
        if (parent !== path && parent !== '') expect(label, path).not.toBe(fieldLabel(i18n, parent));
      }
  });
});
