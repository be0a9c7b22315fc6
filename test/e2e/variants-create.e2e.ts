/**
 * The create page's core checks on every way the public facts allow the live page to look
 * (docs/domain.md): the panel reads products and rates, warns on a target at or below the open rate,
 * holds Send only on what it read with certainty, lets "Send anyway" through, never holds a correct form,
 * and frees Send the moment the overlay is switched off. The page's own state is checked through
 * `window.__sandbox.lastCreateRequest`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CLASSIC, DEFAULT_VARIANT, type Variant, variant } from '../sandbox/variant';
import { openCreate, typeEndDate, typeRate, ymdIn } from './create-page';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

const GUARD = `${PANEL} .cp-panel`;

const VARIANTS: Variant[] = [
  { ...DEFAULT_VARIANT, name: 'live (default)' },
  { ...CLASSIC, name: 'classic chips' },
  variant({ name: 'cards', chosenCreators: 'cards' }),
  variant({ name: 'counter only', chosenCreators: 'counter' }),
  variant({ name: 'day/month/year dates, product ids shown', dateFormat: 'dmy', productIdText: true }),
  variant({ name: 'long dates, contract ids', dateFormat: 'long', createLiveIds: false, chosenCreators: 'chips' }),
  variant({
    name: 'products first, samples and creators collapsed',
    sectionOrder: 'products-first',
    collapsedSections: 'samples-and-creators',
  }),
];

interface CreateRequest {
  invitation_group: {
    name: string;
    flash_sale?: boolean;
    product_list: Array<{ product_id: string; target_commission: number }>;
    creator_id_list: unknown[];
  };
}

describe('create page checks on every variant', () => {
  let h: Harness;
  let world: Harness['sandbox']['state']['world'];
  /** Creator and product pairs no open collaboration holds, so a correct form has no conflict. */
  let freeCreators: string[];
  let freeProducts: Harness['sandbox']['state']['world']['products'];
  before(async () => {
    h = await startHarness();
    world = h.sandbox.state.world;
    const taken = new Set(
      world.groups
        .filter((g) => g.status === 1 || g.status === 2)
        .flatMap((g) => [...g.creators.map((c) => c.creatorId), ...g.products.map((p) => p.productId)]),
    );
    freeCreators = world.creators.filter((c) => !c.blocked && !taken.has(c.id)).map((c) => c.id);
    freeProducts = world.products.filter(
      (p) =>
        p.openCommission != null && p.openCommission <= 6000 && p.stock > 200 && p.status === 1 && !taken.has(p.id),
    );
  });
  after(async () => {
    await h?.close();
  });

  const lastRequest = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { __sandbox: { lastCreateRequest: CreateRequest | null } }).__sandbox.lastCreateRequest,
    );
  const finding = (page: Page, code: string) => page.locator(`${GUARD} li.cp-finding[data-code="${code}"]`);
  const send = (page: Page) => page.getByRole('button', { name: 'Send', exact: true });
  const sendState = (page: Page, state: string) => page.locator(`${GUARD} [data-send="${state}"]`);
  /** Waits until the page's Send produced a request (the click reached the page). */
  const waitForRequest = (page: Page) =>
    page.waitForFunction(
      () => (window as unknown as { __sandbox: { lastCreateRequest: unknown } }).__sandbox.lastCreateRequest != null,
      null,
      { timeout: 10_000 },
    );

  async function typeName(page: Page, name: string) {
    const input = page.locator('input[placeholder="Invitation name"]');
    await input.click();
    await input.fill(name);
  }

  VARIANTS.forEach((v, i) => {
    it(`${v.name}: reads products and rates, warns on a low target, holds only certain must-fixes, never a correct form`, async () => {
      h.sandbox.state.variant = v;
      const creator = freeCreators[i]!;
      const product = freeProducts[i]!;
      const collapsed = v.collapsedSections === 'samples-and-creators';

      // A correct form: named, ending in 40 days, a target above the open rate. Never held.
      const page = await openCreate(h, [creator], [product.id], GUARD);
      const open = (product.openCommission ?? 0) / 100;
      await typeRate(h, page, product.id, String(Math.max(1, Math.floor(open) - 1)));
      await finding(page, 'commission.not-above-open').waitFor({ state: 'attached', timeout: 10_000 });
      await openPanel(page);
      assert.match(
        await page.locator(`${GUARD} .cp-table`).innerText(),
        new RegExp(product.title.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        'the product is read',
      );
      if (v.chosenCreators === 'counter') {
        // Only "1/50" names no one: the identity checks say they could not run, the count still counts.
        await page
          .locator(GUARD)
          .getByText('Only the number of chosen creators (1) could be read')
          .waitFor({ state: 'attached' });
      }
      if (collapsed) {
        // The creators' section is not on the page yet: said so, and no "add a creator".
        await page.locator(GUARD).getByText('Could not read the chosen creators').waitFor({ state: 'attached' });
        assert.equal(await finding(page, 'creators.none').count(), 0);
      }
      await typeName(page, `Variant ${i}`);
      await typeEndDate(page, ymdIn(40), v.dateFormat);
      await typeRate(h, page, product.id, String(Math.min(80, Math.floor(open) + 5)));
      await finding(page, 'commission.not-above-open').waitFor({ state: 'detached', timeout: 10_000 });
      await page.locator(`${GUARD} li.cp-finding--error`).first().waitFor({ state: 'detached', timeout: 10_000 });
      await send(page).click();
      if (await sendState(page, 'confirm').isVisible()) {
        // Warnings ask once (the seller's setting); never a must-fix hold.
        await page
          .locator(GUARD)
          .getByRole('button', { name: /allow Send/ })
          .click();
        await send(page).click();
      }
      await waitForRequest(page);
      assert.equal(await sendState(page, 'blocked').count(), 0, 'a correct form is never held');
      const sent = await lastRequest(page);
      assert.equal(sent?.invitation_group.name, `Variant ${i}`);
      assert.equal(
        sent?.invitation_group.product_list[0]?.target_commission,
        Math.round(Math.min(80, Math.floor(open) + 5) * 100),
      );
      await page.close();

      // A flash sale for two creators is a must-fix read with certainty (the count is enough): held, and
      // "Send anyway" lets exactly this Send through.
      const two = await openCreate(h, [freeCreators[i + 10]!, freeCreators[i + 11]!], [product.id], GUARD);
      await two.getByRole('switch', { name: /flash sale/i }).click();
      if (collapsed) {
        // Count unknown while the section is collapsed: not held. Opening it lets the guard read it.
        await two.getByRole('button', { name: /^Creators/ }).click();
      }
      await finding(two, 'flash-sale.bulk').waitFor({ state: 'attached', timeout: 10_000 });
      await send(two).click();
      await sendState(two, 'blocked').waitFor({ timeout: 10_000 });
      assert.equal(await lastRequest(two), null, 'the page never saw the held click');
      // The opened section grew the form: once the panel's placement follows, it is open where it now sits.
      await openPanel(two);
      const anyway = two.locator(GUARD).getByRole('button', { name: 'Send anyway' });
      await anyway.focus();
      await two.keyboard.press('Enter');
      await sendState(two, 'released').waitFor();
      // By keyboard, as the seller just did in the panel (the opened panel may lie over a tall form's footer).
      await send(two).focus();
      await two.keyboard.press('Enter');
      await waitForRequest(two);
      assert.equal((await lastRequest(two))?.invitation_group.flash_sale, true, 'the page sent what the seller chose');
      // The platform refuses a flash sale for two creators; the panel says so in words.
      await sendState(two, 'failed').waitFor({ timeout: 10_000 });
      assert.deepEqual(h.pageErrors, []);
      await two.close();
    });
  });

  it('overlay switched off in the options: the panel goes and Send is free at once, without a reload', async () => {
    h.sandbox.state.variant = DEFAULT_VARIANT;
    const product = freeProducts[20]!;
    const page = await openCreate(h, [freeCreators[30]!, freeCreators[31]!], [product.id], GUARD);
    await page.getByRole('switch', { name: /flash sale/i }).click();
    await finding(page, 'flash-sale.bulk').waitFor({ state: 'attached', timeout: 10_000 });
    await send(page).click();
    await sendState(page, 'blocked').waitFor({ timeout: 10_000 });

    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Show Collab Pilot on Create target collaboration').uncheck();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();

    await page.bringToFront();
    await page.locator(GUARD).waitFor({ state: 'detached', timeout: 10_000 });
    await send(page).click();
    await waitForRequest(page);

    await options.bringToFront();
    await options.getByLabel('Show Collab Pilot on Create target collaboration').check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
    await page.close();
  });
});
