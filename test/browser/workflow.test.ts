import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { weigh } from '../../src/domain/weighing/index.js';
import { localDate } from '../../src/domain/workflow/calendar.js';
import { seedFamily } from '../api/harness.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { appReady, browserSuite, type WebServer } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const FAMILY = 'organisatieondersteunende-functies';
const TITLE = 'Loopbaanbegeleider mobiliteit';
// No RG value among these, so no extra result area is required.
const CHOICE: Record<string, number> = {
  complexiteit: 2,
  opvolging: 2,
  'rol-in-projecten': 2,
  'impact-op-budgetten': 2,
  beleidsvoorbereiding: 1,
  optimalisatie: 3,
  'interpersoonlijke-relaties': 1,
  organisatievorm: 2,
};

describe.skipIf(skip)('the whole classification process in Chromium, role by role', () => {
  const clock = new TestClock(new Date());
  const suite = browserSuite({ clock, screenshotPrefix: 'workflow-', defaultTimeout: 15000 });
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = suite);
  });

  const logout = async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  };

  /** One click saves (the autosave may have done it already); the editor then says when. */
  const save = async () => {
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await page.locator('[data-save-state="saved"]').getByText(/^Opgeslagen om \d{2}:\d{2} \(revisie \d+\)$/).waitFor();
  };

  /** 'ok' once the confirmation shows; the refusal's own words when the page shows an error instead. */
  const outcome = async (confirmation: string) => {
    if ((await page.getByText(confirmation).count()) > 0) return 'ok';
    const alerts = await page.getByRole('alert').allTextContents();
    return alerts.length > 0 ? `refused: ${alerts.join(' | ')}` : 'waiting';
  };

  /**
   * Picks a person in the picker labelled `label` with the keyboard only: types part of the
   * name, moves down the list until the person is highlighted, presses Enter; the chip with
   * the name must appear. With `shot`, the open list is checked by axe and photographed.
   */
  const pick = async (label: string, typed: string, name: string, shot?: string) => {
    const box = page.getByRole('combobox', { name: label, exact: true });
    await box.focus();
    await page.keyboard.type(typed);
    const list = page.getByRole('listbox', { name: label, exact: true });
    await list.locator('.wg-chip__name', { hasText: name }).first().waitFor();
    if (shot !== undefined) await check(shot);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('ArrowDown');
      const highlighted = await list.locator('[role="option"][aria-selected="true"] .wg-chip__name').textContent();
      if (highlighted === name) break;
    }
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: `${label}: gekozen personen`, exact: true }).getByText(name, { exact: true }).waitFor();
    expect(await box.inputValue()).toBe('');
  };

  const api = (path: string) =>
    page.evaluate(async (p) => {
      const response = await fetch(p);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }, path);

  let id = '';
  const family = seedFamily();
  const expected = weigh(family, CHOICE);
  if (!expected.ok) throw new Error('the chosen values must be a valid weighing');
  const suggested = expected.value;
  // The appeal committee upholds the appeal with the next class of the family.
  const newClass = family.levels.flatMap((l) => l.classes).find((c) => c > suggested.class) ?? suggested.class;

  it('HR writes a FUBE from scratch from the seed family, weighs it, accepts the class and proposes it', async () => {
    const holder = await server.store.users.byEmail('functiehouder@demo.weegschaal');
    const manager = (await server.store.people.list({ unitId: 'dfb-hrm' })).at(-1);
    expect(holder?.personId).toBeTruthy();
    await login('hr.dfb@demo.weegschaal');
    await check('home-hr');

    await open(`/families/${FAMILY}/nieuwe-fube`);
    await page.getByLabel('Functietitel').fill(TITLE);
    await page.getByLabel('Entiteit').selectOption('dfb');
    await page.getByLabel('Afdeling of team').selectOption('dfb-hrm');
    await check('new');
    await page.getByRole('button', { name: 'Functiebeschrijving starten' }).click();
    await page.getByRole('heading', { level: 1, name: `Functiebeschrijving: ${TITLE}` }).waitFor();
    id = /\/fubes\/([^/]+)\/identificatie$/.exec(page.url())?.[1] ?? '';
    expect(id).not.toBe('');

    // Identification: the holder and the manager are picked by typing part of their name.
    const holderPerson = await server.store.people.get(holder?.personId ?? '');
    if (holderPerson === undefined || manager === undefined) throw new Error('the demo has a holder and a manager');
    await pick('Functiehouders', holderPerson.name.split(' ')[0]?.toLowerCase() ?? '', holderPerson.name, 'identification-picker-open');
    await pick('Leidinggevende', manager.name.slice(0, 5).toUpperCase(), manager.name);
    await check('identification');
    await save();
    const saved = await api(`/api/fubes/${id}`);
    expect(saved.body.content).toMatchObject({ holderIds: [holderPerson.id], managerId: manager.id });
    // The names come with the FUBE: after a reload the chips still show them, not ids.
    await page.reload();
    await appReady(page);
    await page.getByRole('list', { name: 'Functiehouders: gekozen personen' }).getByText(holderPerson.name).waitFor();
    await page.getByRole('list', { name: 'Leidinggevende: gekozen personen' }).getByText(manager.name).waitFor();

    await page.getByRole('link', { name: /^Volgende stap: / }).click();
    await page.getByLabel('Wat (de kern van de functie)').fill('Begeleidt medewerkers van het departement bij interne mobiliteit en loopbaanstappen');
    await page.getByLabel('Met als doel').fill('talent binnen de Vlaamse overheid te behouden en goed in te zetten.');
    await check('purpose');
    await save();

    await page.getByRole('link', { name: /^Volgende stap: / }).click();
    // The family's result areas are all chosen at the start: keep the first three.
    const boxes = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Resultaatgebieden van de familie' }) }).getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(family.resultAreas.length);
    for (let i = family.resultAreas.length - 1; i >= 3; i--) await boxes.nth(i).uncheck();
    const cards = page.locator('section.wg-card');
    expect(await cards.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const goal = cards.nth(i).getByLabel('Met als doel');
      if ((await goal.inputValue()).trim() === '') await goal.fill('de dienstverlening aan de medewerkers te verbeteren.');
    }
    await check('result-areas');
    await save();

    // Weighing (before the knowledge step, issue 15 item 4): the first criterion with the keyboard, the others with the mouse.
    await page.getByRole('link', { name: /^Volgende stap: / }).click();
    const [first, ...rest] = family.criteria;
    if (first === undefined) throw new Error('the seed family has criteria');
    await page.locator(`input[name="criterium-${first.id}"]`).first().focus();
    await page.keyboard.press('Space');
    for (let k = 1; k < (CHOICE[first.id] ?? 1); k++) await page.keyboard.press('ArrowDown');
    for (const criterion of rest) await page.locator(`input[name="criterium-${criterion.id}"][value="${CHOICE[criterion.id]}"]`).click();
    expect(await page.getByTestId('weighing-level').textContent()).toBe(String(suggested.level));
    expect(await page.getByTestId('weighing-class').textContent()).toBe(String(suggested.class));
    // organisatievorm 2 has three OF alternatives: HR ticks the one that applies (issue 14 item 5).
    const ofValue = family.criteria.find((c) => c.id === 'organisatievorm')!.values[1]!.parts!.items;
    const alternatives = page.getByTestId('alternatives');
    await alternatives.getByText('Nog niet gekozen').waitFor();
    expect(await alternatives.getByRole('checkbox').count()).toBe(ofValue.length);
    await alternatives.getByRole('checkbox', { name: ofValue[2]! }).check();
    expect(await alternatives.getByText('Nog niet gekozen').count()).toBe(0);
    // The explanation beside it names only the chosen alternative.
    const explained = (await page.getByTestId('weighing-result').textContent()) ?? '';
    expect(explained).toContain('fungeren als inhoudelijk aanspreekpunt');
    expect(explained).not.toContain('dagelijkse operationele activiteiten');
    await check('weighing');
    await save();
    await page.getByText(new RegExp(`bevestigd: niveau ${suggested.level}`)).waitFor();
    expect(((await api(`/api/fubes/${id}`)).body.content as { weighing: { alternatives?: unknown } }).weighing.alternatives).toEqual({ organisatievorm: [3] });

    await page.getByRole('link', { name: /^Volgende stap: / }).click();
    // The level is known now: the knowledge step shows the family's texts of that level.
    await page.getByRole('heading', { level: 3, name: `Vakkennis van niveau ${suggested.level} (uit de familie)` }).waitFor();
    await page.getByLabel('Functie- en entiteitsspecifieke kennis').fill('Grondige kennis van het personeelsstatuut van de Vlaamse overheid en van de mobiliteitsregels van het departement.');
    await check('knowledge');
    await save();

    await page.getByRole('link', { name: /^Volgende stap: / }).click();
    await page.getByLabel(`Het voorstel aanvaarden (functieklasse ${suggested.class})`).check();
    // One click records and saves the decision (issue 15 item 3).
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    await check('decision');

    await open(`/fubes/${id}/nazicht`);
    await page.getByText('Niets blokkeert nog: de functiebeschrijving kan voorgesteld worden.').waitFor();
    await check('review');

    await open(`/fubes/${id}/proces`);
    await page.getByRole('button', { name: 'Voorstellen aan de functiehouders' }).click();
    await page.getByText('De actie is uitgevoerd: de functiebeschrijving is nu voorgesteld.').waitFor();
    expect(await page.locator('main').textContent()).toContain('Valideren mogelijk vanaf');
    await check('proposed');
    await logout();
  });

  it('after 30 days a validator validates it with a committee and a motivated decision, and notifies the holders', async () => {
    expect(id).not.toBe('');
    clock.advance({ days: 30 });
    // The outside HR member is an HR officer of AFB (trained, by their account); the other a DFB
    // committee member. The FUBE's own manager (Mieke) may not sit in it: the picker does not offer her.
    const outside = await server.store.users.byEmail('hr.afb@demo.weegschaal');
    const inside = await server.store.users.byEmail('validatiecomite@demo.weegschaal');
    const manager = await server.store.users.byEmail('leidinggevende@demo.weegschaal');
    const validator = await server.store.users.byEmail('leidend.ambtenaar.dfb@demo.weegschaal');
    if (outside?.personId == null || inside?.personId == null || validator?.personId == null) throw new Error('the demo logins are people');
    await login('leidend.ambtenaar.dfb@demo.weegschaal');
    await open(`/fubes/${id}/proces`);
    const form = page.locator('form', { has: page.getByRole('heading', { level: 4, name: 'Valideren' }) });
    await form.waitFor();
    // The validator is the signed-in head of the entity: no picker, the form says so.
    await form.getByText('U valideert als leidend ambtenaar; uw naam wordt vastgelegd.').waitFor();
    expect(await form.getByRole('list', { name: 'Leidend ambtenaar die valideert: gekozen personen' }).count()).toBe(0);
    await pick('Leden van het validatiecomité', 'hugo', outside.name, 'validate-picker-open');
    const membersBox = page.getByRole('combobox', { name: 'Leden van het validatiecomité', exact: true });
    await membersBox.fill(manager?.name ?? '?');
    await page.locator('p.wg-hint', { hasText: 'Niemand gevonden met deze naam.' }).waitFor();
    await membersBox.fill('');
    await pick('Leden van het validatiecomité', 'carla', inside.name);
    const members = form.locator('fieldset.wg-fieldset');
    expect(await members.count()).toBe(2);
    expect(await members.nth(0).locator('legend').textContent()).toBe(`Lid 1: ${outside.name}`);
    expect(await members.nth(0).textContent()).toContain('Entiteit van het lid: Agentschap Facilitair Bedrijf');
    expect(await members.nth(0).getByLabel('Rol in het comité').inputValue()).toBe('hr');
    // Training comes from the organisation's data, shown, not ticked by the validator.
    expect(await members.nth(0).getByRole('checkbox').count()).toBe(0);
    expect(await members.nth(0).textContent()).toContain('Opgeleid in de wegingsmethode (volgens de gegevens van de organisatie)');
    expect(await members.nth(1).getByLabel('Rol in het comité').inputValue()).toBe('other');
    expect(await members.nth(1).textContent()).toContain('Niet opgeleid in de wegingsmethode (volgens de gegevens van de organisatie)');
    await form.getByLabel('Advies van het validatiecomité').fill('Het comité volgt de weging: de functie begeleidt zelfstandig, binnen bestaande regels.');
    await form.getByLabel('Geadviseerde functieklasse (niet verplicht)').selectOption(String(suggested.class));
    await form.getByLabel('Beslissing: functieklasse').selectOption(String(suggested.class));
    await form.getByLabel('Motivering van de beslissing').fill('De weging en de resultaatgebieden passen bij niveau 2 van de familie.');
    await check('validate-form');
    await form.getByRole('button', { name: 'Valideren' }).click();
    await page.getByText('De actie is uitgevoerd: de functiebeschrijving is nu gevalideerd.').waitFor();
    // The recorded validation names the validator and the members, not their ids.
    await page.getByText(`Gevalideerd door ${validator.name}.`).waitFor();
    const recorded = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Validatie' }) });
    expect(await recorded.textContent()).toContain(`${outside.name} — HR-medewerker, Agentschap Facilitair Bedrijf, opgeleid in de methode`);
    const validated = (await api(`/api/fubes/${id}`)).body.workflow as { validation?: { validatorId: string; committee: { members: { personId: string }[] } } };
    expect(validated.validation?.validatorId).toBe(validator.personId);
    expect(validated.validation?.committee.members.map((m) => m.personId)).toEqual([outside.personId, inside.personId]);
    await page.getByRole('button', { name: 'In kennis stellen' }).click();
    await page.getByText('De actie is uitgevoerd: de functiebeschrijving is nu in kennis gesteld.').waitFor();
    expect(await page.locator('main').textContent()).toContain('Beroep mogelijk tot en met');
    await check('notified');
    await logout();
  });

  it('the holder sees the FUBE, the class and the plain-Dutch explanation, and appeals within the window', async () => {
    clock.advance({ days: 3 });
    await login('functiehouder@demo.weegschaal');
    await page.locator('table tbody tr', { hasText: TITLE }).locator('a[href^="/mijn-functie/"]').first().click();
    await page.getByRole('heading', { level: 1, name: `Mijn functie: ${TITLE}` }).waitFor();
    const main = page.locator('main');
    expect(await main.textContent()).toContain(`Functiefamilie ${family.name}, niveau ${suggested.level}, functieklasse ${suggested.class}.`);
    await page.getByRole('heading', { level: 3, name: 'Waarom deze functieklasse' }).waitFor();
    expect(await main.textContent()).toContain(first(family.criteria).name);
    // The deadline is shown with the appeal form: 15 days after notification (moved to the next working day when it
    // falls on a weekend or holiday), 3 days have passed; also in working days.
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Beroep instellen' }) });
    expect(await form.textContent()).toMatch(/Beroep mogelijk tot en met: .+ \(nog 1[2-5] dagen\) \(\d+ werkdagen\)/);
    await check('holder');
    await form.getByLabel('De functieklasse').check();
    await form.getByLabel('Motivering').fill('Ik begeleid ook de mobiliteit van andere entiteiten; dat weegt zwaarder dan de weging toont.');
    await form.getByRole('button', { name: 'Beroep instellen' }).click();
    await expect.poll(() => outcome('Uw beroep is ingesteld.')).toBe('ok');
    expect(await main.textContent()).toContain('Status: in beroep');
    expect(await main.textContent()).toMatch(/Het beroep is ingesteld op .+\. De beroepscommissie vergadert uiterlijk op .+\./);
    await check('holder-appealed');
    await logout();
  });

  it('an appeal-committee member records the outcome, and the FUBE ends upheld with the new class', async () => {
    clock.advance({ days: 10 });
    await login('beroepscommissie@demo.weegschaal');
    await open(`/fubes/${id}/proces`);
    const form = page.locator('form', { has: page.getByRole('heading', { level: 4, name: 'Uitspraak beroep vastleggen' }) });
    await form.waitFor();
    await form.getByLabel('Gegrond: een nieuwe functieklasse').check();
    await form.getByLabel('Functieklasse', { exact: true }).selectOption(String(newClass));
    await form.getByLabel('Motivering').fill('De commissie erkent dat de functie mobiliteit over entiteiten heen begeleidt.');
    // Who sat (picked by name: a member from outside DFB, the demo's HR of AFB), the hearing today, who was heard (the appellant, ticked).
    const outside = await server.store.users.byEmail('hr.afb@demo.weegschaal');
    const holder = await server.store.users.byEmail('functiehouder@demo.weegschaal');
    await pick('Leden van de beroepscommissie', 'hugo', outside?.name ?? '?');
    await form.getByLabel('Datum van de hoorzitting').fill(localDate(clock.now()));
    await form.getByRole('checkbox', { name: holder?.name ?? '?' }).check();
    await check('appeal-decision-form');
    await form.getByRole('button', { name: 'Uitspraak beroep vastleggen' }).click();
    await page.getByText('De actie is uitgevoerd: de functiebeschrijving is nu beroep beslist.').waitFor();
    expect(await page.locator('main').textContent()).toContain('Status: beroep beslist');
    await check('appeal-decided');

    const { status, body } = await api(`/api/fubes/${id}`);
    expect(status).toBe(200);
    expect(body.state).toBe('appeal-decided');
    const workflow = body.workflow as { appeals?: { decision?: { outcome: string; class?: number } }[]; validation?: { class: number } };
    expect(workflow.validation?.class).toBe(suggested.class);
    expect(workflow.appeals?.[0]?.decision).toMatchObject({ outcome: 'upheld', class: newClass, committee: { members: [{ personId: outside?.personId }] } });
    // The appeal file on the page shows the outcome with its motivation.
    expect(await page.locator('main').textContent()).toContain('Uitspraak: gegrond');
  });

  it('the catalogue search finds the new FUBE, and the matrix lists it in its cell', async () => {
    await open(`/catalogus?q=${encodeURIComponent('loopbaanbegeleider')}`);
    await page.getByRole('heading', { level: 2, name: /gevonden/ }).waitFor();
    await page.locator('table tbody tr', { hasText: TITLE }).waitFor();
    await check('catalogue');

    await open('/matrix');
    const cell = page.getByTestId('matrix').locator(`a[aria-label$="in ${family.name}, functieklasse ${newClass}"]`);
    await cell.waitFor();
    const count = Number(/^\d+/.exec((await cell.getAttribute('aria-label')) ?? '')?.[0] ?? -1);
    await check('matrix');
    await cell.click();
    await page.getByRole('heading', { level: 1, name: `${family.name}, functieklasse ${newClass}` }).waitFor();
    await page.locator('main ul li', { hasText: TITLE }).waitFor();
    expect(await page.locator('main ul li').count()).toBe(count);
    await check('matrix-cell');
  });

  it('the print view downloads the FUBE as a Word file and as a PDF built by the server', async () => {
    await open(`/fubes/${id}/print`);
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await check('print');
    for (const [name, format, magic] of [['Downloaden als Word (.docx)', 'docx', 'PK'], ['Downloaden als PDF', 'pdf', '%PDF']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^Loopbaanbegeleider-mobiliteit-r\\d+\\.${format}$`));
      const path = await download.path();
      expect(readFileSync(path).subarray(0, magic.length).toString('latin1'), format).toBe(magic);
    }
  });
});

function first<T>(list: readonly T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('empty list');
  return item;
}
