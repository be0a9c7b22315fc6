import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROW } from './find-creators-page';
import { type Harness, messagesDelivered, PANEL, startHarness, within } from './harness';

/**
 * Sends queue/add from an extension page, retrying the same op id until the worker answers. Like
 * components/common/rpc.ts, an attempt the stopped worker leaves pending is given up after 20 s.
 * Each op that was answered is then sent once more with the same op id, as a retry whose answer was
 * lost would be: the worker must recognise it (replayed) and apply nothing. Returns what the retries saw.
 * It counts the ops answered (globalThis.__cpOpsDone); with \`opsPerStop\`, op k waits until the test has
 * stopped the worker k / opsPerStop times (globalThis.__cpStops, raised through __cpWake), so the adding
 * cannot outrun the stops on a fast machine, nor the stops the adding on a slow one.
 */
const ADD_IN_PAGE = `async ({ prefix, from, count, chunk, opsPerStop }) => {
  const seen = { attempts: 0, stalled: 0, slowestMs: 0, ops: 0, replayed: 0 };
  const creator = (i) => ({ id: prefix + i, handle: 'h_' + prefix + i, canLive: i % 3 === 0 });
  for (let start = from, op = 0; start < from + count; start += chunk, op++) {
    while (opsPerStop && (globalThis.__cpStops ?? 0) < Math.floor(op / opsPerStop)) await new Promise((wake) => (globalThis.__cpWake = wake));
    const n = Math.min(chunk, from + count - start);
    const opId = prefix + '-op-' + start;
    const inputs = Array.from({ length: n }, (_, k) => ({ id: prefix + '-e-' + (start + k), creator: creator(start + k) }));
    for (let attempt = 0; ; attempt++) {
      seen.attempts++;
      const t = performance.now();
      try {
        const r = await Promise.race([
          chrome.runtime.sendMessage({ type: 'queue/add', opId, inputs }),
          new Promise((res) => setTimeout(() => res('stalled'), 20000)),
        ]);
        if (r === 'stalled') seen.stalled++;
        if (r && r.ok) {
          // The resend is checked only when answered: the worker may be stopped right then.
          const again = await Promise.race([
            chrome.runtime.sendMessage({ type: 'queue/add', opId, inputs }).catch(() => null),
            new Promise((res) => setTimeout(() => res(null), 20000)),
          ]);
          if (again && again.ok) {
            seen.ops++;
            if (again.data.replayed) seen.replayed++;
          }
          globalThis.__cpOpsDone = (globalThis.__cpOpsDone ?? 0) + 1;
          break;
        }
        throw new Error(JSON.stringify(r));
      } catch (e) {
        if (attempt > 60) throw e;
        await new Promise((res) => setTimeout(res, 50));
      } finally {
        seen.slowestMs = Math.max(seen.slowestMs, Math.round(performance.now() - t));
      }
    }
  }
  return seen;
}`;

/** Each test's own bound, so a hang names the test (the runner's --test-timeout bounds the file). */
const BOUND = { timeout: 120_000 };

/** Entries, their creators, and the queue's revision (one step per write the worker applied). */
async function queueTotal(page: Page): Promise<{ total: number; ids: string[]; rev: number }> {
  return page.evaluate(async () => {
    const ids: string[] = [];
    let total = 0;
    let rev = 0;
    for (let offset = 0; ; offset += 1000) {
      const r = await chrome.runtime.sendMessage({ type: 'queue/list', offset, limit: 1000 });
      if (!r?.ok) throw new Error(JSON.stringify(r));
      total = r.data.total;
      rev = r.data.rev;
      for (const e of r.data.entries) ids.push(e.creator.id);
      if (offset + 1000 >= total) break;
    }
    return { total, ids, rev };
  });
}

interface AddSeen {
  ops: number;
  replayed: number;
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<any>; reload(): void } };

describe('hardening in real Chromium', () => {
  let h: Harness;
  before(async () => {
    // CP_E2E_EXTENSION_DIR: another build (e.g. one without op-id dedupe, where "none doubled" must fail).
    h = await startHarness(process.env.CP_E2E_EXTENSION_DIR ? { extensionDir: process.env.CP_E2E_EXTENSION_DIR } : {});
  });
  after(async () => {
    await h?.close();
  });

  it('worker stopped 20 times during a 1,000-entry bulk add: exactly 1,000 entries, none doubled', BOUND, async (t) => {
    const page = await h.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const revBefore = (await queueTotal(page)).rev;
    // At most 8 ops per stop: the 20 stops come within the first 160 of the 200 ops, however loaded the machine.
    const OPS_PER_STOP = 8;
    const adding = page.evaluate(
      `(${ADD_IN_PAGE})({ prefix: 'kill', from: 0, count: 1000, chunk: 5, opsPerStop: ${OPS_PER_STOP} })`,
    ) as Promise<AddSeen>;
    let stops = 0;
    let done = false;
    adding.then(
      () => (done = true),
      () => (done = true),
    );
    type Progress = { __cpOpsDone?: number; __cpStops?: number; __cpWake?: () => void };
    const allowStops = (n: number) =>
      page.evaluate((k) => {
        (globalThis as Progress).__cpStops = k;
        (globalThis as Progress).__cpWake?.();
      }, n);
    while (stops < 20 && !done) {
      // The next stop lands a random 1 to 4 ops on (while the next op is on its way), or where the adding waits.
      const answered = await page.evaluate(() => (globalThis as Progress).__cpOpsDone ?? 0);
      const at = Math.min(OPS_PER_STOP * (stops + 1), answered + 1 + Math.floor(Math.random() * 4));
      await page.waitForFunction((n) => ((globalThis as Progress).__cpOpsDone ?? 0) >= n, at, {
        polling: 10,
        timeout: 60_000,
      });
      await within(10_000, cdp.send('ServiceWorker.stopAllWorkers'), 'ServiceWorker.stopAllWorkers');
      stops++;
      await allowStops(stops);
    }
    await allowStops(Number.MAX_SAFE_INTEGER);
    t.diagnostic(`sendMessage while stopping: ${JSON.stringify(await adding)}`);
    assert.equal(stops, 20, `the worker was stopped ${stops} times while writing`);
    const seen = await adding;
    const { total, ids, rev } = await queueTotal(page);
    assert.equal(total, 1000);
    assert.equal(new Set(ids).size, 1000, 'no creator twice');
    // Entries cannot show a doubled op (ids and creators are deduplicated too): the write count can.
    assert.ok(seen.ops > 100, `most resent ops were answered (${seen.ops})`);
    assert.equal(seen.replayed, seen.ops, 'every resent op was recognised as already applied');
    assert.equal(rev - revBefore, 200, 'each of the 200 ops was applied exactly once');
    await page.close();
  });

  it('two tabs adding 500 different creators each at once: 1,000 more entries', BOUND, async () => {
    const a = await h.newPage();
    const b = await h.newPage();
    await a.goto(`chrome-extension://${h.extensionId}/options.html`);
    await b.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const { total: before, rev: revBefore } = await queueTotal(a);
    const seen = (await Promise.all([
      a.evaluate(`(${ADD_IN_PAGE})({ prefix: 'tabA', from: 0, count: 500, chunk: 5 })`),
      b.evaluate(`(${ADD_IN_PAGE})({ prefix: 'tabB', from: 0, count: 500, chunk: 5 })`),
    ])) as AddSeen[];
    const { total, ids, rev } = await queueTotal(a);
    assert.equal(total - before, 1000);
    assert.deepEqual(
      seen.map((s) => [s.ops, s.replayed]),
      [
        [100, 100],
        [100, 100],
      ],
      'every resent op was recognised as already applied',
    );
    assert.equal(rev - revBefore, 200, 'each of the 200 ops was applied exactly once');
    assert.equal(ids.filter((id) => id.startsWith('tabA')).length, 500);
    assert.equal(ids.filter((id) => id.startsWith('tabB')).length, 500);
    await a.close();
    await b.close();
  });

  it(
    'a page script cannot command the extension: forged observer messages and synthetic clicks change nothing',
    BOUND,
    async () => {
      const opts = await h.newPage();
      await opts.goto(`chrome-extension://${h.extensionId}/options.html`);
      const before = (await queueTotal(opts)).total;
      const settingsBefore = await opts.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' }));

      const page = await h.newPage();
      await page.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');
      await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
      await page.evaluate(() => {
        const forged = [
          {
            source: 'collab-pilot/observer',
            v: 2,
            endpoint: 'quota',
            response: JSON.stringify({ code: 0, data: { current_group_cnt_for24: 'lots', group_cnt_limit_for24: {} } }),
          },
          { source: 'collab-pilot/observer', v: 2, endpoint: 'queue/add', response: '{}' },
          { type: 'queue/add', opId: 'x', inputs: [{ id: 'evil', creator: { id: 'evil', canLive: true } }] },
          { type: 'settings/reset' },
          {
            source: 'collab-pilot/observer',
            v: 2,
            endpoint: 'create',
            response: JSON.stringify({ code: 0, data: { invitation_group_id: '<img src=x onerror=alert(1)>' } }),
          },
        ];
        for (const m of forged) window.postMessage(m, location.origin);
        // Synthetic clicks on every button of our panel (open shadow root): none is trusted.
        const root = document.querySelector('collab-pilot-panel')?.shadowRoot;
        for (const b of root?.querySelectorAll('button') ?? []) (b as HTMLButtonElement).click();
      });
      // Every forged message has reached our content script and any render it caused has happened; the
      // worker's answers below come after anything the script would have asked of it.
      await messagesDelivered(page);
      assert.equal((await queueTotal(opts)).total, before, 'nothing queued');
      assert.deepEqual(
        await opts.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' })),
        settingsBefore,
        'settings unchanged',
      );
      assert.equal((await page.locator(`${PANEL} [data-send]`).count()) <= 1, true);
      assert.deepEqual(h.pageErrors, []);
      await page.close();
      await opts.close();
    },
  );

  it(
    'a queue saved by a newer version (real IndexedDB): after a restart it is read-only, untouched, exported whole, and the popup says to update',
    BOUND,
    async () => {
      const page = await h.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/options.html`);
      // As a newer build would leave it: a format this build does not know, 10,000 entries.
      const newer = {
        format: 99,
        seq: 1,
        opIds: [],
        state: {
          version: 99,
          entries: Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, note: 'x'.repeat(400) })),
        },
      };
      const idb = `(op, value) => new Promise((resolve, reject) => {
      const open = indexedDB.open('collab-pilot');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('queue', op === 'get' ? 'readonly' : 'readwrite');
        const store = tx.objectStore('queue');
        const req = op === 'put' ? store.put(value, 'snapshot') : op === 'delete' ? store.delete('snapshot') : store.get('snapshot');
        tx.oncomplete = () => { db.close(); resolve(req.result); };
        tx.onerror = () => reject(tx.error);
      };
    })`;
      await page.evaluate(`(${idb})('put', ${JSON.stringify(newer)})`);
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await within(10_000, cdp.send('ServiceWorker.stopAllWorkers'), 'ServiceWorker.stopAllWorkers');

      const health = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'storage/health' }));
      assert.equal(health?.data?.readOnly, true, JSON.stringify(health));
      const add = await page.evaluate(() =>
        chrome.runtime.sendMessage({
          type: 'queue/add',
          opId: 'after-rollback',
          inputs: [{ id: 'r1', creator: { id: 'r1', canLive: null } }],
        }),
      );
      assert.equal(add?.code, 'refused');

      const popup = await h.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
      const alert = popup.locator('[role="alert"]');
      await alert.first().waitFor({ timeout: 15_000 });
      assert.match((await alert.first().textContent()) ?? '', /newer version/);

      assert.deepEqual(await page.evaluate(`(${idb})('get')`), newer, 'the snapshot is as the newer build wrote it');
      const file = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'setaside/export' }));
      const records: Array<{ key: string; raw: string }> = JSON.parse(file.data.text).records;
      assert.deepEqual(JSON.parse(records.find((r) => r.key === 'snapshot')?.raw ?? 'null'), newer);
      await popup.close();
      // The newer build's queue gone, the next worker replays this build's journal and writes again.
      await page.evaluate(`(${idb})('delete')`);
      await within(10_000, cdp.send('ServiceWorker.stopAllWorkers'), 'ServiceWorker.stopAllWorkers');
      const again = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'storage/health' }));
      assert.equal(again?.data?.readOnly, false);
      await page.close();
    },
  );

  it(
    'extension reloaded while a Seller Center tab is open: the old script detaches quietly and the page keeps working',
    BOUND,
    async () => {
      const page = await h.newPage();
      await page.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
      await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
      const consoleBefore = h.consoleLines.length;
      const opts = await h.newPage();
      await opts.goto(`chrome-extension://${h.extensionId}/options.html`);
      // Headless Chromium does not bring an unpacked extension back after runtime.reload(), so this checks the
      // half that matters to the seller's page: the orphaned content script lets go without a sound.
      const rowsBefore = await page.locator(ROW).count();
      await opts.evaluate(() => chrome.runtime.reload()).catch(() => {});
      // The old script notices its extension is gone (its runtime id) and takes its panel away with it.
      await page.waitForFunction((tag) => !document.querySelector(tag), PANEL, { timeout: 15_000 });
      // The page keeps working: scroll loads more rows, no error from us.
      await page.evaluate(() => document.querySelector('#scroll-container')?.scrollTo(0, 1e6));
      await page.waitForFunction(([row, n]) => document.querySelectorAll(row).length > n, [ROW, rowsBefore] as const, {
        timeout: 15_000,
      });
      assert.deepEqual(h.pageErrors, []);
      assert.deepEqual(
        h.consoleLines.slice(consoleBefore).filter((l) => /collab|chrome-extension|Extension context/i.test(l)),
        [],
        'nothing from us in the page console',
      );
      const rows = await page.locator(ROW).count();
      assert.ok(rows > 12, `the page still loads rows (${rows})`);
      await page.close();
    },
  );
});
