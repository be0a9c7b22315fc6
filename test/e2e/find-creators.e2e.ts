/**
 * The Find creators overlay in real Chromium on the sandbox: overlays on every row (also rows infinite
 * scroll adds), the reason filter and its reversible fading, forged clicks ignored, the creator detail
 * panel, the popup's "creator in focus", and nothing of ours in the page's console.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_VARIANT } from '../sandbox/variant';
import { FIND, HANDLE, HOST, OURS, ROW, rowHandles, rowOf, scrollToRows } from './find-creators-page';
import { type Harness, nextFrame, openPanel, PANEL, startHarness } from './harness';

/** The bits of the extension API the tests call from extension pages (page.evaluate runs them there). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ data: { total: number } }> };
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** Rows, overlay hosts, and rows whose host sits inside the row (known by the row's own handle). */
function overlayStats(page: Page) {
  return page.evaluate(
    ([row, handle]) => {
      const rows = Array.from(document.querySelectorAll(row));
      const hosts = document.querySelectorAll('collab-pilot-row');
      const withOverlay = rows.filter((r) => {
        const h = r.querySelector('collab-pilot-row');
        const shown = (r.querySelector(handle)?.textContent ?? '').toLowerCase();
        return h && h.getAttribute('data-row') === `@${shown}` && h.shadowRoot?.querySelector('.cp-overlay');
      });
      return { rows: rows.length, hosts: hosts.length, withOverlay: withOverlay.length };
    },
    [ROW, HANDLE] as const,
  );
}

/** The sandbox's creators by id and by handle. */
function creatorsOf(h: Harness) {
  const all = h.sandbox.state.world.creators;
  return { byId: new Map(all.map((c) => [c.id, c])), byHandle: new Map(all.map((c) => [c.handle, c])) };
}

describe('Find creators overlay in real Chromium', () => {
  let h: Harness;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    // The live page's shapes, with the bulk-selection column GB has in some builds ("Queue selected" needs one).
    h = await startHarness({
      sandbox: {
        latencyMs: [20, 60],
        variant: { ...DEFAULT_VARIANT, name: 'live + checkbox column', checkboxColumn: 'regional' },
      },
    });
    page = await h.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(FIND);
    await page.locator(ROW).first().waitFor({ timeout: 15_000 });
    // Where the table leaves no free strip the panel is a pill: the seller opens it to use the toolbar.
    await openPanel(page);
    await page.locator(`${PANEL} .cp-toolbar`).waitFor({ timeout: 15_000 });
  });
  after(async () => {
    await h?.close();
  });

  it('puts one overlay on every row, with badges, fit and "Add to queue"', async () => {
    await page.waitForFunction(
      (row) => {
        const rows = document.querySelectorAll(row).length;
        return rows >= 12 && document.querySelectorAll('collab-pilot-row').length === rows;
      },
      ROW,
      { timeout: 10_000, polling: 50 },
    );
    const s = await overlayStats(page);
    assert.equal(s.withOverlay, s.rows);
    assert.equal(s.hosts, s.rows);
    // One stylesheet object shared by every row, and it applies (badges are pills).
    const styles = await page.evaluate(() => {
      const roots = Array.from(document.querySelectorAll('collab-pilot-row')).map((x) => x.shadowRoot);
      const first = roots[0]?.adoptedStyleSheets[0];
      const badge = roots.map((r) => r?.querySelector('.cp-badge')).find(Boolean);
      return {
        shared: !!first && roots.every((r) => r?.adoptedStyleSheets.length === 1 && r.adoptedStyleSheets[0] === first),
        radius: badge ? getComputedStyle(badge).borderTopLeftRadius : null,
        styleTags: roots.filter((r) => r?.querySelector('style')).length,
      };
    });
    assert.deepEqual(styles, { shared: true, radius: '999px', styleTags: 0 });

    const { byId } = creatorsOf(h);
    const live = h.sandbox.state.world.fixtures.liveCreatorId;
    const liveRow = rowOf(page, byId.get(live)?.handle ?? '').locator(HOST);
    await liveRow.locator('[data-badge="live"]').waitFor();
    assert.match(await liveRow.locator('.cp-fit__score').innerText(), /^Fit (\d+|\?)/);
    assert.equal(await liveRow.locator('.cp-add').innerText(), 'Add to queue');

    const blocked = h.sandbox.state.world.fixtures.blockedCreatorIds[0] as string;
    const blockedRow = rowOf(page, byId.get(blocked)?.handle ?? '').locator(HOST);
    await blockedRow.locator('[data-badge="blocked"]').waitFor();
    assert.equal(await blockedRow.locator('.cp-add').innerText(), "Can't queue");

    // The nickname `<img src=x onerror=alert(1)>` stays text: no dialog ever opened.
    assert.deepEqual(dialogs, []);
  });

  it('shows the fit breakdown on keyboard focus', async () => {
    const first = page.locator(`${ROW} ${HOST}`).first();
    await first.locator('.cp-fit__score').focus();
    const tip = first.locator('[role="tooltip"]');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.innerText(), /Followers/);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('decorates rows added by infinite scroll, up to 120 and more', async () => {
    const t0 = Date.now();
    const rows = await scrollToRows(page, 120);
    assert.ok(rows >= 120, `only ${rows} rows loaded`);
    await page.waitForFunction(
      (row) => document.querySelectorAll('collab-pilot-row').length === document.querySelectorAll(row).length,
      ROW,
      {
        timeout: 5_000,
        polling: 50,
      },
    );
    const s = await overlayStats(page);
    assert.equal(s.withOverlay, s.rows, 'every row, old and new, has exactly its own overlay');
    console.log(`[measure] ${s.rows} rows decorated after scrolling in ${Date.now() - t0} ms`);
    // The toolbar counts the listed rows (it recounts when the page is idle, within 200 ms).
    const hint = page.locator(`${PANEL} .cp-toolbar`);
    await hint.getByText(new RegExp(`Queue all matching \\(${s.rows}\\)`)).waitFor({ timeout: 5_000 });
  });

  it('filters by recommendation reason: counts, fading non-matching rows, and restoring them', async () => {
    const toolbar = page.locator(`${PANEL} .cp-toolbar`);
    const label = toolbar.locator('label', { hasText: 'Promoted similar products' });
    const text = await label.innerText();
    const n = Number(/\((\d+)\)/.exec(text)?.[1]);
    assert.ok(n > 0, `reason 1 count in "${text}"`);
    // The count matches the page's own JSON for the listed rows.
    const expected = await rowHandles(page);
    const { byHandle } = creatorsOf(h);
    assert.equal(n, expected.filter((handle) => byHandle.get(handle)?.reason === 1).length);

    await label.click();
    await toolbar.getByText(new RegExp(`${n} of \\d+ listed creators match`)).waitFor();
    assert.match(await toolbar.innerText(), new RegExp(`Queue all matching \\(${n}\\)`));
    const faded = await page.evaluate(
      (row) => Array.from(document.querySelectorAll<HTMLElement>(row)).filter((r) => r.style.opacity !== '').length,
      ROW,
    );
    assert.equal(faded, expected.length - n, 'exactly the non-matching rows are faded');

    await label.click();
    await page.waitForFunction(
      (row) =>
        Array.from(document.querySelectorAll<HTMLElement>(row)).every(
          (r) => r.style.opacity === '' && !(r.getAttribute('style') ?? '').includes('opacity'),
        ),
      ROW,
      { timeout: 2_000, polling: 50 },
    );
  });

  it('ignores forged clicks from page scripts on the overlay', async () => {
    const handle = (await rowHandles(page))[3] ?? '';
    await page.evaluate((key) => {
      const host = document.querySelector(`collab-pilot-row[data-row="${key}"]`);
      const button = host?.shadowRoot?.querySelector<HTMLButtonElement>('.cp-add');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, `@${handle.toLowerCase()}`);
    // A click handler runs within the click: a frame later, a click we took would show (Adding…, Queued).
    await nextFrame(page);
    const add = rowOf(page, handle).locator(`${HOST} .cp-add`);
    assert.equal(await add.innerText(), 'Add to queue');
    const popup = await h.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const summary = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'queue/summary' }));
    assert.equal(summary.data.total, 0, 'nothing was queued by the forged clicks');
    await popup.close();
  });

  it('a row click still opens the creator page, where the panel shows that creator', async () => {
    const live = h.sandbox.state.world.fixtures.liveCreatorId;
    const liveRow = rowOf(page, creatorsOf(h).byId.get(live)?.handle ?? '');
    await page.evaluate(() => {
      const s = document.getElementById('scroll-container');
      if (s) s.scrollTop = 0;
    });
    // A click on our overlay never reaches the row (it would navigate).
    await liveRow.locator(`${HOST} .cp-fit__score`).click();
    // The row's own handler routes within the click: a frame later the URL would have changed.
    await nextFrame(page);
    assert.match(await page.evaluate(() => location.href), /\/connection\/creator\?/);
    await page.keyboard.press('Escape');

    await liveRow.locator('td').nth(2).click();
    await page.waitForURL(/\/connection\/creator\/detail\?/);
    await openPanel(page);
    const panel = page.locator(`${PANEL} .cp-panel`);
    await panel.locator('.cp-overlay [data-badge="live"]').waitFor({ timeout: 10_000 });
    assert.match(await panel.innerText(), /Creator details/);
    assert.equal(await panel.locator('.cp-add').innerText(), 'Add to queue');
    // The previous visit's row overlays are gone with it.
    assert.equal(await page.locator(HOST).count(), 0);

    // The popup asks the page which creator is in focus: this one.
    const focus = await askFocusedCreator(h, page);
    assert.equal(focus?.creator?.id, live);
    assert.equal(focus?.creator?.canLive, true);

    await panel.locator('.cp-add').click();
    await panel.locator('.cp-overlay [data-badge="queued"]').waitFor({ timeout: 3_000 });
    assert.equal(await panel.locator('.cp-add').innerText(), 'Queued ✓');
  });

  it('back on Find creators, the hovered row is the creator in focus and queued rows say so', async () => {
    await page.goBack();
    await page.waitForURL(/\/connection\/creator\?/);
    const { byId, byHandle } = creatorsOf(h);
    const live = h.sandbox.state.world.fixtures.liveCreatorId;
    const liveHost = rowOf(page, byId.get(live)?.handle ?? '').locator(HOST);
    await liveHost.locator('[data-badge="queued"]').waitFor({ timeout: 10_000 });
    const other = page.locator(ROW).nth(4);
    const otherId = byHandle.get((await rowHandles(page))[4] ?? '')?.id;
    await other.hover();
    const focus = await askFocusedCreator(h, page);
    assert.equal(focus?.creator?.id, otherId);
  });

  it('"Queue selected" queues the rows ticked in the page\'s own checkbox column (GB has one)', async () => {
    const toolbar = page.locator(`${PANEL} .cp-toolbar`);
    const picks = [5, 6, 7];
    const handles: string[] = [];
    const listed = await rowHandles(page);
    for (const i of picks) {
      handles.push(listed[i] ?? '');
      await page.locator(ROW).nth(i).locator('.arco-checkbox').click();
    }
    // Ticking the page's checkboxes is work in the page: a pill panel closed; the seller opens it again.
    await openPanel(page);
    const button = toolbar.getByRole('button', { name: `Queue selected (${picks.length})` });
    await button.waitFor({ timeout: 2_000 });
    await button.click();
    await toolbar.locator('.cp-toolbar__message').getByText(`Added ${picks.length}.`).waitFor({ timeout: 5_000 });
    for (const handle of handles)
      await rowOf(page, handle).locator(`${HOST} [data-badge="queued"]`).waitFor({ timeout: 2_000 });
    for (const i of picks) await page.locator(ROW).nth(i).locator('.arco-checkbox').click();
    await openPanel(page);
    await toolbar.getByRole('button', { name: 'Queue selected (0)' }).waitFor({ timeout: 2_000 });
  });

  it('"Queue all matching" can be cancelled part way; what was sent stays queued', async () => {
    const toolbar = page.locator(`${PANEL} .cp-toolbar`);
    await openPanel(page);
    // Four chunks (50, 50, 50, 30), so there are moments between chunks to stop at.
    const listed = await scrollToRows(page, 180);
    await page.waitForFunction((n) => document.querySelectorAll('collab-pilot-row').length === n, listed, {
      timeout: 5_000,
      polling: 50,
    });
    // By keyboard, as fast as the seller's own keys: Enter starts, Tab reaches "Cancel", Enter stops. The six
    // key events go to the browser at once, in order, so the chunks' round trips to the worker cannot outrun
    // the keys on a loaded machine (one awaited key at a time could take longer than the whole add).
    await toolbar.getByRole('button', { name: `Queue all matching (${listed})` }).focus();
    const cdp = await h.context.newCDPSession(page);
    const press = (key: string, code: number, text?: string) => [
      cdp.send('Input.dispatchKeyEvent', {
        type: text ? 'keyDown' : 'rawKeyDown',
        key,
        code: key,
        windowsVirtualKeyCode: code,
        text,
        unmodifiedText: text,
      }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: code }),
    ];
    await Promise.all([...press('Enter', 13, '\r'), ...press('Tab', 9), ...press('Enter', 13, '\r')]);
    await cdp.detach();
    const message = toolbar.locator('.cp-toolbar__message');
    await message.getByText(/^Stopped after/).waitFor({ timeout: 10_000 });
    const text = await message.innerText();
    console.log(`[measure] cancel: ${text}`);
    const done = Number(/^Stopped after (\d+) of (\d+)\./.exec(text)?.[1]);
    assert.ok(done > 0 && done < listed, text);
    // Chunks already sent are kept: the count shows them (and the creator queued earlier).
    const count = toolbar.locator('.cp-toolbar__count');
    assert.match(await count.innerText(), /In your queue: \d+/);
    const n = Number(/(\d+)/.exec(await count.innerText())?.[1]);
    assert.ok(n >= 2 && n < listed, `queue count ${n}`);
  });

  it('printed nothing of ours and raised no page errors', () => {
    assert.deepEqual(h.pageErrors, []);
    assert.deepEqual(
      h.consoleLines.filter((l) => OURS.test(l)),
      [],
    );
    assert.deepEqual(dialogs, []);
  });
});

/** What the popup would get: the content script's answer to FOCUSED_CREATOR_REQUEST for this tab. */
async function askFocusedCreator(h: Harness, tab: Page) {
  const url = tab.url();
  const ext = await h.newPage();
  await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const reply = await ext.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (t?.id === undefined) return null;
    return chrome.tabs.sendMessage(t.id, { type: 'page/focused-creator' });
  }, url);
  await ext.close();
  return reply as { creator: { id: string; canLive: boolean | null } | null } | null;
}
