import { randomBytes, scryptSync } from 'node:crypto';
import { TestClock } from '../domain/clock.js';
import type { Result } from '../domain/errors.js';
import type { Family } from '../domain/family/schema.js';
import { createFube } from '../domain/fube/create-fube.js';
import { acceptSuggestion, decideClass } from '../domain/fube/decide-class.js';
import { setWeighing } from '../domain/fube/set-weighing.js';
import { chooseAlternatives, missingChoices, valueAlternatives } from '../domain/fube/choose-alternatives.js';
import type { FubeContent } from '../domain/fube/schema.js';
import { decideTie, effectiveSuggestion, tiedLevels, tieOpen } from '../domain/fube/decide-tie.js';
import { type Status, type WorkflowAction, type WorkflowEvent, type WorkflowState, initialState, localDate, transition } from '../domain/workflow/index.js';
import type { Store } from './database.js';
import { DEMO_FUNCTIONS } from './demo-functions.js';
import { loadDemoPay } from './demo-pay.js';
import type { Entity, Person } from './entities-repository.js';

/**
 * Demo data for a new, empty database: two entities with units, people, a user for every
 * role and about 30 FUBEs of a family spread over every workflow state. Deterministic (a
 * seeded generator); the process is run with the domain's own rules on a clock set back in
 * time, so the events are backdated and the deadlines mean something today. Each function is
 * written with its days (Store.backdated): its creation, revisions and history rows too.
 */
export const DEMO_PASSWORD = 'demo';

export interface DemoLogin {
  username: string;
  name: string;
  role: string;
  /** `overal`, an entity id, or a unit id (`<entity>-<unit>`). */
  scope: string;
}

/** One login for every role (password `demo`); the holder is a person of Afdeling HRM. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { username: 'beheerder@demo.weegschaal', name: 'Beheerder Demo', role: 'admin', scope: 'overal' },
  { username: 'hr.dfb@demo.weegschaal', name: 'Hanne HR (DFB)', role: 'hr', scope: 'dfb' },
  { username: 'hr.afb@demo.weegschaal', name: 'Hugo HR (AFB)', role: 'hr', scope: 'afb' },
  { username: 'leidinggevende@demo.weegschaal', name: 'Mieke Leidinggevende', role: 'manager', scope: 'dfb-hrm' },
  { username: 'leidend.ambtenaar.dfb@demo.weegschaal', name: 'Luc Leidend Ambtenaar (DFB)', role: 'validator', scope: 'dfb' },
  { username: 'leidend.ambtenaar.afb@demo.weegschaal', name: 'Lies Leidend Ambtenaar (AFB)', role: 'validator', scope: 'afb' },
  { username: 'validatiecomite@demo.weegschaal', name: 'Carla Comité', role: 'committee-member', scope: 'dfb' },
  { username: 'beroepscommissie@demo.weegschaal', name: 'Bram Beroepscommissie', role: 'appeal-committee', scope: 'overal' },
  { username: 'functiehouder@demo.weegschaal', name: 'Functiehouder Demo', role: 'holder', scope: 'dfb' },
  { username: 'lezer@demo.weegschaal', name: 'Lena Lezer', role: 'reader', scope: 'dfb' },
  // Pay transparency (issue 16): the only login that reads person-level pay.
  { username: 'loonanalist@demo.weegschaal', name: 'Paula Loonanalist', role: 'pay-analyst', scope: 'overal' },
];

/**
 * The demo logins whose accounts exist and are not disabled, with their stored names, and the
 * demo password: undefined when the database holds none of them (it is no demo database).
 */
export async function presentDemoLogins(store: Store): Promise<{ password: string; logins: DemoLogin[] } | undefined> {
  const logins: DemoLogin[] = [];
  for (const login of DEMO_LOGINS) {
    const user = await store.users.byEmail(login.username);
    if (user !== undefined && user.disabledAt === null) logins.push({ ...login, name: user.name });
  }
  return logins.length === 0 ? undefined : { password: DEMO_PASSWORD, logins };
}

export interface DemoResult {
  loaded: boolean;
  /** Why nothing was loaded (the database was not empty). */
  reason?: string;
  logins: DemoLogin[];
  fubes: number;
  states: Partial<Record<Status, number>>;
  /** The demo's pay period (issue 16 item 8) and its number of persons. */
  pay?: { period: string; records: number };
}

export interface DemoOptions {
  /** Today (the demo's deadlines are counted from it). */
  now?: Date;
  /** The accounts module's hash; a salted scrypt hash by default. */
  hashPassword?: (password: string) => string;
}

/** `scrypt$N$r$p$salt$hash` (base64), the parameters stored with the hash. */
export function scryptHash(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
  return `scrypt$16384$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
}

const ENTITIES: Entity[] = [
  {
    id: 'dfb',
    name: 'Departement Financiën en Begroting',
    units: [
      { id: 'dfb-begroting', name: 'Afdeling Begroting', parentId: null },
      { id: 'dfb-boekhouding', name: 'Afdeling Centrale Boekhouding', parentId: null },
      { id: 'dfb-hrm', name: 'Afdeling HRM en Organisatie', parentId: null },
      { id: 'dfb-ict', name: 'Afdeling ICT', parentId: null },
      { id: 'dfb-ict-architectuur', name: 'Team Architectuur', parentId: 'dfb-ict' },
    ],
  },
  {
    id: 'afb',
    name: 'Agentschap Facilitair Bedrijf',
    units: [
      { id: 'afb-gebouwen', name: 'Afdeling Gebouwen en Infrastructuur', parentId: null },
      { id: 'afb-aankoop', name: 'Afdeling Aankoop en Logistiek', parentId: null },
      { id: 'afb-juridisch', name: 'Afdeling Juridische Dienstverlening', parentId: null },
      { id: 'afb-communicatie', name: 'Afdeling Communicatie', parentId: null },
    ],
  },
];

const FIRST_NAMES = ['An', 'Bert', 'Chloé', 'Dirk', 'Els', 'Frederik', 'Griet', 'Hannes', 'Ilse', 'Jef', 'Karolien', 'Lotte', 'Maarten', 'Nele', 'Olivier', 'Pieter', 'Ruth', 'Sofie', 'Tom', 'Veerle', 'Wout', 'Yasmina', 'Zeno', 'Leen'];
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Vermeulen', 'Van den Broeck', 'El Amrani', 'Lambrechts', 'Hermans'];

/** Realistic titles of supporting functions, each with its unit. */
const TITLES: readonly [string, string][] = [
  ['Beleidsadviseur HRM', 'dfb-hrm'],
  ['ICT-architect', 'dfb-ict-architectuur'],
  ['Financieel analist', 'dfb-begroting'],
  ['Jurist overheidsopdrachten', 'afb-juridisch'],
  ['Communicatiedeskundige', 'afb-communicatie'],
  ['Begrotingsdeskundige', 'dfb-begroting'],
  ['Adviseur interne controle', 'dfb-boekhouding'],
  ['HR-businesspartner', 'dfb-hrm'],
  ['Informatieveiligheidsadviseur', 'dfb-ict'],
  ['Aankoopdeskundige', 'afb-aankoop'],
  ['Preventieadviseur', 'afb-gebouwen'],
  ['Projectleider huisvesting', 'afb-gebouwen'],
  ['Webredacteur', 'afb-communicatie'],
  ['Organisatieontwikkelaar', 'dfb-hrm'],
  ['Data-analist', 'dfb-ict'],
  ['Boekhoudkundig expert', 'dfb-boekhouding'],
  ['Juridisch adviseur personeelsstatuut', 'afb-juridisch'],
  ['Logistiek coördinator', 'afb-aankoop'],
  ['Kwaliteitscoördinator', 'dfb-hrm'],
  ['Adviseur diversiteit en inclusie', 'dfb-hrm'],
  ['Applicatiebeheerder', 'dfb-ict'],
  ['Energiedeskundige', 'afb-gebouwen'],
  ['Woordvoerder', 'afb-communicatie'],
  ['Contractmanager', 'afb-aankoop'],
  ['Beleidsadviseur begrotingsbeleid', 'dfb-begroting'],
  ['Procesanalist', 'dfb-ict'],
  ['Documentatiedeskundige', 'afb-juridisch'],
  ['Adviseur welzijn op het werk', 'afb-gebouwen'],
  ['Rekenplichtige', 'dfb-boekhouding'],
  ['Opleidingsadviseur', 'dfb-hrm'],
];

/** Target state of each FUBE, in order of TITLES: every state several times. */
const PLAN: readonly Status[] = [
  'draft', 'proposed', 'validated', 'notified', 'final', 'appealed',
  'draft', 'proposed', 'final', 'notified', 'appeal-decided', 'final',
  'proposed', 'validated', 'final', 'final', 'notified', 'appealed',
  'draft', 'proposed', 'final', 'appeal-decided', 'final', 'notified',
  'draft', 'validated', 'appealed', 'final', 'proposed', 'proposed',
];

const unwrap = <T>(result: Result<T>, what: string): T => {
  if (!result.ok) throw new Error(`demo data: ${what}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.value;
};

const DAY = 86_400_000;

/** A function classed by the separate method keeps no family weighing (nor the result areas its RG values asked for). */
const withoutWeighing = ({ weighing: _weighing, decision: _decision, ...rest }: FubeContent): FubeContent => ({ ...rest, resultAreas: rest.resultAreas.filter((a) => a.origin !== 'rg') });

/**
 * Two demo FUBEs are weighed on a tie (levels 2 and 3 equally close, DOMAIN.md §3.6): the draft
 * shows HR the open choice, the proposed one a choice already made (by title index).
 */
const TIED_VALUES: Readonly<Record<string, number>> = {
  complexiteit: 1,
  opvolging: 3,
  'rol-in-projecten': 3,
  'impact-op-budgetten': 1,
  beleidsvoorbereiding: 1,
  optimalisatie: 3,
  'interpersoonlijke-relaties': 1,
  organisatievorm: 2,
};
const TIED = new Set([6, 12]);

/**
 * Two functions that fit no family: their class comes from the separate method, and they take
 * the same steps as any other (DOMAIN.md §5.7): one final, one proposed (by title index).
 */
const UNASSIGNABLE = new Set([15, 28]);

/** Loads the demo into an empty database; leaves any other database untouched. */
export async function loadDemo(store: Store, family: Family, options: DemoOptions = {}): Promise<DemoResult> {
  const hash = options.hashPassword ?? scryptHash;
  const today = options.now ?? new Date();
  const [entities, fubes] = await Promise.all([store.entities.list(), store.fubes.summaries()]);
  if (entities.length > 0 || fubes.length > 0)
    return { loaded: false, reason: 'de databank bevat al gegevens; demogegevens komen enkel in een lege databank', logins: [], fubes: 0, states: {} };

  for (const entity of ENTITIES) await store.entities.save(entity);

  // Three to four people in every unit, with Dutch names; the last of each unit manages it.
  const people: Person[] = [];
  let n = 0;
  const personAt = (k: number, entityId: string, unitId: string): Person => ({
    id: `p-${String(k + 1).padStart(3, '0')}`,
    name: `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[(k * 7) % LAST_NAMES.length]}`,
    email: null,
    entityId,
    unitId,
  });
  for (const entity of ENTITIES)
    for (const unit of entity.units) for (let k = 0; k < 3 + (n % 2); k++, n++) people.push(personAt(n, entity.id, unit.id));
  const managerOf = new Map(ENTITIES.flatMap((e) => e.units.map((u) => [u.id, people.filter((p) => p.unitId === u.id).at(-1)] as const)));
  // One function per person (DOMAIN.md: holders of one function; issue 14): each FUBE gets the
  // unit's next people who hold nothing yet, one or two co-holders; more colleagues join a
  // unit when it has more functions than people. The demo holder account holds two part-time
  // functions (one proposed, one validated), so every page of a holder has content.
  const holdersOf = new Map<number, Person[]>();
  const holderPerson = people.find((p) => p.unitId === 'dfb-hrm');
  const ownFunctions = new Set(TITLES.flatMap(([title], i) => (title === 'HR-businesspartner' || title === 'Organisatieontwikkelaar' ? [i] : [])));
  const used = new Set<string>();
  for (const [i, [title, unitId]] of TITLES.entries()) {
    const own = holderPerson !== undefined && ownFunctions.has(i);
    const entityId = unitId.startsWith('dfb') ? 'dfb' : 'afb';
    // Co-holders of one function: every fourth function, the notified ones (each holder's own
    // term), and the holder account's validated one.
    const others = own ? (title === 'Organisatieontwikkelaar' ? 1 : 0) : i % 4 === 1 || PLAN[i] === 'notified' ? 2 : 1;
    const chosen: Person[] = own ? [holderPerson] : [];
    const size = chosen.length + others;
    for (const person of people)
      if (chosen.length < size && person.unitId === unitId && person !== managerOf.get(unitId) && person !== holderPerson && !used.has(person.id)) chosen.push(person);
    while (chosen.length < size) {
      const person = personAt(n++, entityId, unitId);
      people.push(person);
      chosen.push(person);
    }
    for (const person of chosen) used.add(person.id);
    holdersOf.set(i, chosen);
  }
  for (const person of people) await store.people.save(person);

  const password = hash(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  // Logins of an entity are people of it too (the pickers find them with their roles); they
  // stay out of `people`, so the FUBEs' holders are the same as before. HR is trained in the
  // method: either HR login can be the outside member of the other entity's committee.
  const loginPeople = new Map<string, Person>();
  for (const login of DEMO_LOGINS) {
    const personId = login.role === 'holder' ? (holderPerson?.id ?? null) : null;
    const name = login.role === 'holder' ? (holderPerson?.name ?? login.name) : login.name;
    const [entityId, unitId] = login.scope === 'overal' ? [null, null] : login.scope.includes('-') ? [login.scope.split('-')[0] ?? null, login.scope] : [login.scope, null];
    let person: Person | undefined;
    if (personId === null && entityId !== null) {
      person = { id: `p-${login.username.split('@')[0]?.replace(/\./g, '-') ?? login.role}`, name, email: login.username, entityId, unitId };
      await store.people.save(person);
      loginPeople.set(login.username, person);
    }
    const user = await store.users.create({
      email: login.username,
      name,
      passwordHash: password,
      personId: person?.id ?? personId,
      roles: [{ role: login.role, entityId, unitId }],
      trainedInMethod: login.role === 'hr',
    });
    ids.set(login.username, user.id);
  }
  const personOf = (username: string) => loginPeople.get(`${username}@demo.weegschaal`);
  const id = (username: string) => ids.get(`${username}@demo.weegschaal`) ?? username;
  const users = {
    hrDfb: id('hr.dfb'),
    hrAfb: id('hr.afb'),
    validatorDfb: id('leidend.ambtenaar.dfb'),
    validatorAfb: id('leidend.ambtenaar.afb'),
    appeal: id('beroepscommissie'),
    holder: id('functiehouder'),
  };

  const clock = new TestClock(today);
  const states: Partial<Record<Status, number>> = {};
  // Each function's writes carry the demo clock's days (its creation and history too, not
  // only its events), so a FUBE is not created after it was proposed.
  await store.backdated(
    () => clock.now(),
    async () => {
      for (const [i, [title, unitId]] of TITLES.entries()) {
        const target = PLAN[i] ?? 'draft';
        const entityId = unitId.startsWith('dfb') ? 'dfb' : 'afb';
        const other = entityId === 'dfb' ? 'afb' : 'dfb';
        const holders = holdersOf.get(i) ?? [];
        const manager = managerOf.get(unitId);
        const row = DEMO_FUNCTIONS[title];
        if (row === undefined) throw new Error(`demo data: ${title} has no row in demo-functions.ts`);
        const hr = entityId === 'dfb' ? users.hrDfb : users.hrAfb;
        const validator = entityId === 'dfb' ? users.validatorDfb : users.validatorAfb;
        const outsideHr = personOf(other === 'dfb' ? 'hr.dfb' : 'hr.afb');

        // Start far enough back for the target state; the offsets put deadlines around today.
        const startDaysAgo = ({ draft: 3 + i, proposed: i % 2 === 0 ? 12 : 36, validated: 45, notified: i % 2 === 0 ? 40 : 55, appealed: 48, 'appeal-decided': 80, final: 120 + i * 5, 'unassignable-decided': 30 } as Record<Status, number>)[target];
        clock.set(new Date(today.getTime() - startDaysAgo * DAY));

        let content = unwrap(
          createFube(family, {
            title,
            entityId,
            unitId,
            holderIds: holders.map((p) => p.id),
            resultAreaIds: [...row.areas],
            ...(manager !== undefined ? { managerId: manager.id } : {}),
          }),
          title,
        );
        // The family's purpose made specific to the function.
        content = { ...content, purpose: { ...row.purpose } };
        let record = await store.fubes.create(content, initialState(1), hr);


        // The values that fit the function (the reviewed table), then complete the description.
        const values = Object.fromEntries(family.criteria.map((criterion, c) => [criterion.id, row.values[c] ?? 1]));
        const unassignable = UNASSIGNABLE.has(i);
        // Two functions show a tie (an open one on a draft, a decided one): their values are the tie's.
        const tied = TIED.has(i) && family.criteria.every((c) => TIED_VALUES[c.id] !== undefined && TIED_VALUES[c.id]! <= c.values.length);
        content = unwrap(setWeighing(content, family, tied ? { ...TIED_VALUES } : values), `${title}: weging`);
        // A value with OF alternatives needs HR's choice before proposing (issue 14 item 5): a
        // coordinator steers the team (value 3: leads it, value 2: steers it functionally); every
        // other function is the team's subject-matter contact (the last alternative).
        for (const { criterion, value } of missingChoices(content, family)) {
          const items = valueAlternatives(criterion.values[value - 1]) ?? [];
          const steers = /coördinator|teamleider|diensthoofd|leidinggevende/i.test(title);
          const alternative = steers ? (criterion.values[value - 1]?.rg === true ? 1 : Math.min(2, items.length)) : items.length;
          content = unwrap(chooseAlternatives(content, family, criterion.id, [alternative]), `${title}: alternatief`);
        }
        content = {
          ...content,
          resultAreas: content.resultAreas.map((area) => ({ ...area, goal: area.goal === '' ? 'de organisatie in dit domein te versterken' : area.goal })),
          specificKnowledge: `Grondige kennis van de regelgeving en processen van ${ENTITIES.find((e) => e.id === entityId)?.name ?? entityId} die het domein ${title.toLowerCase()} raken.`,
        };
        // A tie is decided by HR before the proposal (DOMAIN.md §3.6): a FUBE that goes further than draft gets the decision, with its event.
        const tieEvents: WorkflowEvent[] = [];
        if (target !== 'draft' && tieOpen(content)) {
          const levels = tiedLevels(content.weighing?.result);
          const up = i % 2 === 0;
          const level = (up ? levels.at(-1) : levels[0]) ?? 0;
          const motivation = up
            ? 'De functie leidt zelfstandig projecten en volgt ze op tot het eindresultaat; het hogere niveau past beter.'
            : 'De functie werkt binnen vaste kaders en wordt nauw opgevolgd; het lagere niveau past beter.';
          const at = clock.now().toISOString();
          content = unwrap(decideTie(content, { level, motivation }, { userId: hr, at }), `${title}: gelijke stand`);
          const { values: _values, ...tie } = content.tieDecision!;
          tieEvents.push({ type: 'decide-tie', at, actorId: hr, revision: 2, from: 'draft', to: 'draft', data: { ...tie } });
        }
        const suggested = effectiveSuggestion(content);
        content = unassignable
          ? { ...withoutWeighing(content), unassignable: { method: 'Analytische functieweging (afzonderlijke methode)', class: 16 + (i % 3), motivation: 'De functie past in geen enkele functiefamilie: ze combineert operationele leiding en beleidsvoorbereiding.' } }
          : i % 7 === 3 && suggested !== undefined && suggested.class !== family.levels[suggested.level - 1]?.classes.at(-1)
            ? unwrap(decideClass(content, family, { class: suggested.class + 1, motivation: 'De functie draagt een ruimere verantwoordelijkheid dan de weging laat zien.' }), `${title}: beslissing`)
            : unwrap(acceptSuggestion(content, family), `${title}: beslissing`);
        const written = await store.fubes.write(record.id, { baseRevision: 1, content, workflow: { ...record.workflow, revision: 2 }, events: tieEvents, actorId: hr, reason: 'weging en beschrijving' });
        if (written === undefined || !written.ok) throw new Error(`demo data: ${title} could not be written`);
        record = written.record;
        if (target === 'draft') {
          states[target] = (states[target] ?? 0) + 1;
          continue;
        }

        const decision = content.unassignable?.class ?? content.decision?.class ?? 0;
        const holderIds = holders.map((p) => p.id);
        let state = await step(record.workflow, { type: 'propose' }, hr);
        if (target !== 'proposed') {
          clock.advance({ days: 31 });
          state = await step(state, {
            type: 'validate',
            validatorId: personOf(entityId === 'dfb' ? 'leidend.ambtenaar.dfb' : 'leidend.ambtenaar.afb')?.id ?? validator,
            committee: {
              // The FUBE's own manager does not sit in its committee (DOMAIN.md §5.3, decision 0037).
              members: [{ personId: outsideHr?.id ?? 'p-001', name: outsideHr?.name ?? 'HR-lid van buiten', role: 'hr', entityId: other, trainedInMethod: true }],
            },
            advice: { text: 'Het comité volgt de weging.', class: decision },
            decision: { class: decision, motivation: 'De weging is consistent met de resultaatgebieden en de verwachte kennis.' },
          }, validator);
        }
        if (['notified', 'appealed', 'appeal-decided', 'final'].includes(target)) {
          clock.advance({ days: 2 });
          state = await step(state, { type: 'notify' }, validator);
        }
        if (target === 'appealed' || target === 'appeal-decided') {
          clock.advance({ days: 5 });
          // The holders ask for the next class up (never above the family's highest).
          state = await step(
            state,
            { type: 'appeal', appellantIds: holderIds, grounds: ['class'], motivation: `Wij menen dat de zwaarte van onze functie als ${title.toLowerCase()} onderschat is: wij vragen de volgende functieklasse.` },
            holders[0]?.id ?? users.holder,
          );
        }
        if (target === 'appeal-decided') {
          clock.advance({ days: 21 });
          const upheld = i % 2 === 0;
          // The appeal committee with a member from outside the entity, heard the holders on the day it decided.
          const hearing = {
            committee: { members: [{ personId: outsideHr?.id ?? 'p-001', name: outsideHr?.name ?? 'HR-lid van buiten', role: 'hr' as const, entityId: other, trainedInMethod: true }] },
            hearingOn: localDate(clock.now()),
            heard: holders.map((p) => p.name),
          };
          const higher = family.levels.flatMap((l) => l.classes).find((c) => c > decision);
          state = await step(
            state,
            upheld && higher !== undefined
              ? { type: 'decide-appeal', outcome: 'upheld', class: higher, motivation: 'De commissie erkent de bredere budgetimpact.', ...hearing }
              : { type: 'decide-appeal', outcome: 'rejected', motivation: 'De weging volgt de familie; het beroep is ongegrond.', ...hearing },
            users.appeal,
          );
        }
        if (target === 'final') {
          // Past every holder's term (15 days, to the next working day).
          clock.advance({ days: 20 });
          await step(state, { type: 'finalize' }, validator);
        }
        states[target] = (states[target] ?? 0) + 1;

        // Runs one action with the domain's rules at the demo clock's time and stores it.
        async function step(current: WorkflowState, action: WorkflowAction, actorId: string): Promise<WorkflowState> {
          const outcome = unwrap(transition(current, action, { clock, actorId, fube: content, family }), `${title}: ${action.type}`);
          const saved = await store.fubes.write(record.id, { baseRevision: record.revision, workflow: outcome.state, events: outcome.events, actorId });
          if (saved === undefined || !saved.ok) throw new Error(`demo data: ${title}: ${action.type} could not be stored`);
          record = saved.record;
          return outcome.state;
        }
      }
    },
  );

  // A pay period on today's date: the FUBEs made final above are in force on it (demo-pay.ts).
  const pay = await loadDemoPay(store, { referenceDate: localDate(today), importedBy: id('loonanalist') });
  return { loaded: true, logins: [...DEMO_LOGINS], fubes: TITLES.length, states, pay };
}
