import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite, screenshot } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

/** What sticks out of the viewport sideways: the page itself, or any element outside a scroll box. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const scrolls = (el: Element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
    /** Clipped by a scroll box: one of its ancestors, or, for positioned content, one around its containing block. */
    const insideScroller = (el: Element): boolean => {
      let from: Element | null = el.parentElement;
      if (getComputedStyle(el).position === 'absolute') {
        while (from !== null && getComputedStyle(from).position === 'static') from = from.parentElement;
        if (from !== null && scrolls(from)) return true;
        from = from?.parentElement ?? null;
      }
      for (let p = from; p !== null; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      // Text wider than its box (a word that cannot break) widens the page without its box doing so.
      if (!insideScroller(el) && getComputedStyle(el).overflowX === 'visible' && box.left + el.scrollWidth > width + 1 && el.children.length === 0) {
        found.push(`${el.tagName.toLowerCase()} text "${(el.textContent ?? '').trim().slice(0, 40)}" runs to ${Math.round(box.left + el.scrollWidth)} > ${width}`);
        continue;
      }
      if (box.width === 0 || box.right <= width + 1 || insideScroller(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.className !== '' && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
      found.push(`${name} "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(box.right)} > ${width}`);
      if (found.length > 8) break;
    }
    return found;
  });
}

/**
 * Issue 15 item 8 in Chromium: at 390 px (a phone) and 1366 px (a common laptop) nothing sticks
 * out of the viewport sideways on the pages people use most; the header stays compact on a
 * phone; the long family and weighing pages have a table of contents and collapsible sections.
 */
describe.skipIf(skip)('small screens and long pages in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'screens-', defaultTimeout: 15_000 });
  const { open, login } = suite;
  let page: Page;
  let fubeId = '';
  beforeAll(() => {
    ({ page } = suite);
  });

  const pages = () => [
    ['home', '/'],
    ['catalogue', '/catalogus'],
    ['overview', '/overzicht'],
    ['matrix', '/matrix'],
    ['family', '/families/organisatieondersteunende-functies'],
    ['fube', `/fubes/${fubeId}`],
    ['fube-weighing', `/fubes/${fubeId}/weging`],
  ];

  for (const width of [390, 1366]) {
    it(`at ${width} px nothing sticks out sideways`, async () => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      await login('hr.dfb@demo.weegschaal');
      if (fubeId === '') {
        const list = (await (await page.request.get(`${suite.server.url}/api/fubes?state=draft`)).json()) as { items: { id: string }[] };
        fubeId = list.items[0]?.id ?? '';
      }
      const problems: Record<string, string[]> = {};
      for (const [name, path] of pages()) {
        await open(path!);
        await page.locator('[role="status"]:has-text("Bezig met laden")').waitFor({ state: 'detached' });
        await page.waitForLoadState('networkidle');
        const found = await overflow(page);
        if (found.length > 0) problems[name!] = found;
        await screenshot(page, `screens-${width}-${name}`, found.length > 0);
      }
      expect(problems).toEqual({});
      if (width === 390) {
        const header = await page.locator('header.wg-header').boundingBox();
        expect(header?.height ?? 999, 'the header leaves the phone room for the page').toBeLessThanOrEqual(160);
      }
    });
  }

  it('on a phone the menu folds behind one button; the family page folds its sections, the weighing shows only the chosen values', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Catalogus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalogus van functiebeschrijvingen' }).waitFor();
    expect(await nav.isVisible(), 'choosing a page folds the menu again').toBe(false);

    await page.setViewportSize({ width: 1366, height: 768 });
    await open('/families/organisatieondersteunende-functies');
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const full = await height();
    const criteria = page.getByRole('button', { name: 'Criteria' });
    expect(await criteria.getAttribute('aria-expanded')).toBe('true');
    await criteria.click();
    expect(await criteria.getAttribute('aria-expanded')).toBe('false');
    expect(await height()).toBeLessThan(full - 500);
    // The table of contents opens a folded section again.
    await page.getByRole('navigation', { name: 'Inhoud' }).getByRole('link', { name: 'Criteria' }).click();
    expect(await criteria.getAttribute('aria-expanded')).toBe('true');

    await open(`/fubes/${fubeId}/weging`);
    const contents = page.getByRole('navigation', { name: 'Criteria' });
    await contents.waitFor();
    const before = await height();
    await contents.getByRole('button', { name: 'Enkel de gekozen waarden tonen' }).click();
    const chosen = await page.locator('input[type=radio]:checked').count();
    if (chosen > 0) expect(await height()).toBeLessThan(before);
    await screenshot(page, 'screens-weighing-compact');
  });
});
