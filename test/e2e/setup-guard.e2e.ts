import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openCreate as open, typeEndDate as typeDate, typeRate as typeRateIn, ymdIn } from './create-page';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

const GUARD = `${PANEL} .cp-panel`;

interface SandboxForm {
  name: string;
  endDate: string;
  flashSale: boolean;
  products: Array<{ product_id: string; commission: number | undefined }>;
  creators: Array<{ creator_oec_id: string; handle: string }>;
}

describe('setup guard on the sandbox create page', () => {
  let h: Harness;
  let world: Harness['sandbox']['state']['world'];
  before(async () => {
    h = await startHarness();
    world = h.sandbox.state.world;
  });
  after(async () => {
    await h?.close();
  });

  const formState = (page: Page) =>
    page.evaluate(() => (window as unknown as { __sandbox: { formState(): SandboxForm } }).__sandbox.formState());
  const lastRequest = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __sandbox: { lastCreateRequest: unknown } }).__sandbox.lastCreateRequest ?? null,
    );
  const codes = (page: Page) =>
    page.locator(`${GUARD} li.cp-finding`).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  const waitForCode = (page: Page, code: string, present = true) =>
    page.waitForFunction(
      ([sel, c, want]) => {
        const host = document.querySelector('collab-pilot-panel');
        const found = !!host?.shadowRoot?.querySelector(`${sel} li.cp-finding[data-code="${c}"]`);
        return found === want;
      },
      ['.cp-panel', code, present] as const,
      { timeout: 10_000 },
    );

  const openCreate = (creatorIds: string[], productIds: string[]): Promise<Page> =>
    open(h, creatorIds, productIds, GUARD);

  async function typeRate(page: Page, productId: string, text: string) {
    await typeRateIn(h, page, productId, text);
    // The panel shrinks while the seller works in a field under it; clicking it brings it back.
    await page.locator(`${GUARD} .cp-panel__title`).click();
  }

  async function typeName(page: Page, name: string) {
    const input = page.locator('input[placeholder="Invitation name"]');
    await input.click();
    await input.fill('');
    await input.pressSequentially(name);
  }

  const typeEndDate = (page: Page, ymd: string) => typeDate(page, ymd, h.sandbox.state.variant.dateFormat);

  /** A product with an open rate and plenty of stock. */
  const goodProduct = () => world.products.find((p) => p.openCommission != null && p.stock > 100 && p.status === 1)!;

  it('warns on a target rate at or below the open rate, and Raise writes into the page', async () => {
    const p = goodProduct();
    const page = await openCreate([world.fixtures.liveCreatorId], [p.id]);
    const low = Math.max(1, Math.floor((p.openCommission ?? 200) / 100) - 1);
    await typeRate(page, p.id, String(low));
    await waitForCode(page, 'commission.not-above-open');
    const finding = page.locator(`${GUARD} li.cp-finding[data-code="commission.not-above-open"]`);
    const text = await finding.innerText();
    assert.match(text, new RegExp(`${low}%`));
    assert.match(text, /earn/);
    await finding.getByRole('button', { name: /Raise to/ }).click();
    await waitForCode(page, 'commission.not-above-open', false);
    const state = await formState(page);
    const raised = state.products.find((x) => x.product_id === p.id)?.commission;
    assert.equal(raised, ((p.openCommission ?? 0) + 200) / 100, 'the page’s own React state holds open + 2 %');
    assert.deepEqual(h.pageErrors, []);
    await page.close();
  });

  it('marks out-of-stock and low-stock products, and blocks Send while an error stands', async () => {
    const out = world.fixtures.outOfStockProductIds[0]!;
    const lowId = world.fixtures.lowStockProductIds[0]!;
    const page = await openCreate([world.fixtures.liveCreatorId], [out, lowId]);
    await waitForCode(page, 'stock.out');
    assert.match(await page.locator(`${GUARD} tr[data-product-id="${out}"]`).innerText(), /Out of stock/);
    assert.match(await page.locator(`${GUARD} tr[data-product-id="${lowId}"]`).innerText(), /Low/);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator(`${GUARD} [data-send="blocked"]`).waitFor();
    assert.equal(await lastRequest(page), null, 'the page never saw the click');
    await page.close();
  });

  it('blocks a flash sale for two creators and for one creator who cannot go LIVE', async () => {
    const p = goodProduct();
    const page = await openCreate([world.fixtures.liveCreatorId, world.fixtures.nonLiveCreatorId], [p.id]);
    await page.getByRole('switch', { name: /flash sale/i }).click();
    await waitForCode(page, 'flash-sale.bulk');
    await page.close();

    const single = await openCreate([world.fixtures.nonLiveCreatorId], [p.id]);
    await single.getByRole('switch', { name: /flash sale/i }).click();
    await waitForCode(single, 'flash-sale.needs-live');
    const msg = await single.locator(`${GUARD} li.cp-finding[data-code="flash-sale.needs-live"]`).innerText();
    const handle = world.creators.find((c) => c.id === world.fixtures.nonLiveCreatorId)!.handle;
    assert.ok(msg.includes(handle), `names the creator: ${msg}`);
    await single.close();
  });

  it('prefills from the defaults on request and the page’s state takes the values', async () => {
    const p = goodProduct();
    const page = await openCreate([world.fixtures.liveCreatorId], [p.id]);
    await openPanel(page);
    await page
      .locator(GUARD)
      .getByRole('button', { name: /Fill from my defaults/ })
      .click();
    const list = page.locator(`${GUARD} .cp-prefill`);
    await list.waitFor();
    assert.match(await list.innerText(), /End date/);
    await list.getByRole('button', { name: /Fill in/ }).click();
    await page
      .locator(GUARD)
      .getByText(/Filled in \d+ change/)
      .waitFor({ timeout: 15_000 });
    const state = await formState(page);
    assert.equal(state.endDate, ymdIn(30), 'end date = today + the default 30 days');
    const expected = Math.max(15, ((p.openCommission ?? 0) + 200) / 100);
    assert.equal(state.products[0]?.commission, expected, 'target = max(default 15 %, open + 2 %)');
    await page.close();
  });

  it('asks once on warnings, then a clean send is reported as sent; a conflict is caught before Send and a platform refusal is reported', async () => {
    const p = goodProduct();
    const page = await openCreate([world.fixtures.liveCreatorId], [p.id]);
    await typeName(page, 'Guard e2e');
    await typeEndDate(page, ymdIn(2)); // within 72 h: a warning, not an error
    await typeRate(page, p.id, String(Math.min(80, (p.openCommission ?? 0) / 100 + 5)));
    await waitForCode(page, 'ends.soon');
    assert.equal((await codes(page)).filter((c) => c?.startsWith('name.') || c === 'stock.out').length, 0);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.click();
    await page.locator(`${GUARD} [data-send="confirm"]`).waitFor();
    assert.equal(await lastRequest(page), null, 'held once for the warning');
    await page
      .locator(GUARD)
      .getByRole('button', { name: /allow Send/ })
      .click();
    await send.click();
    await page.locator(`${GUARD} [data-send="sent"]`).waitFor({ timeout: 15_000 });
    assert.notEqual(await lastRequest(page), null);

    // Same creator and product again: the page's own conflict check already tells us, so Send is held.
    const again = await openCreate([world.fixtures.liveCreatorId], [p.id]);
    await waitForCode(again, 'pair.conflict');
    const handle = world.creators.find((c) => c.id === world.fixtures.liveCreatorId)!.handle;
    assert.match(
      await again.locator(`${GUARD} li.cp-finding[data-code="pair.conflict"]`).innerText(),
      new RegExp(`@${handle} already has`),
    );
    await again.close();

    // A refusal only the platform knows (the 24-hour cap was reached in another tab): reported in plain words.
    const other = world.products.find(
      (x) => x.openCommission != null && x.stock > 100 && x.status === 1 && x.id !== p.id,
    )!;
    const late = await openCreate([world.fixtures.nonLiveCreatorId], [other.id]);
    await waitForCode(late, 'name.missing');
    await typeName(late, 'Guard e2e cap');
    await typeEndDate(late, ymdIn(20));
    await typeRate(late, other.id, String(Math.min(80, (other.openCommission ?? 0) / 100 + 5)));
    // The guard has read the filled form: nothing to fix or confirm stands, so Send goes straight to the platform.
    await late.waitForFunction(
      (sel) => !document.querySelector('collab-pilot-panel')?.shadowRoot?.querySelector(sel),
      `.cp-panel li.cp-finding--error, .cp-panel li.cp-finding--warning`,
      { timeout: 10_000 },
    );
    h.sandbox.state.count24h = 10_000;
    await late.getByRole('button', { name: 'Send', exact: true }).click();
    const failed = late.locator(`${GUARD} [data-send="failed"]`);
    await failed.waitFor({ timeout: 15_000 });
    assert.match(await failed.innerText(), /24 hours/i, 'the cap is explained in words');
    assert.match(await failed.innerText(), /16024035/);
    h.sandbox.state.count24h = 0;
    await late.close();
    assert.deepEqual(h.pageErrors, []);
    assert.deepEqual(
      h.consoleLines.filter((l) => /collab|chrome-extension/i.test(l)),
      [],
      'nothing from us in the page console',
    );
    await page.close();
  });
});
