import { describe, expect, it } from 'vitest';
import { checkFamilyWording, suggestNeutralText } from '../../src/domain/checks/gender-neutral.js';
import { seedFamily } from '../api/harness.js';

describe("the seed family's competency texts", () => {

  it('are flagged where they say "binnen zijn entiteit" and "voor zijn werk", with the words rewritten', () => {
    const findings = checkFamilyWording(seedFamily()).filter((f) => f.path.startsWith('competencies'));
    expect(findings.map((f) => f.replacement)).toEqual(expect.arrayContaining(['de eigen entiteit', 'het eigen werk']));
  });

  it('get a neutral wording to start from', () => {
    expect(suggestNeutralText('Stimuleert de samenwerking binnen zijn entiteit, werkgroepen of projectgroepen')).toBe(
      'Stimuleert de samenwerking binnen de eigen entiteit, werkgroepen of projectgroepen',
    );
    expect(suggestNeutralText('Zijn team en haar afdeling')).toBe('Het eigen team en de eigen afdeling');
    expect(suggestNeutralText('De taken zijn divers.')).toBe('De taken zijn divers.');
  });
});
