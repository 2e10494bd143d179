import type { Result } from '../../src/domain/errors.js';
import { acceptSuggestion, decideClass } from '../../src/domain/fube/decide-class.js';
import { createFube } from '../../src/domain/fube/create-fube.js';
import { setWeighing } from '../../src/domain/fube/set-weighing.js';
import { smallTestFamily } from '../../src/domain/fube/test-family.js';
import { initialState } from '../../src/domain/workflow/schema.js';
import type { Store } from '../../src/store/index.js';

/**
 * The second, small family (src/domain/fube/test-family.ts: three levels, classes 10, 11/12,
 * 13) published beside the seed on a demo database, with FUBEs in both demo entities: one in
 * class 10, seven in class 11 of DFB (more than a matrix cell shows at once), one of AFB in
 * class 11, one of AFB in class 12 (a motivated decision), one in class 13 and one not yet
 * weighed. Their purposes differ by a few words, so comparing them shows word differences.
 */
export interface SecondFamilyFube {
  id: string;
  title: string;
  entityId: string;
  class: number | null;
}

interface Planned {
  title: string;
  entityId: string;
  unitId: string;
  values?: { zelfstandigheid: number; contacten: number };
  /** A class other than the suggestion, decided with a motivation. */
  decide?: { level: number; class: number; motivation: string };
  what: string;
  knowledge: string;
}

const PLANNED: Planned[] = [
  {
    title: 'Onthaalmedewerker',
    entityId: 'dfb',
    unitId: 'dfb-hrm',
    values: { zelfstandigheid: 1, contacten: 1 },
    what: 'Bezoekers van het departement onthalen en doorverwijzen',
    knowledge: 'Kennis van de diensten van het departement.',
  },
  ...['personeel', 'boekhouding', 'begroting', 'postdienst', 'archief', 'planning', 'opleidingen'].map((domain, i) => ({
    title: `Administratief medewerker ${domain}`,
    entityId: 'dfb',
    unitId: i % 2 === 0 ? 'dfb-hrm' : 'dfb-boekhouding',
    values: { zelfstandigheid: 2, contacten: 1 },
    what: `De dossiers van de dienst ${domain} administratief opvolgen`,
    knowledge: `Kennis van de procedures van de dienst ${domain} en van de Vlaamse overheid.`,
  })),
  {
    title: 'Administratief medewerker juridische dienst',
    entityId: 'afb',
    unitId: 'afb-juridisch',
    values: { zelfstandigheid: 2, contacten: 1 },
    what: 'De dossiers van de juridische dienst administratief opvolgen',
    knowledge: 'Kennis van de procedures van de juridische dienst.',
  },
  {
    title: 'Medewerker aankoopdossiers',
    entityId: 'afb',
    unitId: 'afb-aankoop',
    values: { zelfstandigheid: 2, contacten: 1 },
    decide: { level: 2, class: 12, motivation: 'Volgt zelfstandig de hele aankoopprocedure op.' },
    what: 'Aankoopdossiers zelfstandig opvolgen',
    knowledge: 'Kennis van de regels voor overheidsopdrachten.',
  },
  {
    title: 'Coördinator uitvoering',
    entityId: 'dfb',
    unitId: 'dfb-hrm',
    values: { zelfstandigheid: 3, contacten: 2 },
    what: 'Het werk van de cel uitvoering organiseren',
    knowledge: 'Kennis van de werking van alle diensten van het departement.',
  },
  {
    title: 'Medewerker logistiek',
    entityId: 'dfb',
    unitId: 'dfb-boekhouding',
    what: 'Materiaal en lokalen beheren',
    knowledge: '',
  },
];

const unwrap = <T>(result: Result<T>, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.value;
};

/** Publishes the second family and writes its FUBEs (drafts, with their class decided where weighed). */
export async function addSecondFamily(store: Store): Promise<SecondFamilyFube[]> {
  const family = smallTestFamily;
  await store.families.saveDraft(family, JSON.stringify(family, null, 2), 'system');
  await store.families.publish(family.id, family.version, 'system');
  const made: SecondFamilyFube[] = [];
  for (const plan of PLANNED) {
    let content = unwrap(
      createFube(family, {
        title: plan.title,
        entityId: plan.entityId,
        unitId: plan.unitId,
        resultAreaIds: ['uitvoering', 'administratie'],
      }),
      plan.title,
    );
    content = {
      ...content,
      purpose: { what: plan.what, goal: family.purpose.goal },
      specificKnowledge: plan.knowledge,
    };
    if (plan.values !== undefined) {
      content = unwrap(setWeighing(content, family, plan.values), plan.title);
      content = unwrap(
        plan.decide !== undefined ? decideClass(content, family, plan.decide) : acceptSuggestion(content, family),
        plan.title,
      );
    }
    const record = await store.fubes.create(content, initialState(1), 'system');
    made.push({ id: record.id, title: plan.title, entityId: plan.entityId, class: content.decision?.class ?? null });
  }
  return made;
}
