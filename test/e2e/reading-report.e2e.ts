/**
 * "Show what Collab Pilot reads" in real Chromium: the seller turns it on in the options, each panel then
 * lists its readings with their source, and "Copy report" puts a plain-text report on the clipboard that
 * names the readings and nothing of the URL but host, path and region.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { FIND, ROW } from './find-creators-page';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

const REPORT = `${PANEL} [data-testid="reading-report"]`;

async function sources(page: Page): Promise<Record<string, string>> {
  const rows = page.locator(`${REPORT} [data-reading]`);
  const out: Record<string, string> = {};
  for (const r of await rows.all())
    out[(await r.getAttribute('data-reading')) ?? ''] = (await r.getAttribute('data-source')) ?? '';
  return out;
}

describe('the reading report', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://affiliate.tiktok.com' });
  });
  after(async () => {
    await h?.close();
  });

  it('is off until the seller turns it on', async () => {
    const page = await h.newPage();
    await page.goto(FIND);
    await page.locator(ROW).first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    await page
      .locator(`${PANEL} .cp-panel__body`)
      .getByText(/Add to queue|Queue/)
      .first()
      .waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(REPORT).count(), 0);
    await page.close();
  });

  it('lists each reading with its source on Find creators and Create, and copies a report', async () => {
    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel(/Show what Collab Pilot reads/).check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();

    const find = await h.newPage();
    await find.goto(FIND);
    await find.locator(ROW).first().waitFor({ timeout: 15_000 });
    await openPanel(find);
    await find.locator(`${REPORT} [data-reading="rows"]`).waitFor({ timeout: 15_000 });
    await find
      .waitForFunction(
        (sel) =>
          document
            .querySelector(sel)
            ?.shadowRoot?.querySelector('[data-reading="creators"][data-source="page-data"]') != null,
        PANEL,
        { timeout: 15_000 },
      )
      .catch(() => {});
    const found = await sources(find);
    assert.equal(found.page, 'page-text');
    assert.equal(found.rows, 'page-text');
    assert.equal(found.creators, 'page-data', 'the page JSON describes the listed creators');
    await find.close();

    const world = h.sandbox.state.world;
    const create = await h.newPage();
    await create.goto(
      `https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB&creator_ids[0]=${world.fixtures.liveCreatorId}&enter_from=affiliate_find_creators`,
    );
    await create.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
    await openPanel(create);
    await create.locator(`${REPORT} [data-reading="endDate"]`).waitFor({ timeout: 15_000 });
    const read = await sources(create);
    assert.equal(read.creators, 'page-text', 'the chosen creators are read from the page');
    assert.equal(read.endDate, 'not-found', 'a new form has no end date yet');
    assert.ok(read.quota, 'the quota reading is listed');

    await create.locator(REPORT).getByRole('button', { name: 'Copy report' }).click();
    const copied = create.locator(REPORT).getByText('Report copied to the clipboard.', { exact: true });
    const manual = create.locator(`${REPORT} textarea`);
    await Promise.race([copied.first().waitFor({ timeout: 10_000 }), manual.waitFor({ timeout: 10_000 })]);
    const text = (await manual.count())
      ? await manual.inputValue()
      : await create.evaluate(() => navigator.clipboard.readText());
    assert.match(text, /^Collab Pilot reading report/);
    assert.match(text, /url: affiliate\.tiktok\.com\/connection\/target-invitation\/create\?shop_region=GB\n/);
    assert.match(text, /creators: page-text \| shown as table/);
    assert.doesNotMatch(text, new RegExp(world.fixtures.liveCreatorId), 'no creator id from the URL');
    await create.close();
  });
});
