import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowOf } from '../e2e/find-creators-page';
import { messagesDelivered, openPanel, PANEL, until } from '../e2e/harness';
import { shimmedCommands, startFirefoxHarness } from './harness';

/** Our own lines in the console: the loader's failure report, or anything naming the extension. */
const OURS = /Collab Pilot|collab-pilot|moz-extension:\/\//i;

describe('the Firefox build in real Firefox (ESR)', () => {
  // The harness starts inside the test, not in a before hook: a missing Firefox then counts as a
  // failed test ("fail 1"), not as a cancelled one.
  it('shows the panel on Create target collaboration (US)', async () => {
    const h = await startFirefoxHarness();
    try {
      const page = await h.newPage();
      await page.goto('https://affiliate-us.tiktok.com/connection/target-invitation/create?shop_region=US');
      await page.locator('input[placeholder="Invitation name"]').waitFor({ timeout: 15_000 });
      try {
        await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
      } catch (err) {
        // Tells "not installed" from "installed but the loader failed": the other content script
        // (observer-loader) marks the page's window when it ran.
        const installed = await page.evaluate(() =>
          Boolean((window as unknown as Record<symbol, unknown>)[Symbol.for('collab-pilot.observer')]),
        );
        assert.fail(
          `No panel in Firefox (${String(err).split('\n')[0]}). Observer injected (so the add-on is installed): ${installed}. ` +
            `Console:\n${h.consoleLines.join('\n')}\nPage errors:\n${h.pageErrors.join('\n')}`,
        );
      }
      // The host element carries an open shadow root holding the panel.
      assert.equal(await page.locator(PANEL).evaluate((el) => el.shadowRoot?.mode ?? 'none'), 'open');
      await openPanel(page);
      assert.match(await page.locator(`${PANEL} .cp-panel`).innerText(), /Create target collaboration/);
      assert.equal(await page.locator(PANEL).count(), 1);
      assert.deepEqual(
        h.consoleLines.filter((l) => OURS.test(l)),
        [],
        'console lines from our scripts',
      );
      assert.deepEqual(h.pageErrors, [], 'page errors');
      assert.deepEqual(h.refused, [], 'requests that tried to leave the sandbox');
      if (shimmedCommands.size)
        console.log(`# BiDi commands this Firefox lacks (answered as no-ops): ${[...shimmedCommands].join(', ')}`);
    } finally {
      await h.close();
    }
  });

  it('decorates Find creators rows, and a creator added to the queue is still there after a reload', async () => {
    const h = await startFirefoxHarness();
    try {
      const page = await h.newPage();
      await page.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
      // Every listed row gets one overlay host (12 rows per page of results).
      await page.waitForFunction(() => document.querySelectorAll('collab-pilot-row').length >= 12, undefined, {
        timeout: 20_000,
      });
      const rows = await page.locator('[data-tid="m4b_table"] tbody tr.arco-table-tr').count();
      assert.equal(await page.locator('collab-pilot-row').count(), rows);
      await openPanel(page);
      const inQueue = async () =>
        /In your queue: (\d+)/.exec(await page.locator(`${PANEL} .cp-panel`).innerText())?.[1] ?? null;
      const before = Number((await inQueue()) ?? 0);
      await page.getByRole('button', { name: 'Add to queue' }).first().click();
      await page.getByRole('button', { name: 'Queued ✓' }).first().waitFor({ timeout: 10_000 });
      // Kept by the background page: the count survives a reload of the tab.
      await page.reload();
      await page.locator('[data-tid="m4b_table"] tbody tr.arco-table-tr').first().waitFor({ timeout: 20_000 });
      await openPanel(page);
      await until(inQueue, (after) => after === String(before + 1), 'queue count after the reload', 10_000);
      assert.deepEqual(h.pageErrors, [], 'page errors');
      assert.deepEqual(h.refused, [], 'requests that tried to leave the sandbox');
    } finally {
      await h.close();
    }
  });

  it('the relay reaches the content script over its private channel; an envelope posted on window is ignored', async () => {
    const h = await startFirefoxHarness();
    try {
      const page = await h.newPage();
      await page.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
      const blocked = h.sandbox.state.world.fixtures.blockedCreatorIds[0] as string;
      // The live rows carry no row key: the blocked creator's row is found by its handle.
      const handle = h.sandbox.state.creatorById.get(blocked)?.handle as string;
      const row = rowOf(page, handle).locator('collab-pilot-row');
      await row.locator('[data-badge="blocked"]').waitFor({ timeout: 20_000 });
      // LIVE comes from the page's JSON (its LIVE counters), so the relay reached the content script.
      await page.locator('collab-pilot-row [data-badge="live"]').first().waitFor({ timeout: 20_000 });
      const forged = {
        code: 0,
        data: {
          creator_profile_list: [
            {
              creator_oecuid: { value: blocked },
              handle: { value: handle },
              nickname: { value: 'F' },
              is_creator_blocked_by_shop: { value: false },
            },
          ],
        },
      };
      await page.evaluate(
        (response) =>
          window.postMessage(
            { source: 'collab-pilot/observer', v: 2, seq: 999, endpoint: 'creator-find', request: null, response },
            location.origin,
          ),
        JSON.stringify(forged),
      );
      await messagesDelivered(page);
      assert.equal(await row.locator('[data-badge="blocked"]').count(), 1, 'still blocked');
      assert.equal(await row.locator('.cp-add').innerText(), "Can't queue");
      assert.deepEqual(h.pageErrors, [], 'page errors');
    } finally {
      await h.close();
    }
  });
});
