import { describe, expect, it } from 'vitest';
import { buildFubeDocx, buildFubePdf, fubeDocumentView } from '../../src/documents/index.js';
import { recordUnassignable } from '../../src/domain/fube/record-unassignable.js';
import { TestClock } from '../../src/domain/clock.js';
import { initialState, transition } from '../../src/domain/workflow/index.js';
import { GENERATED_AT, docxText, exampleFube, exampleNames, loadSeedFamily, openDocx, pdfText } from './fixtures.js';

/** Issue 14 item 3: the document of an unassignable function shows the separate method's outcome, nothing of a family's level, class or competencies. */
describe('the document of an unassignable function', () => {
  it('names the separate method, its class and motivation, and no family, level, weighing, expertise or competencies', async () => {
    const family = loadSeedFamily();
    const recorded = recordUnassignable(exampleFube(family), { method: 'Analytische functieweging', class: 12, motivation: 'Past in geen enkele functiefamilie.' });
    if (!recorded.ok) throw new Error('not recorded');
    const fube = recorded.value;
    const clock = new TestClock('2026-09-01T08:00:00Z');
    let state = initialState();
    const step = (action: Parameters<typeof transition>[1]) => {
      const result = transition(state, action, { clock, actorId: 'u-hr', fube, family });
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      state = result.value.state;
    };
    step({ type: 'propose' });
    clock.advance({ days: 31 });
    step({
      type: 'validate',
      validatorId: 'p-head',
      committee: { members: [{ personId: 'p-out', name: 'Hilde Peeters', role: 'hr', entityId: 'ent-fin', trainedInMethod: true }] },
      advice: { text: 'Het comité volgt de afzonderlijke methode.' },
      decision: { class: 12, motivation: 'De klasse van de afzonderlijke methode.' },
    });
    const view = fubeDocumentView({ content: fube, family, workflow: state, revision: 2, names: exampleNames, generatedAt: GENERATED_AT });
    if (!view.ok) throw new Error(JSON.stringify(view.errors));
    expect(view.value.identification).not.toHaveProperty('level');
    expect(view.value.identification.class).toBe(12);
    expect(view.value.competencies).toBeUndefined();
    expect(view.value.weighing).toBeUndefined();
    const word = docxText((await openDocx(await buildFubeDocx(view.value))).document);
    const pdf = (await pdfText(await buildFubePdf(view.value))).text;
    for (const text of [word, pdf.replace(/\s+/g, ' ')]) {
      expect(text).toContain('Niet-toewijsbare functie: afzonderlijke methode');
      expect(text).toContain('Analytische functieweging');
      expect(text).toContain('Past in geen enkele functiefamilie.');
      expect(text).toContain('geen (niet-toewijsbare functie)');
      expect(text).not.toContain(family.name);
      expect(text).not.toContain('Gedragscompetenties');
      expect(text).not.toContain('Vakkennis');
      expect(text).not.toContain('Voorstel van de wegingsregel');
    }
  });
});
