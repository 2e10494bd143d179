import { describe, expect, it } from 'vitest';
import { changeLabel, diffRevisions } from './diff-revisions.js';
import { readyFube } from './test-family.js';

describe('comparing two revisions', () => {
  it('identical revisions have no differences', () => {
    expect(diffRevisions(readyFube(), readyFube())).toEqual([]);
  });

  it('shows changed fields with path, before and after', () => {
    const b = readyFube({ title: 'Senior deskundige HR', decision: { level: 2, class: 16, motivation: 'Coördinatie' } });
    expect(diffRevisions(readyFube(), b)).toEqual([
      { path: 'title', kind: 'changed', before: 'Deskundige HR', after: 'Senior deskundige HR', label: 'Functietitel', where: [{ key: 'diff.field.title' }] },
      { path: 'decision.class', kind: 'changed', before: 15, after: 16, label: 'Beslissing › klasse', where: [{ key: 'diff.field.decision' }, { key: 'diff.field.class' }] },
      {
        path: 'decision.motivation',
        kind: 'added',
        after: 'Coördinatie',
        label: 'Beslissing › motivering',
        where: [{ key: 'diff.field.decision' }, { key: 'diff.field.motivation' }],
      },
    ]);
  });

  it('gives every label again in English from its parts', () => {
    const b = readyFube({ title: 'Senior deskundige HR', decision: { level: 2, class: 16, motivation: 'Coördinatie' } });
    const a = readyFube();
    a.resultAreas = [{ ...a.resultAreas[0]!, activities: ['Vragen beantwoorden', 'Dossiers behandelen'] }];
    b.resultAreas = [{ ...b.resultAreas[0]!, activities: ['Dossiers behandelen', 'Vragen beantwoorden'] }];
    const changes = diffRevisions(a, b);
    expect(changes.map((c) => changeLabel(c, 'en'))).toEqual([
      'Job title',
      'Decision › class',
      'Decision › motivation',
      "Result area 'Dienstverlening' › example activities (order)",
    ]);
    expect(changes.map((c) => changeLabel(c, 'nl'))).toEqual(changes.map((c) => c.label));
  });

  it('matches result areas by family id, so an inserted area does not shift the others', () => {
    const a = readyFube();
    const b = readyFube();
    b.resultAreas = [
      { origin: 'family', resultAreaId: 'kennis', title: 'Kennis', what: 'Kennis opbouwen', goal: 'deskundig te blijven', activities: [] },
      { ...b.resultAreas[0]!, activities: ['Vragen beantwoorden', 'Dossiers behandelen'] },
    ];
    expect(diffRevisions(a, b)).toEqual([
      expect.objectContaining({ path: 'resultAreas[0]', kind: 'added', label: "Resultaatgebied 'Kennis'" }),
      expect.objectContaining({ path: 'resultAreas[1].activities', kind: 'added', after: 'Dossiers behandelen', label: "Resultaatgebied 'Dienstverlening' › voorbeeldactiviteiten" }),
    ]);
  });

  it('shows holders added and removed, and changed weighing values and result class', () => {
    const b = readyFube({ holderIds: ['p-an', 'p-cas'] });
    b.weighing = { ...b.weighing!, values: { ...b.weighing!.values, complexiteit: 3 }, result: { ...b.weighing!.result!, class: 17, level: 3 } };
    expect(diffRevisions(readyFube(), b).map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ['holderIds', 'removed', 'p-bert', undefined],
      ['holderIds', 'added', undefined, 'p-cas'],
      ['weighing.values.complexiteit', 'changed', 2, 3],
      ['weighing.result.level', 'changed', 2, 3],
      ['weighing.result.class', 'changed', 15, 17],
    ]);
  });

  it('shows a removed result area at its old position', () => {
    expect(diffRevisions(readyFube(), readyFube({ resultAreas: [] }))).toEqual([
      expect.objectContaining({ path: 'resultAreas[0]', kind: 'removed', before: expect.objectContaining({ resultAreaId: 'dienstverlening' }) }),
    ]);
  });
});
