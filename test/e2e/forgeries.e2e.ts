/**
 * Well-formed forgeries a page script can make, in real Chromium on the sandbox: each must change
 * nothing of ours. The page is not trusted (README "Permissions and privacy"): its data may inform a
 * warning; it never writes the queue, the quota or settings, never ends our visit, and never drives our UI.
 *
 * CP_E2E_EXTENSION_DIR runs the file against another build (e.g. one of an older commit, to see each
 * forgery succeed there).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { FIND, HOST, ROW, rowOf } from './find-creators-page';
import { type Harness, messagesDelivered, nextFrame, openPanel, PANEL, startHarness, until } from './harness';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<any> };
  storage: { onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>) => void): void } };
};

const BOUND = { timeout: 120_000 };
const OBSERVER = 'collab-pilot/observer';
const QUOTA_PATH = '/api/v1/oec/affiliate/seller/quota/info';
const CREATE_PATH = '/api/v1/oec/affiliate/seller/invitation_group/create';
/** A quota answer that says every cap is reached: stored, it would block "Open batch". */
const FULL = {
  code: 0,
  message: 'success',
  data: {
    group_cnt_limit_for24: 200,
    current_group_cnt_for24: 200,
    effective_group_cnt_limit: 200,
    open_group_cnt: 1000,
    open_group_cnt_limit: 1000,
  },
};

/** The observer's envelope, as its relay looked on `window`. */
const envelope = (endpoint: string, response: unknown, request: unknown = null, seq = 1) => ({
  source: OBSERVER,
  v: 2,
  seq,
  endpoint,
  request: request == null ? null : JSON.stringify(request),
  response: JSON.stringify(response),
});

describe('forgeries a page script can make change nothing', () => {
  let h: Harness;
  let ext: Page;

  const worker = (msg: unknown) => ext.evaluate((m) => chrome.runtime.sendMessage(m), msg);
  const storedQuota = async (region: string) =>
    (await worker({ type: 'quota/get', region })).data.quota as { used24h: number } | null;
  const quotaStored = async (region: string) =>
    (await until(
      () => storedQuota(region),
      (q) => q != null,
      `the page's own ${region} quota stored`,
    )) as { used24h: number };
  /** Every 24-hour count the worker has stored since the extension page opened, in order. */
  const quotaWrites = () => ext.evaluate(() => (window as unknown as { __quotaWrites: number[] }).__quotaWrites);

  /**
   * A round trip through the real path: the page asks for its quota again and the answer (a count of `used`,
   * unlike any forgery's) is relayed, read by our content script and stored by the worker. Whatever the page
   * relayed before it has been handled by then: the positive signal a "changes nothing" check waits for.
   */
  async function quotaRoundTrip(page: Page, region: string, used: number): Promise<void> {
    const saved = h.sandbox.state.count24h;
    h.sandbox.state.count24h = used;
    try {
      await page.evaluate(async (url) => void (await fetch(url)), `${QUOTA_PATH}?shop_region=${region}`);
      await until(
        () => storedQuota(region),
        (q) => q?.used24h === used,
        `the ${region} quota of ${used} stored`,
      );
    } finally {
      h.sandbox.state.count24h = saved;
    }
  }

  before(async () => {
    h = await startHarness(process.env.CP_E2E_EXTENSION_DIR ? { extensionDir: process.env.CP_E2E_EXTENSION_DIR } : {});
    ext = await h.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await ext.evaluate(() => {
      const writes: number[] = [];
      (window as unknown as { __quotaWrites: number[] }).__quotaWrites = writes;
      chrome.storage.onChanged.addListener((changes) => {
        for (const [key, change] of Object.entries(changes)) {
          if (key.startsWith('quota:')) writes.push((change.newValue as { used24h: number }).used24h);
        }
      });
    });
  });
  after(async () => {
    await h?.close();
  });

  it('a create answer on a batch tab with no Send pressed settles nothing', BOUND, async () => {
    const world = h.sandbox.state.world;
    const product = world.products.find((p) => p.status === 1 && p.stock > 500)!;
    const creators = world.creators.filter((c) => !c.blocked).slice(30, 32);
    const terms = {
      products: [{ id: product.id, title: product.title, targetRateBp: 1500, sampleOffer: 'free-sample' }],
      durationDays: 21,
      contentType: 'video',
      flashSale: false,
      feeStructure: 'commission',
    };
    const add = await worker({
      type: 'queue/add',
      opId: 'forge-batch',
      region: 'GB',
      inputs: creators.map((c) => ({
        id: `fb-${c.id}`,
        creator: { id: c.id, handle: c.handle, canLive: null },
        terms,
      })),
    });
    assert.equal(add.ok, true, JSON.stringify(add));
    const opened = h.context.waitForEvent('page', { timeout: 15_000 });
    const open = await worker({
      type: 'batch/open',
      opId: 'forge-open',
      entryIds: creators.map((c) => `fb-${c.id}`),
      region: 'GB',
    });
    assert.equal(open.ok, true, JSON.stringify(open));
    const page = await opened;
    await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
    const ids = creators.map((c) => c.id);
    const answered = page.waitForResponse((r) => r.url().includes(CREATE_PATH));
    await page.evaluate(
      ({ env, path }) => {
        // The relay's old envelope on window, then the page's own create endpoint called by a script.
        window.postMessage(env, location.origin);
        const body = {
          invitation_group: {
            name: 'x',
            creator_id_list: env.ids.map((id: string) => ({ base_info: { creator_oec_id: id } })),
          },
        };
        void fetch(path, { method: 'POST', body: JSON.stringify(body) }).catch(() => {});
      },
      {
        env: {
          ...envelope(
            'create',
            { code: 0, data: { invitation_group_id: '1' } },
            { invitation_group: { creator_id_list: ids.map((id) => ({ base_info: { creator_oec_id: id } })) } },
          ),
          ids,
        },
        path: CREATE_PATH,
      },
    );
    // The create answer went out on the relay before this quota answer: both have been handled.
    await answered;
    await messagesDelivered(page);
    await quotaRoundTrip(page, 'GB', 3);
    const list = await worker({ type: 'queue/list', offset: 0, limit: 1000 });
    const statuses = list.data.entries
      .filter((e: { id: string }) => e.id.startsWith('fb-'))
      .map((e: { status: string }) => e.status);
    assert.deepEqual(statuses, ['opened', 'opened'], 'the batch is still waiting for the seller’s Send');
    await page.close();
  });

  it('a quota report for another region is not stored', BOUND, async () => {
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');
    await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
    await page.evaluate(
      (env) => {
        // affiliate.tiktok.com does not serve the US: the URL says so only because a script rewrote it.
        history.pushState(null, '', '/connection/target-invitation/create?shop_region=US');
        window.postMessage(env, location.origin);
      },
      envelope('quota', FULL, null, 777),
    );
    await messagesDelivered(page);
    assert.equal(await storedQuota('US'), null);
    await page.close();
  });

  it('forged seq numbers cannot hide the real answer; forged quotas are not stored', BOUND, async () => {
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=DE');
    await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
    const real = await quotaStored('DE');
    // A script claims the next 200 seq numbers with a full quota, then the page asks for its quota again:
    // that real answer comes with one of those numbers.
    const writesBefore = (await quotaWrites()).length;
    await page.evaluate(
      ({ full, source }) => {
        for (let seq = 1; seq <= 200; seq++)
          window.postMessage(
            { source, v: 2, seq, endpoint: 'quota', request: null, response: JSON.stringify(full) },
            location.origin,
          );
      },
      { full: FULL, source: OBSERVER },
    );
    await messagesDelivered(page);
    const used = real.used24h + 1;
    await quotaRoundTrip(page, 'DE', used);
    assert.equal((await storedQuota('DE'))?.used24h, used, 'the stored quota is the page’s real one');
    assert.ok(
      !(await quotaWrites()).slice(writesBefore).includes(FULL.data.current_group_cnt_for24),
      'the forged full quota was never stored',
    );
    await page.close();
  });

  it('a cross-origin request on a relayed path is not relayed', BOUND, async () => {
    const page = await h.newPage();
    await page.route('https://evil.example/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify(FULL),
      }),
    );
    await page.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=FR');
    await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
    const real = await quotaStored('FR');
    const writesBefore = (await quotaWrites()).length;
    const got = await page.evaluate(
      async (path) => (await fetch(`https://evil.example${path}?shop_region=FR`)).status,
      QUOTA_PATH,
    );
    assert.equal(got, 200, 'the script’s request went through');
    // The page's own next answer is relayed after that request would have been, and stored.
    await quotaRoundTrip(page, 'FR', real.used24h + 1);
    assert.ok(
      !(await quotaWrites()).slice(writesBefore).includes(FULL.data.current_group_cnt_for24),
      'the stored quota is only ever the page’s own',
    );
    await page.close();
  });

  it('a forged creator answer cannot make a blocked creator addable', BOUND, async () => {
    const page = await h.newPage();
    await page.goto(FIND);
    await page.locator(ROW).first().waitFor({ timeout: 15_000 });
    const blocked = h.sandbox.state.world.fixtures.blockedCreatorIds[0] as string;
    const handle = h.sandbox.state.creatorById.get(blocked)?.handle as string;
    const row = rowOf(page, handle).locator(HOST);
    await row.locator('[data-badge="blocked"]').waitFor({ timeout: 15_000 });
    const forged = {
      code: 0,
      data: {
        creator_profile_list: [
          {
            creator_oecuid: { value: blocked },
            handle: { value: handle },
            nickname: { value: 'Forged' },
            is_creator_blocked_by_shop: { value: false },
            live_streaming_cnt_30d: { value: 9 },
          },
        ],
      },
    };
    await page.evaluate(
      (env) => window.postMessage(env, location.origin),
      envelope('creator-find', forged, null, 4242),
    );
    await messagesDelivered(page);
    assert.equal(await row.locator('[data-badge="blocked"]').count(), 1, 'still marked blocked');
    assert.equal(await row.locator('.cp-add').innerText(), "Can't queue");
    await page.close();
  });

  it(
    'replaying WXT’s started event does not stand the content script down, and nothing announces the extension',
    BOUND,
    async () => {
      const page = await h.newPage();
      await page.addInitScript(() => {
        const seen: unknown[] = [];
        (window as unknown as { __seen: unknown[] }).__seen = seen;
        window.addEventListener('message', (e) => seen.push(e.data));
      });
      await page.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');
      await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
      const announced = await page.evaluate(() =>
        (window as unknown as { __seen: unknown[] }).__seen.filter((d) =>
          JSON.stringify(d ?? null).includes('content-script-started'),
        ),
      );
      assert.deepEqual(announced, [], 'no message about our content script reached the page');
      const name = `${h.extensionId}:affiliate:wxt:content-script-started`;
      await page.evaluate((type) => {
        const detail = { contentScriptName: 'affiliate', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
        // And a location change of WXT's kind, without a navigation.
        window.dispatchEvent(new Event(type.replace('content-script-started', 'locationchange')));
      }, name);
      await messagesDelivered(page);
      assert.equal(
        await page.locator(`${PANEL} .cp-panel`).count(),
        1,
        'the panel (and the Send guard) is still there',
      );
      await page.close();
    },
  );

  it('a page script can neither tick our checkboxes nor drag our panel', BOUND, async () => {
    const page = await h.newPage();
    await page.goto(FIND);
    await page.locator(ROW).first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    const box = page.locator(`${PANEL} .cp-toolbar input[type="checkbox"]`).first();
    await box.waitFor({ timeout: 15_000 });
    const before = await box.isChecked();
    const shell = page.locator(`${PANEL} .cp-panel`);
    const look = () =>
      shell.evaluate(
        (el) => `${el.getAttribute('data-mode')} ${el.getAttribute('data-dock')} ${el.getAttribute('style')}`,
      );
    const placed = await look();
    // As text: the page runs it as a script of its own would.
    await page.evaluate(`(() => {
      const root = document.querySelector('collab-pilot-panel')?.shadowRoot;
      root?.querySelector('.cp-toolbar input[type="checkbox"]')?.click();
      const grip = root?.querySelector('.cp-panel__move');
      if (!grip) return;
      const r = grip.getBoundingClientRect();
      for (const [type, x, y] of [['pointerdown', r.x + 2, r.y + 2], ['pointermove', 20, innerHeight - 20], ['pointermove', 10, innerHeight - 10]])
        grip.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 1, button: 0, isPrimary: true, clientX: x, clientY: y }));
    })()`);
    // Synthetic events are dispatched within the call: a frame later, any change they made would show.
    await nextFrame(page);
    assert.equal(await box.isChecked(), before, 'the checkbox did not change');
    assert.equal(await look(), placed, 'the panel did not move');
    await page.evaluate(() => {
      const grip = document.querySelector('collab-pilot-panel')?.shadowRoot?.querySelector('.cp-panel__move');
      grip?.dispatchEvent(
        new PointerEvent('pointerup', {
          bubbles: true,
          composed: true,
          pointerId: 1,
          button: 0,
          clientX: 10,
          clientY: innerHeight - 10,
        }),
      );
    });
    await nextFrame(page);
    assert.equal(await look(), placed, 'nor dock elsewhere');
    await page.close();
  });

  it('a content script may not send a request type it does not use', BOUND, async () => {
    const page = await h.newPage();
    const cdp = await h.context.newCDPSession(page);
    const worlds: Array<{ id: number; name: string; origin: string }> = [];
    cdp.on('Runtime.executionContextCreated', (e) =>
      worlds.push({ id: e.context.id, name: e.context.name, origin: e.context.origin }),
    );
    await cdp.send('Runtime.enable');
    await page.goto('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');
    await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
    // The extension's isolated world in this page: where its content scripts run.
    const ours = worlds.filter((w) => w.origin.includes(h.extensionId) || w.name.includes('Collab'));
    assert.ok(ours.length > 0, `our content-script world (${JSON.stringify(worlds)})`);
    const ask = async (msg: unknown) => {
      const r = await cdp.send('Runtime.evaluate', {
        contextId: ours[ours.length - 1]!.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(msg)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      return r.result.value as { ok: boolean; code?: string };
    };
    assert.equal((await ask({ type: 'queue/summary' })).ok, true, 'a type it uses is answered');
    for (const msg of [
      { type: 'queue/clear-removed', opId: 'forged-purge' },
      { type: 'queue/remove', opId: 'forged-remove', ids: ['x'] },
      { type: 'queue/import-csv', opId: 'forged-import', text: 'creator_id\n1' },
      { type: 'settings/export' },
    ]) {
      const r = await ask(msg);
      assert.equal(r.ok, false, msg.type);
      assert.equal(r.code, 'forbidden', msg.type);
    }
    await page.close();
  });
});
