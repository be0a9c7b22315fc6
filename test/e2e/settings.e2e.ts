import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

const GUARD = `${PANEL} .cp-panel`;

describe('options page defaults reach the setup guard', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('a saved default duration and rate are what the prefill proposes and writes', async () => {
    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const duration = options.getByLabel('Collaboration length (days)');
    await duration.fill('14');
    const rate = options.getByLabel('Default target commission');
    await rate.fill('81');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText(/Fix 1 field/).waitFor();
    assert.match(await options.locator('body').innerText(), /80/, 'the inline error names the platform range');
    await rate.fill('35,5');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();

    const world = h.sandbox.state.world;
    const product = world.products.find(
      (p) => p.openCommission != null && p.openCommission < 3000 && p.stock > 100 && p.status === 1,
    )!;
    const page = await h.newPage();
    await page.goto(
      `https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB&creator_ids[0]=${world.fixtures.liveCreatorId}`,
    );
    await page.locator(GUARD).waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () =>
        (window as unknown as { __sandbox?: { formState(): { creators: unknown[] } | null } }).__sandbox?.formState()
          ?.creators.length === 1,
    );
    await page.evaluate(
      (id) =>
        (window as unknown as { __sandbox: { addProducts(ids: string[]): Promise<void> } }).__sandbox.addProducts([id]),
      product.id,
    );
    // A full-width form leaves no free strip: the panel is a pill the seller opens.
    await openPanel(page);
    await page
      .locator(GUARD)
      .getByRole('button', { name: /Fill from my defaults/ })
      .click();
    const list = page.locator(`${GUARD} .cp-prefill`);
    await list.waitFor();
    assert.match(await list.innerText(), /35\.50%/);
    await list.getByRole('button', { name: /Fill in/ }).click();
    await page
      .locator(GUARD)
      .getByText(/Filled in \d+ change/)
      .waitFor({ timeout: 15_000 });
    const state = await page.evaluate(() =>
      (
        window as unknown as {
          __sandbox: { formState(): { endDate: string; products: Array<{ commission?: number }> } };
        }
      ).__sandbox.formState(),
    );
    const d = new Date(Date.now() + 14 * 86_400_000);
    const ymd = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    assert.equal(state.endDate, ymd);
    assert.equal(state.products[0]?.commission, 35.5);
    await page.close();
  });
});
