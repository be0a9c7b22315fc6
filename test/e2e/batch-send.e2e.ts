import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Harness, openPanel, PANEL, startHarness, until } from './harness';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<any> } };

const GUARD = `${PANEL} .cp-panel`;

describe('a queued batch, opened and sent on the sandbox', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('prefills from the batch, and after Send every entry is sent, seen in a second tab', async () => {
    const world = h.sandbox.state.world;
    const product = world.products.find(
      (p) => p.openCommission != null && p.openCommission < 3000 && p.stock > 500 && p.status === 1,
    )!;
    const creators = world.creators.filter((c) => !c.blocked).slice(20, 23);
    const popup = await h.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const add = await popup.evaluate(
      ({ creators, product }) =>
        chrome.runtime.sendMessage({
          type: 'queue/add',
          opId: 'batch-send-1',
          inputs: creators.map((c) => ({
            id: `bs-${c.id}`,
            creator: { id: c.id, handle: c.handle, canLive: null },
            terms: {
              products: [
                {
                  id: product.id,
                  title: product.title,
                  targetRateBp: (product.openCommission ?? 0) + 500,
                  sampleOffer: 'free-sample',
                },
              ],
              durationDays: 21,
              contentType: 'video',
              flashSale: false,
              feeStructure: 'commission',
            },
          })),
          region: 'GB',
        }),
      {
        creators: creators.map((c) => ({ id: c.id, handle: c.handle })),
        product: { id: product.id, title: product.title, openCommission: product.openCommission },
      },
    );
    assert.equal(add.ok, true, JSON.stringify(add));

    // The Find creators panel shows the same plan as the popup.
    const find = await h.newPage();
    await find.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
    await find.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    await openPanel(find);
    await find.locator(GUARD).getByText('Ready to send').waitFor({ timeout: 15_000 });
    await find.locator(GUARD).getByText('3 creators, 1 product').waitFor();
    await find.close();

    // A second tab: the popup counts follow the queue.
    const watcher = await h.newPage();
    await watcher.goto(`chrome-extension://${h.extensionId}/popup.html`);

    // The seller has Seller Center open (that is how Collab Pilot learns the shop's region and quota).
    const seller = await h.newPage();
    await seller.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');
    await seller.locator(GUARD).waitFor({ timeout: 15_000 });
    // The page's own quota answer has reached the worker.
    await until(
      () => popup.evaluate(() => chrome.runtime.sendMessage({ type: 'quota/get', region: 'GB' })),
      (r) => r?.data?.quota != null,
      'the GB quota stored',
    );
    await seller.close();
    await popup.reload();
    await popup.getByText(/Weekly outreach quota/).waitFor();
    const opened = h.context.waitForEvent('page', { timeout: 10_000 });
    await popup.getByRole('button', { name: 'Open batch 1' }).click();
    const page = await opened.catch(async (e) => {
      console.log('POPUP', await popup.locator('body').innerText());
      throw e;
    });
    await page.waitForLoadState();
    assert.match(page.url(), /cp_batch=[0-9a-f]{32}/);
    await page.locator(GUARD).waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __sandbox?: { formState(): { creators: unknown[] } | null } }).__sandbox?.formState()
          ?.creators.length === n,
      creators.length,
    );
    // The seller adds the batch's product; the guard then offers the batch's rate for it.
    await openPanel(page);
    await page
      .locator(GUARD)
      .getByText(/Your queued batch uses this product/)
      .waitFor();
    await page.evaluate(
      (id) =>
        (window as unknown as { __sandbox: { addProducts(ids: string[]): Promise<void> } }).__sandbox.addProducts([id]),
      product.id,
    );
    await openPanel(page);
    const list = page.locator(`${GUARD} .cp-prefill`);
    await list.getByText(/target commission/).waitFor({ timeout: 10_000 });
    await list.getByRole('button', { name: /Fill in/ }).click();
    await page
      .locator(GUARD)
      .getByText(/Filled in \d+ change/)
      .waitFor({ timeout: 15_000 });
    const state = await page.evaluate(() =>
      (
        window as unknown as { __sandbox: { formState(): { products: Array<{ commission?: number }> } } }
      ).__sandbox.formState(),
    );
    assert.equal(state.products[0]?.commission, ((product.openCommission ?? 0) + 500) / 100);

    const name = page.locator('input[placeholder="Invitation name"]');
    await name.click();
    await name.pressSequentially('Batch from the queue');
    await page.locator(`${GUARD} .cp-panel__title`).click();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.click();
    const confirm = page.locator(`${GUARD} [data-send="confirm"]`);
    if (
      await confirm.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      )
    ) {
      await confirm.getByRole('button').click();
      await send.click();
    }
    await page.locator(`${GUARD} [data-send="sent"]`).waitFor({ timeout: 15_000 });

    // Every entry of the batch is now sent, and the other tab shows it.
    await watcher.waitForFunction(() => /Sent\D*3/.test(document.body.innerText), undefined, { timeout: 5_000 });
    const listed = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'queue/list', offset: 0, limit: 100 }),
    );
    const statuses = listed.data.entries
      .filter((e: { id: string }) => e.id.startsWith('bs-'))
      .map((e: { status: string }) => e.status);
    assert.deepEqual(statuses, ['sent', 'sent', 'sent']);
    assert.deepEqual(h.pageErrors, []);
  });
});
