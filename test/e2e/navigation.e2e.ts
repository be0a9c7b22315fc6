import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PANEL, startHarness, type Harness } from './harness';

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
    const subtitle = page.locator(`${PANEL} .cp-panel__subtitle`);
    await subtitle.waitFor({ timeout: 15_000 });
    assert.equal(await subtitle.innerText(), 'Find creators');

    const nav = (name: RegExp) => page.locator('nav, [class*="nav"], aside').getByText(name).first();
    for (let i = 0; i < 3; i++) {
      await nav(/^Create target collaboration$/).click();
      await page.waitForFunction(() => location.pathname.endsWith('/create'));
      await page.waitForFunction(
        () => document.querySelector('collab-pilot-panel')?.shadowRoot?.querySelector('.cp-panel__subtitle')?.textContent === 'Create target collaboration',
        undefined,
        { timeout: 15_000 },
      );
      assert.equal(await page.locator(PANEL).count(), 1, 'never a second panel');
      await nav(/^Target collaborations$/).click();
      await page.waitForFunction(
        () => document.querySelector('collab-pilot-panel')?.shadowRoot?.querySelector('.cp-panel__subtitle')?.textContent === 'Target collaborations',
        undefined,
        { timeout: 15_000 },
      );
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
