import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { localDate } from '../../src/domain/workflow/calendar.js';
import { DEMO_PASSWORD, scryptHash } from '../../src/store/demo.js';
import { seedFamily } from '../api/harness.js';
import { pdfText, squash } from '../documents/fixtures.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const FAMILY = 'organisatieondersteunende-functies';
const HOLDER = 'functiehouder@demo.weegschaal';
const CO_HOLDER = 'collega@demo.weegschaal';
const CHEF = 'chef@demo.weegschaal';
const HR = 'hr.dfb@demo.weegschaal';
const VALIDATOR = 'leidend.ambtenaar.dfb@demo.weegschaal';
const APPEAL = 'beroepscommissie@demo.weegschaal';

type Call = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<{ status: number; body: Record<string, unknown> }>;

/**
 * Issue 13 item 6 in Chromium, one path after the other on one server and one clock (Monday
 * 2 March 2026): a remark answered by the manager; a talk request that blocks validation until
 * held; two co-holders appealing each in their own term (from their own receipt); a paper
 * appeal registered by HR; an inadmissible late appeal; a grounded appeal that changes the
 * class on the holder's page and in the FUBE document. The FUBEs are written and proposed
 * through the API; every step of the procedure is taken on the pages.
 */
describe.skipIf(skip)('the procedure between holders, HR and the committees, in Chromium', () => {
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const suite = browserSuite({ clock, screenshotPrefix: 'procedure-', defaultTimeout: 15000 });
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  const family = seedFamily();
  const people = { holder: { id: '', name: '' }, co: { id: '', name: '' }, chef: { id: '', name: '' }, outside: { id: '', name: '' } };
  const ids = { talk: '', coHolders: '', paper: '' };
  let cls = 0;

  /** A session of one of the demo users on the server (its Cookie header). */
  async function session(username: string): Promise<string> {
    const origin = server.url;
    const login = await fetch(`${origin}/api/login`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    expect(login.status, username).toBe(200);
    return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  }

  /** The API as one of the demo users, over the server's HTTP (setup and checks only). */
  async function as(username: string): Promise<Call> {
    const origin = server.url;
    const cookie = await session(username);
    return async (method, path, body) => {
      const response = await fetch(`${origin}${path}`, { method, headers: { origin, cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const text = await response.text();
      return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? (JSON.parse(text) as Record<string, unknown>) : { text } };
    };
  }

  /** A FUBE of the seed family held by the demo holder and a colleague, managed by the chef, proposed by HR. */
  async function proposed(hr: Call, title: string): Promise<string> {
    const created = await hr('POST', '/api/fubes', { familyId: FAMILY, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: [people.holder.id, people.co.id], managerId: people.chef.id });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body.id);
    const weighed = await hr('POST', `/api/fubes/${id}/weigh`, { baseRevision: created.body.revision, values: Object.fromEntries(family.criteria.map((c) => [c.id, 1])) });
    expect(weighed.status).toBe(200);
    const result = weighed.body.result as { level: number; class: number };
    const current = (await hr('GET', `/api/fubes/${id}`)).body as { content: { resultAreas: { goal: string }[] } & Record<string, unknown> };
    const content = {
      ...current.content,
      resultAreas: current.content.resultAreas.map((a) => ({ ...a, goal: a.goal || 'de dienstverlening te verbeteren' })),
      specificKnowledge: 'Kennis van het Vlaams personeelsstatuut en de HR-processen van het departement.',
      decision: { level: result.level, class: result.class },
    };
    const saved = await hr('PUT', `/api/fubes/${id}`, { baseRevision: weighed.body.revision, content });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const step = await hr('POST', `/api/fubes/${id}/transitions`, { baseRevision: saved.body.revision, action: { type: 'propose' } });
    expect(step.status, JSON.stringify(step.body)).toBe(200);
    cls = result.class;
    return id;
  }

  /** The validator validates with an outside HR member and notifies, through the API. */
  async function validateAndNotify(validator: Call, id: string): Promise<void> {
    const revision = async () => (await validator('GET', `/api/fubes/${id}`)).body.revision;
    const validated = await validator('POST', `/api/fubes/${id}/transitions`, {
      baseRevision: await revision(),
      action: { type: 'validate', committee: { members: [{ personId: people.outside.id, role: 'hr' }] }, advice: { text: 'Klasse bevestigd.' }, decision: { class: cls, motivation: 'De weging volgt de familie.' } },
    });
    expect(validated.status, JSON.stringify(validated.body)).toBe(200);
    const notified = await validator('POST', `/api/fubes/${id}/transitions`, { baseRevision: await revision(), action: { type: 'notify' } });
    expect(notified.status, JSON.stringify(notified.body)).toBe(200);
  }

  const logout = async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  };
  const done = (state: string) => page.getByText(`De actie is uitgevoerd: de functiebeschrijving is nu ${state}.`).waitFor();
  const main = () => page.locator('main');

  beforeAll(async () => {
    ({ server, page } = suite);
    const { store } = server;
    const holder = await store.users.byEmail(HOLDER);
    const hrm = (await store.people.list({ unitId: 'dfb-hrm' })).filter((p) => p.id !== holder?.personId && !p.id.startsWith('p-hr') && !p.id.startsWith('p-leid'));
    const [co, chef] = [hrm[1], hrm[2]];
    const outside = await store.users.byEmail('hr.afb@demo.weegschaal');
    if (holder?.personId == null || co === undefined || chef === undefined || outside?.personId == null) throw new Error('the demo has the people of HRM');
    people.holder = { id: holder.personId, name: holder.name };
    people.co = { id: co.id, name: co.name };
    people.chef = { id: chef.id, name: chef.name };
    people.outside = { id: outside.personId, name: outside.name };
    // The co-holder signs in as a holder; the manager the FUBEs name is a manager of the unit.
    const password = scryptHash(DEMO_PASSWORD);
    await store.users.create({ email: CO_HOLDER, name: co.name, passwordHash: password, personId: co.id, roles: [{ role: 'holder', entityId: 'dfb', unitId: null }] });
    await store.users.create({ email: CHEF, name: chef.name, passwordHash: password, personId: chef.id, roles: [{ role: 'manager', entityId: 'dfb', unitId: 'dfb-hrm' }] });
    const hr = await as(HR);
    ids.talk = await proposed(hr, 'Adviseur loopbaangesprekken');
    ids.coHolders = await proposed(hr, 'Adviseur verloning');
    ids.paper = await proposed(hr, 'Adviseur arbeidsrelaties');
  }, 120_000);

  it('a remark is answered by the manager the FUBE names, and the holder reads the answer', async () => {
    await login(HOLDER);
    await open(`/mijn-functie/${ids.talk}`);
    await page.getByLabel('Uw opmerking').fill('Het budgetbeheer voor opleidingen ontbreekt in de resultaatgebieden.');
    await page.getByRole('button', { name: 'Opmerking versturen' }).click();
    await page.getByText('Uw opmerking is bewaard.').waitFor();
    // A talk request too: it will block the validation (next test).
    await page.getByLabel('Waarover wilt u praten? (niet verplicht)').fill('De verdeling van de opleidingsbudgetten.');
    await page.getByRole('button', { name: 'Een gesprek met uw leidinggevende vragen' }).click();
    await page.getByText('Uw vraag om een gesprek is doorgegeven.').waitFor();
    await check('holder-remark');
    await logout();

    await login(CHEF);
    // The manager's work lists the remark and the talk.
    await page.locator('main', { hasText: 'Adviseur loopbaangesprekken' }).waitFor();
    await check('manager-work');
    await open(`/fubes/${ids.talk}/proces`);
    const thread = page.getByRole('article', { name: `Functiehouder ${people.holder.name}` });
    await thread.getByText('Het budgetbeheer voor opleidingen ontbreekt in de resultaatgebieden.').waitFor();
    await thread.getByRole('textbox', { name: 'Uw antwoord' }).fill('Klopt: we voegen het budgetbeheer toe bij de volgende revisie.');
    await thread.getByRole('button', { name: 'Antwoorden' }).click();
    await thread.getByText(`Antwoord van ${people.chef.name}`).waitFor();
    await check('manager-answered');
    await logout();

    await login(HOLDER);
    await open(`/mijn-functie/${ids.talk}`);
    await page.getByText('Klopt: we voegen het budgetbeheer toe bij de volgende revisie.').waitFor();
    await page.getByText(`Antwoord van ${people.chef.name}`).waitFor();
    // Told in the app: the answer is among the holder's notifications.
    await open('/meldingen');
    await page.getByText('Uw opmerking bij Adviseur loopbaangesprekken werd beantwoord').waitFor();
    await check('holder-answer');
    await logout();
  });

  it('a talk request blocks the validation until the manager records it as held', async () => {
    // Wednesday 1 April: 30 days after the proposal.
    clock.set('2026-04-01T09:00:00Z');
    await login(VALIDATOR);
    await open(`/fubes/${ids.talk}/proces`);
    await page.getByText('Valideren kan nog niet:').waitFor();
    // The reason names the holder, not their id.
    expect(await main().textContent()).toContain(`de functiehouder '${people.holder.name}' vroeg een gesprek dat nog niet gehouden is`);
    expect(await page.getByRole('heading', { level: 4, name: 'Valideren' }).count()).toBe(0);
    await check('validation-blocked');
    await logout();

    await login(CHEF);
    await open(`/fubes/${ids.talk}/proces`);
    const form = page.locator('form', { has: page.getByRole('heading', { level: 4, name: 'Gesprek vastleggen' }) });
    await form.getByLabel('Functiehouder').selectOption(people.holder.id);
    await form.getByLabel('Datum van het gesprek').fill('2026-03-20');
    await form.getByLabel('Verslag van het gesprek').fill('Besproken: de opleidingsbudgetten komen in de volgende revisie.');
    await form.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await done('voorgesteld');
    await page.getByText(`Gesprek gehouden op 20 maart 2026, vastgelegd door ${people.chef.name}`).waitFor();
    await logout();

    await login(VALIDATOR);
    await open(`/fubes/${ids.talk}/proces`);
    await page.getByRole('heading', { level: 4, name: 'Valideren' }).waitFor();
    expect(await main().textContent()).not.toContain('Valideren kan nog niet:');
    await check('validation-open');
    await logout();
  });

  it('two co-holders appeal each within their own term, counted from their own receipt', async () => {
    const validator = await as(VALIDATOR);
    await validateAndNotify(validator, ids.coHolders);
    await validateAndNotify(validator, ids.paper);
    // Thursday 2 April: the holder acknowledges her letter and appeals in the app (her term: 17 April).
    clock.set('2026-04-02T10:00:00Z');
    await login(HOLDER);
    await open(`/mijn-functie/${ids.coHolders}`);
    await page.getByRole('button', { name: 'Ik heb deze brief ontvangen' }).click();
    await page.getByText('Ontvangen op 2 april 2026; beroep mogelijk tot en met 17 april 2026').waitFor();
    const appeal = page.locator('form', { has: page.getByRole('button', { name: 'Beroep instellen' }) });
    await appeal.getByLabel('De functieklasse').check();
    await appeal.getByLabel('Motivering').fill('Ik coördineer de loonadministratie van twee afdelingen.');
    await appeal.getByRole('button', { name: 'Beroep instellen' }).click();
    await page.getByText('Uw beroep is ingesteld.').first().waitFor();
    await check('holder-appealed');
    await logout();

    // Thursday 9 April: HR records that the colleague's letter was delivered on 7 April (his term: 22 April).
    clock.set('2026-04-09T10:00:00Z');
    await login(HR);
    await open(`/fubes/${ids.coHolders}/proces`);
    const delivery = page.getByRole('form', { name: `Bezorging registreren: ${people.co.name}` });
    await delivery.getByLabel('Ontvangen op').fill('2026-04-07');
    await delivery.getByLabel('Bezorgd per').selectOption('letter');
    await delivery.getByRole('button', { name: 'Bezorging registreren' }).click();
    await page.getByText('Ontvangen op 7 april 2026; beroep mogelijk tot en met 22 april 2026').waitFor();
    await check('hr-delivery');
    await logout();

    // Monday 20 April: past the holder's term, inside the colleague's; he appeals in the app.
    clock.set('2026-04-20T09:00:00Z');
    await login(CO_HOLDER);
    await open(`/mijn-functie/${ids.coHolders}`);
    const own = page.locator('form', { has: page.getByRole('button', { name: 'Beroep instellen' }) });
    expect(await own.textContent()).toMatch(/Beroep mogelijk tot en met: .*22 april 2026/);
    await own.getByLabel('De functieklasse').check();
    await own.getByLabel('Motivering').fill('Ook ik vraag een hogere klasse, binnen mijn eigen termijn.');
    await own.getByRole('button', { name: 'Beroep instellen' }).click();
    await page.getByText('Uw beroep is ingesteld.').first().waitFor();
    await check('co-holder-appealed');
    await logout();

    await login(APPEAL);
    await open(`/fubes/${ids.coHolders}/proces`);
    await page.getByRole('article', { name: new RegExp(`van ${people.holder.name}$`) }).waitFor();
    await page.getByRole('article', { name: new RegExp(`van ${people.co.name}$`) }).waitFor();
    await check('appeal-file-two');
    await logout();
  });

  it('HR registers a paper appeal and a late e-mail; the committee finds the late one inadmissible and upholds the other with a higher class', async () => {
    const newClass = family.levels.flatMap((l) => l.classes).find((c) => c > cls);
    if (newClass === undefined) throw new Error('the family has a higher class');
    await login(HR);
    await open(`/fubes/${ids.paper}/proces`);
    const form = page.locator('form', { has: page.getByRole('heading', { level: 4, name: 'Beroep registreren' }) });
    // The colleague's letter of 10 April, within the term (16 April, from the notification).
    await form.getByRole('checkbox', { name: people.co.name }).check();
    await form.getByLabel('Ontvangen op').fill('2026-04-10');
    await form.getByLabel('Binnengekomen').selectOption('letter');
    await form.getByRole('checkbox', { name: 'de functieklasse' }).check();
    await form.getByLabel('Gevraagde klasse').selectOption('higher');
    await form.getByLabel('Tekst van het beroep').fill('Brief van 10 april: de functie stuurt de sociale verkiezingen aan.');
    await form.getByLabel('Bijlagen (namen, gescheiden door komma’s)').fill('brief.pdf');
    await check('register-form');
    await form.getByRole('button', { name: 'Beroep registreren' }).click();
    await form.getByText(/Het beroep is geregistreerd/).waitFor();
    // The holder's e-mail arrived today, 20 April: after her term, registered as late.
    await form.getByRole('checkbox', { name: people.holder.name }).check();
    await form.getByLabel('Ontvangen op').fill('2026-04-20');
    await form.getByLabel('Binnengekomen').selectOption('email');
    await form.getByRole('checkbox', { name: 'de functieklasse' }).check();
    await form.getByLabel('Tekst van het beroep').fill('Mijn e-mail: ik vraag een hogere klasse.');
    await form.getByRole('button', { name: 'Beroep registreren' }).click();
    await page.getByRole('article', { name: new RegExp(`van ${people.holder.name}$`) }).getByText('na de beroepstermijn').waitFor();
    expect(await page.getByRole('article', { name: new RegExp(`van ${people.co.name}$`) }).textContent()).toContain('per brief');
    await check('registered');
    // HR registers; deciding is the appeal committee's, and its form is not offered to HR.
    expect(await page.getByRole('heading', { level: 4, name: 'Uitspraak beroep vastleggen' }).count()).toBe(0);
    await logout();

    // Tuesday 21 April: the appeal committee decides both, picking its members by name.
    clock.set('2026-04-21T09:00:00Z');
    await login(APPEAL);
    await open(`/fubes/${ids.paper}/proces`);
    const decide = page.locator('form', { has: page.getByRole('heading', { level: 4, name: 'Uitspraak beroep vastleggen' }) });
    await decide.waitFor();
    // Registering is HR's: the appeal committee is not offered the form.
    expect(await page.getByRole('heading', { level: 4, name: 'Beroep registreren' }).count()).toBe(0);
    const appeals = ((await (await as(APPEAL))('GET', `/api/fubes/${ids.paper}`)).body.workflow as { appeals: { id: string; appellantIds: string[] }[] }).appeals;
    const late = appeals.find((a) => a.appellantIds.includes(people.holder.id))?.id ?? '?';
    await decide.getByLabel('Beroep', { exact: true }).selectOption(late);
    expect(await decide.getByLabel('Beroep', { exact: true }).locator('option:checked').textContent()).toContain(people.holder.name);
    await decide.getByLabel('Onontvankelijk (met de reden)').check();
    await decide.getByLabel('Motivering').fill('Het beroep kwam binnen na de beroepstermijn van de functiehouder.');
    const box = decide.getByRole('combobox', { name: 'Leden van de beroepscommissie', exact: true });
    await box.focus();
    await page.keyboard.type('hugo');
    await page.getByRole('listbox', { name: 'Leden van de beroepscommissie' }).getByText(people.outside.name).first().click();
    await decide.getByText(`${people.outside.name} — Agentschap Facilitair Bedrijf (van buiten de entiteit)`).waitFor();
    await decide.getByLabel('Datum van de hoorzitting').fill('2026-04-21');
    await decide.getByRole('checkbox', { name: people.holder.name }).check();
    await check('decide-inadmissible');
    await decide.getByRole('button', { name: 'Uitspraak beroep vastleggen' }).click();
    await done('in beroep');
    await page.getByText('Uitspraak: onontvankelijk').waitFor();

    // The other appeal, now the only open one: upheld, one class higher.
    await decide.getByLabel('Gegrond: een nieuwe functieklasse').check();
    await decide.getByLabel('Functieklasse', { exact: true }).selectOption(String(newClass));
    await decide.getByLabel('Motivering').fill('De aansturing van de sociale verkiezingen weegt zwaarder dan de weging toont.');
    await decide.getByLabel('Datum van de hoorzitting').fill('2026-04-21');
    await decide.getByRole('checkbox', { name: people.co.name }).check();
    await decide.getByRole('button', { name: 'Uitspraak beroep vastleggen' }).click();
    await done('beroep beslist');
    await page.getByText('Uitspraak: gegrond').waitFor();
    await check('decided');
    await logout();

    // The colleague's page: the new class, the outcome with its motivation, the decision letter.
    await login(CO_HOLDER);
    await open(`/mijn-functie/${ids.paper}`);
    await page.getByText(new RegExp(`functieklasse ${newClass}\\.`)).first().waitFor();
    await page.getByText('De aansturing van de sociale verkiezingen weegt zwaarder dan de weging toont.').waitFor();
    await page.getByText('Beslissing over het beroep').first().waitFor();
    await check('co-holder-upheld');
    // The FUBE document (PDF) says the new class.
    const pdf = await fetch(`${server.url}/api/fubes/${ids.paper}/document?format=pdf`, { headers: { cookie: await session(CO_HOLDER) } });
    expect(pdf.status).toBe(200);
    expect(squash((await pdfText(Buffer.from(await pdf.arrayBuffer()))).text)).toMatch(new RegExp(`Functieklasse ?${newClass}`));
    await logout();

    // The holder's page: her late appeal, inadmissible, with the reason.
    await login(HOLDER);
    await open(`/mijn-functie/${ids.paper}`);
    await page.getByText('Uitspraak: onontvankelijk').waitFor();
    await page.getByText('Het beroep kwam binnen na de beroepstermijn van de functiehouder.').waitFor();
    await check('holder-inadmissible');
  });

  it('an appeal against the family is upheld into another published family, chosen from a list', async () => {
    const copy = { ...family, id: 'ondersteunende-kopie', name: 'Ondersteunende functies (kopie)' };
    await server.store.families.saveDraft(copy, 'kopie', 'system');
    await server.store.families.publish(copy.id, copy.version, 'system');
    await validateAndNotify(await as(VALIDATOR), ids.talk);
    const lodged = await (await as(HOLDER))('POST', `/api/fubes/${ids.talk}/appeals`, { grounds: ['family'], motivation: 'De functie hoort in een andere familie.' });
    expect(lodged.status, JSON.stringify(lodged.body)).toBe(201);
    await logout();
    await login(APPEAL);
    await open(`/fubes/${ids.talk}/proces`);
    const decide = page.locator('form', { has: page.getByRole('heading', { level: 4, name: 'Uitspraak beroep vastleggen' }) });
    await decide.getByLabel('Gegrond: een nieuwe functieklasse').check();
    await decide.getByLabel('Functiefamilie', { exact: true }).selectOption(copy.id);
    await decide.getByLabel('Functieklasse', { exact: true }).selectOption(String(cls));
    await decide.getByLabel('Motivering').fill('De functie past beter in de andere familie.');
    await decide.getByRole('combobox', { name: 'Leden van de beroepscommissie', exact: true }).focus();
    await page.keyboard.type('hugo');
    await page.getByRole('listbox', { name: 'Leden van de beroepscommissie' }).getByText(people.outside.name).first().click();
    await decide.getByLabel('Datum van de hoorzitting').fill(localDate(clock.now()));
    await check('decide-family');
    await decide.getByRole('button', { name: 'Uitspraak beroep vastleggen' }).click();
    await done('beroep beslist');
    await page.getByText('Nieuwe functiefamilie: Ondersteunende functies (kopie)').waitFor();
    const decided = (await (await as(APPEAL))('GET', `/api/fubes/${ids.talk}`)).body.workflow as { appeals: { decision?: { familyId?: string } }[] };
    expect(decided.appeals.at(-1)?.decision?.familyId).toBe(copy.id);
    await logout();
    // The holder's page names the new family.
    await login(HOLDER);
    await open(`/mijn-functie/${ids.talk}`);
    await page.getByText(new RegExp(`Functiefamilie Ondersteunende functies \\(kopie\\), niveau \\d+, functieklasse ${cls}\\.`)).waitFor();
    await page.getByText('Nieuwe functiefamilie: Ondersteunende functies (kopie)').waitFor();
    // The explanation says first where the function stands now (decision 0042).
    await page.getByText(new RegExp(`^Na het gegronde beroep hoort de functie bij de functiefamilie 'Ondersteunende functies \\(kopie\\)', functieklasse ${cls}\\.`)).waitFor();
    await check('holder-new-family');
  });
});
