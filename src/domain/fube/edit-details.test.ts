import { describe, expect, it } from 'vitest';
import { editDetails } from './edit-details.js';
import { readyFube } from './test-family.js';

describe('editing the details of a FUBE', () => {
  it('makes the purpose specific and changes title, holders, unit and manager', () => {
    const result = editDetails(readyFube(), {
      title: ' Adviseur HR ',
      purpose: { what: 'HR-klanten ondersteunen', goal: 'het personeelsbeleid goed uit te voeren' },
      holderIds: ['p-an', 'p-cas'],
      unitId: null,
      managerId: 'p-noor',
    });
    expect(result.ok && result.value).toMatchObject({
      title: 'Adviseur HR',
      purpose: { what: 'HR-klanten ondersteunen', goal: 'het personeelsbeleid goed uit te voeren' },
      holderIds: ['p-an', 'p-cas'],
      managerId: 'p-noor',
    });
    expect(result.ok && 'unitId' in result.value).toBe(false);
  });

  it('refuses an empty title or purpose and duplicate holders, naming each field', () => {
    const result = editDetails(readyFube(), { title: '', purpose: { what: 'x', goal: ' ' }, holderIds: ['p-an', 'p-an'] });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['title', 'purpose.goal', 'holderIds[1]']);
  });
});
