import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { RESULTS_DIR, type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
// The demo's draft weighed on a tie: levels 2 and 3 equally close (src/store/demo.ts).
const TITLE = 'Adviseur interne controle';
const WHY = 'De functie leidt zelfstandig auditprojecten en volgt ze op tot het eindresultaat.';

/** Issue 14 item 4: HR decides a tie in the weighing step, the proposal waits for it. */
describe.skipIf(skip)('a tie decided by HR in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'ties-', defaultTimeout: 15000 });
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  let id = '';
  beforeAll(async () => {
    ({ server, page } = suite);
    id = (await server.store.fubes.summaries()).find((f) => f.title === TITLE)?.id ?? '';
  });

  const abilities = () =>
    page.evaluate(async (p) => ((await (await fetch(p)).json()) as { abilities: { actions: string[]; decideTie: boolean } }).abilities, `/api/fubes/${id}`);

  it('a reader sees the tied levels side by side but no form', async () => {
    expect(id).not.toBe('');
    await login('lezer@demo.weegschaal');
    await open(`/fubes/${id}/weging`);
    const panel = page.getByTestId('tie-panel');
    await panel.getByRole('heading', { name: 'Gelijke stand: een persoon beslist' }).waitFor();
    expect(await panel.getByTestId('tie-level-2').isVisible()).toBe(true);
    expect(await panel.getByTestId('tie-level-3').isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Keuze bewaren' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('HR sees both levels with what separates them, chooses the higher one with a motivation, and may then propose', async () => {
    await login('hr.dfb@demo.weegschaal');
    expect((await abilities()).actions).not.toContain('propose');
    await open(`/fubes/${id}/weging`);
    const panel = page.getByTestId('tie-panel');
    await panel.getByText('De niveaus 2 en 3 liggen even dicht bij de gekozen waarden.', { exact: false }).waitFor();
    // Each level with its classes and the class the weighing gives there; the rule's own suggestion is marked.
    const two = panel.getByTestId('tie-level-2');
    const three = panel.getByTestId('tie-level-3');
    expect(await two.textContent()).toContain('Niveau 2 · functieklasse 15/16');
    expect(await two.textContent()).toContain('voorstel van de regel (laagste niveau)');
    expect(await three.textContent()).toContain('De weging geeft hier functieklasse 17.');
    // What separates them: the criteria that reach above level 2.
    expect(await panel.textContent()).toContain('Wat de niveaus scheidt: deze criteria reiken tot boven niveau 2:');
    expect(await panel.getByRole('listitem').filter({ hasText: 'Rol in projecten: waarde 3 (niveau 3)' }).count()).toBe(1);
    await panel.getByText('Nog niet beslist', { exact: false }).waitFor();
    // The two cards stand side by side.
    const [a, b] = await Promise.all([two.boundingBox(), three.boundingBox()]);
    expect(a !== null && b !== null && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
    await check('open');
    await panel.screenshot({ path: `${RESULTS_DIR}/ties-panel-open.png` });

    await panel.getByLabel('Niveau 3 (functieklasse 17)').check();
    await panel.getByLabel('Motivering van de keuze').fill(WHY);
    await panel.getByRole('button', { name: 'Keuze bewaren' }).click();
    await panel.getByText('naar boven gekozen', { exact: false }).waitFor();
    expect(await panel.textContent()).toContain(WHY);
    expect(await three.textContent()).toContain('gekozen door HR');
    await check('decided');
    await panel.screenshot({ path: `${RESULTS_DIR}/ties-panel-decided.png` });

    const stored = await server.store.fubes.get(id);
    expect(stored?.content.tieDecision).toMatchObject({ level: 3, class: 17, direction: 'up', levels: [2, 3], motivation: WHY });
    expect(stored?.content.decision).toMatchObject({ level: 3, class: 17 });
    expect((await abilities()).actions).toContain('propose');

    // The history names the decision.
    await open(`/fubes/${id}/geschiedenis`);
    await page.getByRole('cell', { name: /Gelijke stand beslist/ }).first().waitFor();
  });
});
