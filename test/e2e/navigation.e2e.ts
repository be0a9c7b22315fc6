import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

/**
 * Waits until the panel names `page` in its subtitle, opening it as a seller would: where the page leaves
 * no free strip the panel is a pill (no subtitle shown), and pressing a nav link closes an opened pill.
 */
async function panelNames(page: Page, name: string): Promise<void> {
  const subtitle = () =>
    page.evaluate(
      () =>
        document.querySelector('collab-pilot-panel')?.shadowRoot?.querySelector('.cp-panel__subtitle')?.textContent ??
        null,
    );
  const deadline = Date.now() + 15_000;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = await subtitle();
    if (seen === name) return;
    await openPanel(page).catch(() => undefined);
  }
  assert.fail(`the panel never named "${name}" (last seen: ${seen})`);
}

describe('single-page navigation', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('follows client-side route changes with exactly one panel, and none left on an unknown route', async () => {
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
    await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    await panelNames(page, 'Find creators');
    assert.equal(await page.locator(`${PANEL} .cp-panel__subtitle`).innerText(), 'Find creators');

    const nav = (name: RegExp) => page.locator('nav, [class*="nav"], aside').getByText(name).first();
    for (let i = 0; i < 3; i++) {
      await nav(/^Create target collaboration$/).click();
      await page.waitForFunction(() => location.pathname.endsWith('/create'));
      await panelNames(page, 'Create target collaboration');
      assert.equal(await page.locator(PANEL).count(), 1, 'never a second panel');
      await nav(/^Target collaborations$/).click();
      await panelNames(page, 'Target collaborations');
      assert.equal(await page.locator(PANEL).count(), 1, 'never a second panel');
    }
    // Back to a page that is not ours (same host, other path): the panel goes away.
    await page.evaluate(() => {
      history.pushState({}, '', '/homepage');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(() => !document.querySelector('collab-pilot-panel'), undefined, { timeout: 5_000 });
    assert.deepEqual(h.pageErrors, []);
    await page.close();
  });
});
