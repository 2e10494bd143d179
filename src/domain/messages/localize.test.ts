import { describe, expect, it } from 'vitest';
import { authorize } from '../access/index.js';
import { TestClock } from '../clock.js';
import type { DomainError } from '../errors.js';
import { loadFamilySource } from '../family/load.js';
import { parseFamily } from '../family/validate.js';
import { checkFube } from '../fube/check-fube.js';
import { createFube } from '../fube/create-fube.js';
import { decideClass } from '../fube/decide-class.js';
import { testFamily } from '../fube/test-family.js';
import { transition } from '../workflow/transition.js';
import { catalogues, isMessageKey, localizeError, locales, placeholderNames, renderMessage } from './index.js';

const LEFTOVER = /\{[\w-]+(\|[^{}]*)?\}/;

/** Sample params for every placeholder of a template: nested messages, lists and dates too. */
function sampleParams(template: string) {
  const params: Record<string, unknown> = {};
  placeholderNames(template).forEach((name, i) => {
    params[name] = [2, 'x', { key: 'workflow.status.draft' }, { list: [1, { key: 'fube.field.what' }] }, { date: '2026-03-01' }][i % 5];
  });
  return params as never;
}

/** Errors the domain really produces, from wrong input to every kind of rule. */
function producedErrors(): DomainError[] {
  const empty = createFube(testFamily, { title: ' ', entityId: '', resultAreaIds: ['nope'] });
  const bare = { ...checkFubeInput(), title: '', holderIds: [], specificKnowledge: '' };
  const clock = new TestClock('2026-03-02T10:00:00Z');
  const refused = transition({ status: 'draft', revision: 1 }, { type: 'validate', validatorId: 'u', committee: { members: [] }, advice: 'x', decision: { class: 99 } } as never, {
    clock,
    actorId: 'u',
    fube: bare,
    family: testFamily,
  });
  const early = transition(
    { status: 'proposed', revision: 1, proposal: { at: '2026-03-01T10:00:00Z', date: '2026-03-01', holderIds: ['p'], validationFrom: '2026-03-31' } },
    { type: 'validate', validatorId: 'u', committee: { members: [] }, advice: 'x', decision: { class: 99 } } as never,
    { clock, actorId: 'u', fube: bare, family: testFamily },
  );
  const family = parseFamily({ id: 'Fout', name: 'x', version: 'een', levels: [{ level: 2, classes: [3] }], criteria: [], resultAreas: [], expertise: { levels: [] }, extra: 1 });
  const decided = decideClass(bare, testFamily, { class: 99 });
  const jsonFile = loadFamilySource('{"id": "x",\n "name": }', { format: 'json' });
  const yamlFile = loadFamilySource('id: [x', { format: 'yaml' });
  return [
    ...(empty.ok ? [] : empty.errors),
    ...checkFube(bare, testFamily),
    ...(refused.ok ? [] : refused.errors),
    ...(early.ok ? [] : early.errors),
    ...(family.ok ? [] : family.errors),
    ...(decided.ok ? [] : decided.errors),
    ...(jsonFile.ok ? [] : jsonFile.errors),
    ...(yamlFile.ok ? [] : yamlFile.errors),
  ];
}

function checkFubeInput() {
  const fube = createFube(testFamily, { title: 'T', entityId: 'e' });
  if (!fube.ok) throw new Error('fixture');
  return fube.value;
}

describe('rendering domain messages in every locale', () => {
  it('every catalogue template, filled with params, leaves no placeholder behind in any locale', () => {
    for (const [key, template] of Object.entries(catalogues.nl)) {
      for (const locale of locales) {
        const text = renderMessage(locale, { key, params: sampleParams(template) });
        expect({ key, locale, text }).toEqual({ key, locale, text: expect.not.stringMatching(LEFTOVER) });
      }
    }
  });

  it('renders every error the domain produces in Dutch (its message) and in English, fully filled in', () => {
    const errors = producedErrors();
    // The fixture reaches many kinds of rules, not just one.
    expect(new Set(errors.map((e) => e.code.split('.')[0])).size).toBeGreaterThanOrEqual(5);
    expect(errors.length).toBeGreaterThan(15);
    for (const error of errors) {
      const key = error.messageKey ?? error.code;
      expect({ code: error.code, known: isMessageKey(key) }).toEqual({ code: error.code, known: true });
      expect(localizeError(error, 'nl')).toBe(error.message);
      const english = localizeError(error, 'en');
      expect({ code: error.code, english }).toEqual({ code: error.code, english: expect.not.stringMatching(LEFTOVER) });
      if (error.params !== undefined) expect(Object.keys(error.params).sort()).toEqual(placeholderNames(catalogues.nl[key as keyof typeof catalogues.nl]));
    }
  });

  it('writes a refused workflow step with the English names of the states and dates', () => {
    const refused = transition({ status: 'draft', revision: 1 }, { type: 'notify' }, { clock: new TestClock('2026-03-02T10:00:00Z'), actorId: 'u', fube: checkFubeInput(), family: testFamily });
    const error = refused.ok ? undefined : refused.errors[0];
    expect(error?.message).toBe("'Functiehouders in kennis stellen' kan niet in de toestand 'Ontwerp' (kan vanuit: Gevalideerd)");
    expect(localizeError(error!, 'en')).toBe("'Notify the function holders' is not possible in the state 'Draft' (possible from: Validated)");
    expect(renderMessage('en', { key: 'workflow.appeal-window-closed', params: { until: { date: '2026-03-01' } } })).toBe(
      'the appeal period of 15 calendar days ended on 1 March 2026',
    );
    expect(renderMessage('nl', { key: 'workflow.appeal-window-closed', params: { until: { date: '2026-03-01' } } })).toBe(
      'de beroepstermijn van 15 kalenderdagen liep af op 1 maart 2026',
    );
  });

  it('keeps the message of an unknown code; an access refusal is a catalogue message in every language', () => {
    expect(localizeError({ code: 'elders.iets', message: 'iets anders' }, 'en')).toBe('iets anders');
    const decision = authorize({ userId: 'u', personId: null, entityId: null, roles: [] }, 'manage', { type: 'family' });
    if (decision.allowed) throw new Error('an actor without roles may not manage families');
    expect(renderMessage('en', decision.reason)).toBe("you have no right to 'manage and publish families'");
    expect(renderMessage('nl', decision.reason)).toBe("u hebt geen recht om 'families beheren en publiceren' te doen");
  });
});
