import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Harness, nextFrame, openPanel, PANEL, startHarness, watchContentScript } from './harness';

describe('walking skeleton in real Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('shows the panel on Find creators (GB) and names the page', async () => {
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
    const panel = page.locator(`${PANEL} .cp-panel`);
    await panel.waitFor({ timeout: 15_000 });
    // The page's name is in the open panel's header: a pill (no free strip beside the table) is opened first.
    await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    assert.match(await panel.innerText(), /Find creators/);
    assert.equal(await page.locator(PANEL).count(), 1);
    await page.close();
  });

  it('shows the panel on Create target collaboration (US)', async () => {
    const page = await h.newPage();
    await page.goto('https://affiliate-us.tiktok.com/connection/target-invitation/create?shop_region=US');
    const panel = page.locator(`${PANEL} .cp-panel`);
    await panel.waitFor({ timeout: 15_000 });
    await page.locator('input[placeholder="Invitation name"]').waitFor({ timeout: 15_000 });
    await openPanel(page);
    assert.match(await panel.innerText(), /Create target collaboration/);
    await page.close();
  });

  it('stays off www.tiktok.com', async () => {
    const page = await h.newPage();
    const script = await watchContentScript(h, page);
    await page.goto('https://www.tiktok.com/');
    // The browser injects a content script at document_idle, by the window's load at the latest.
    await page.waitForLoadState('load');
    await nextFrame(page);
    assert.equal(script.count(), 0, 'our content script was not injected');
    assert.equal(await page.locator(PANEL).count(), 0);
    await page.close();
  });
});
