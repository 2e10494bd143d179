import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const FAMILY = 'organisatieondersteunende-functies';
const HR = 'hr.dfb@demo.weegschaal';

/**
 * Issue 15 item 12: the family's competency texts stay as published but are flagged with a
 * suggestion; a FUBE's read-only competency profile never shows "binnen zijn entiteit"
 * unflagged, and HR gives the FUBE its own neutral wording, shown instead after saving.
 */
describe.skipIf(skip)('gender-neutral competency texts in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'wording-' });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(() => {
    ({ page } = suite);
  });

  it('the family page flags "binnen zijn entiteit" and suggests "de eigen entiteit"', async () => {
    await login(HR);
    await open(`/families/${FAMILY}`);
    const findings = page.getByTestId('wording-findings');
    await findings.waitFor();
    const item = findings.locator('li', { hasText: 'Stimuleert de samenwerking binnen' });
    expect(await item.locator('mark').textContent()).toBe('zijn');
    expect(await item.getByTestId('wording-replacement').textContent()).toBe('de eigen entiteit');
    await item.scrollIntoViewIfNeeded();
    await check('family-findings');
  });

  it("a FUBE's competency profile flags the family's gendered text, and HR replaces it with the FUBE's own wording", async () => {
    // A draft of HR's entity whose profile holds a competency text with "zijn".
    const found = await page.evaluate(async () => {
      const list = (await (await fetch('/api/fubes?state=draft&entity=dfb&pageSize=100')).json()) as { items: { id: string }[] };
      for (const { id } of list.items) {
        const view = (await (await fetch(`/api/fubes/${id}`)).json()) as { profile: { competencies: { competencyId: string; levelText: string }[] } | null };
        const gendered = view.profile?.competencies.find((c) => /\bzijn\b/u.test(c.levelText));
        if (gendered !== undefined) return { id, competencyId: gendered.competencyId, text: gendered.levelText };
      }
      return null;
    });
    expect(found, 'a demo draft with a gendered competency text').not.toBeNull();
    const { id, competencyId, text } = found!;
    await open(`/fubes/${id}/competenties`);
    const card = page.getByTestId(`competency-${competencyId}`);
    await card.waitFor();
    expect(await card.getByTestId('competency-text').textContent()).toBe(text);
    // Not unflagged: the finding stands in the card, with the words rewritten.
    expect(await card.getByTestId('wording-findings').locator('mark').first().textContent()).toBe('zijn');
    await check('profile-flagged');

    await card.getByRole('button', { name: 'Formulering aanpassen' }).click();
    const field = card.getByRole('textbox');
    const suggested = await field.inputValue();
    expect(suggested).not.toMatch(/\bzijn\b/u);
    expect(suggested).toContain('de eigen');
    await card.getByRole('button', { name: 'Formulering gebruiken' }).click();
    await expect.poll(() => card.getByTestId('competency-text').textContent()).toBe(suggested);
    expect(await card.getByTestId('wording-findings').count()).toBe(0);
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await expect.poll(() => page.getByText('Er zijn wijzigingen die nog niet bewaard zijn.').count()).toBe(0);

    // After a reload the server's view carries the FUBE's own wording; the family's text stays.
    await open(`/fubes/${id}/competenties`);
    await expect.poll(() => card.getByTestId('competency-text').textContent()).toBe(suggested);
    expect(await card.locator('details summary').textContent()).toContain('Eigen formulering');
    const stored = await page.evaluate(async (fubeId) => ((await (await fetch(`/api/fubes/${fubeId}`)).json()) as { content: { competencyWording?: unknown[] } }).content.competencyWording, id);
    expect(stored).toHaveLength(1);
    const familyText = await page.evaluate(async (family) => JSON.stringify(await (await fetch(`/api/families/${family}`)).json()), FAMILY);
    expect(familyText).toContain(text);
    await check('profile-own-wording');
  });
});
