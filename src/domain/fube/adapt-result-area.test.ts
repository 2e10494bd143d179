import { describe, expect, it } from 'vitest';
import { editResultArea, setActivities } from './adapt-result-area.js';
import { readyFube } from './test-family.js';

describe('adapting a result area to the function', () => {
  it('edits the texts and keeps where the area comes from', () => {
    const result = editResultArea(readyFube(), 0, { what: 'HR-diensten leveren' });
    expect(result.ok && result.value.resultAreas[0]).toMatchObject({ origin: 'family', resultAreaId: 'dienstverlening', what: 'HR-diensten leveren', goal: 'klanten te ondersteunen' });
  });

  it('refuses an emptied text with the field path', () => {
    const result = editResultArea(readyFube(), 0, { goal: '  ' });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['resultAreas[0].goal']);
  });

  it('selects family activities and adds own ones', () => {
    const selected = setActivities(readyFube(), 0, ['Dossiers behandelen', 'Loonbrieven toelichten']);
    expect(selected.ok && selected.value.resultAreas[0]?.activities).toEqual(['Dossiers behandelen', 'Loonbrieven toelichten']);
  });

  it('an empty activity or a missing area is refused', () => {
    expect(setActivities(readyFube(), 0, ['ok', ''])).toMatchObject({ ok: false, errors: [{ path: 'resultAreas[0].activities[1]' }] });
    expect(setActivities(readyFube(), 5, ['x'])).toMatchObject({ ok: false, errors: [{ path: 'resultAreas[5]' }] });
  });
});
