/**
 * Self-check of the sandbox in real Chromium: each page on its real host name, the contract's anchors, infinite scroll,
 * React-controlled inputs, and the create endpoint's success / error / duplicate answers.
 * Run: node --import tsx --test test/sandbox/smoke.e2e.ts
 */
import assert from 'node:assert/strict';
import { request as httpsRequest } from 'node:https';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { generateWorld } from './data/world.ts';
import { type Sandbox, startSandbox } from './server.ts';
import { CLASSIC, createSwitches, variant } from './variant.ts';

let sandbox: Sandbox;
let browser: Browser;
const pageErrors: string[] = [];

before(async () => {
  // The contract's create page and list (stand-in ids, chips, ISO dates, row keys, links); the live shapes are
  // the variants-*.e2e.ts files'.
  sandbox = await startSandbox({
    variant: variant({
      name: 'contract create page and list',
      ...createSwitches(CLASSIC),
      listView: CLASSIC.listView,
      listRowKey: CLASSIC.listRowKey,
      listJson: CLASSIC.listJson,
    }),
  });
  const p = sandbox.port;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--host-resolver-rules=MAP affiliate.tiktok.com 127.0.0.1:${p}, MAP affiliate-us.tiktok.com 127.0.0.1:${p}, MAP affiliate-id.tokopedia.com 127.0.0.1:${p}, MAP www.tiktok.com 127.0.0.1:${p}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  assert.deepEqual(pageErrors, [], 'uncaught errors in the sandbox pages');
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 800 } });
  page.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  await page.goto(url);
  return page;
}

/** The page's own heading (the left nav carries the same words, so look inside the micro-app). */
const heading = (page: Page, text: string) =>
  page.locator('.micro-app-container h4', { hasText: text }).first().waitFor();
/** Find creators rows carry no data-row-key in the default (live) variant: Arco's own row class. */
const FIND_ROWS = '[data-tid="m4b_table"] .arco-table-body tr.arco-table-tr';
const findRows = (page: Page) => page.locator(FIND_ROWS);

test('Find creators: anchors, 12 rows per request in #scroll-container, names as text, row opens detail', async () => {
  const started = Date.now();
  const page = await open('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
  await findRows(page).first().waitFor();
  assert.equal(await page.getAttribute('html', 'data-m4b-theme'), 'light');
  assert.equal(await page.locator('#scroll-container .micro-app-container').count(), 1);
  await heading(page, 'Find creators');
  assert.equal(await page.locator('[data-tid="m4b_input_search"] input[placeholder="Search creators"]').count(), 1);
  assert.equal(await page.locator('[data-tid="m4b_select"]').count(), 1);
  assert.equal(await page.locator('[data-tid="m4b_table"] .arco-table-header table').count(), 1);
  assert.equal(await findRows(page).count(), 12);
  const first = findRows(page).first();
  // The live page's shapes (docs/domain.md): the handle without "@" in its data-e2e span, the live Invite id,
  // no checkbox column and no data-row-key on the UK page.
  assert.match(await first.locator('span[data-e2e="fbc99397-6043-1b37"]').innerText(), /^[\w.]+$/);
  assert.equal(await first.locator('[data-e2e="3b9caa65-c65a-e9df"]').count(), 1);
  assert.equal(
    await first.locator('button[data-tid="m4b_button"][data-e2e="b46d0775-c371-37cf"]', { hasText: 'Invite' }).count(),
    1,
  );
  assert.equal(await first.locator('button[aria-label="Save"]').count(), 1);
  assert.equal(await first.locator('.arco-checkbox').count(), 0, 'no checkbox column');
  assert.equal(await page.locator('[data-tid="m4b_table"] tr[data-row-key]').count(), 0, 'no data-row-key');
  // HTML-looking nicknames are text, never markup.
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  await page.getByText('<img src=x onerror=alert(1)>').first().waitFor();

  const t0 = Date.now();
  console.log('find: first page at', Date.now() - started, 'ms');
  for (let rows = await findRows(page).count(); rows < 120; rows = await findRows(page).count()) {
    await page.evaluate(() => {
      const c = document.getElementById('scroll-container');
      c?.scrollTo(0, c.scrollHeight);
    });
    // Each scroll to the end loads the next page of rows.
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length > n, [FIND_ROWS, rows] as const, {
      timeout: 20_000,
    });
    assert.ok(Date.now() - t0 < 20_000, 'infinite scroll too slow');
  }
  console.log('find: 120 rows after', Date.now() - t0, 'ms of scrolling');
  assert.ok((await page.evaluate(() => window.scrollY)) === 0, 'the window itself does not scroll');

  // Client-side navigation: no reload.
  await page.evaluate(() => Object.assign(window, { __noReload: true }));
  await page.evaluate(() => document.getElementById('scroll-container')?.scrollTo(0, 0));
  await findRows(page).nth(3).locator('td').nth(2).click();
  await page.waitForURL(/\/connection\/creator\/detail\?.*cid=/);
  await page.getByRole('button', { name: 'Invite' }).waitFor();
  assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true);
  await page.getByRole('button', { name: 'Invite' }).click();
  await page.getByRole('button', { name: '+ Create invitation' }).click();
  await page.waitForURL(/target-invitation\/create\?.*enter_from=affiliate_find_creators.*creator_ids\[0\]=/);
  await page.locator('.arco-tag', { hasText: '@' }).first().waitFor();
  await page.close();
});

test('Create (US): anchors, keyboard input reaches React state, platform error, success, duplicate', async () => {
  const { liveCreatorId } = sandbox.state.world.fixtures;
  const page = await open(
    `https://affiliate-us.tiktok.com/connection/target-invitation/create?shop_region=US&creator_ids[0]=${liveCreatorId}`,
  );
  await heading(page, 'Create target collaboration');
  const name = page.locator('input[placeholder="Invitation name"][maxlength="30"][data-e2e="2f3a4b5c-0a1b-4c2d"]');
  assert.equal(await name.count(), 1);
  assert.equal(await page.locator('[data-tid="m4b_date_picker"] input[placeholder="End date"]').count(), 1);
  assert.equal(await page.locator('textarea[maxlength="500"][placeholder="Message to creators"]').count(), 1);
  const headers = await page.locator('[data-tid="m4b_collapse_item"] .arco-collapse-item-header').allInnerTexts();
  for (const h of ['Invitation details', 'Products', 'Free samples', 'Creators'])
    assert.ok(
      headers.some((x) => x.includes(h)),
      h,
    );
  assert.equal(await page.locator('[data-tid="m4b_switch"][role="switch"]').count(), 2);
  assert.equal(
    await page
      .locator('[data-tid="m4b_input_search"] input[placeholder="Search creators by username or user ID"]')
      .count(),
    1,
  );
  await page.getByText('1/50').waitFor();
  const send = page.locator('button[data-tid="m4b_button"][data-e2e="9d8c7b6a-1e2f-4a3b"]');
  assert.equal(await send.innerText(), 'Send');

  // Invalid form: the platform's own error comes back as an Arco Message.
  await send.click();
  await page.locator('.arco-message', { hasText: 'Invalid parameter' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sandbox.lastCreateResponse?.code), 98001004);

  // Add a product through the drawer.
  await page.getByRole('button', { name: 'Add products' }).click();
  const drawerRow = page.locator('.arco-drawer tr.arco-table-tr[data-row-key]').first();
  await drawerRow.waitFor();
  await drawerRow.locator('.arco-checkbox').click();
  await page.locator('.arco-drawer-footer').getByRole('button', { name: 'Add' }).click();
  const rate = page.locator(
    '[data-tid="m4b_table"] tr.arco-table-tr[data-row-key] input[role="spinbutton"][placeholder="1.00-80.00"]',
  );
  await rate.waitFor();
  assert.equal(await page.locator('[data-tid="m4b_input_number"] input[role="spinbutton"]').count(), 1);

  // Real keystrokes update React state.
  await rate.click();
  await page.keyboard.type('12.5');
  await page.keyboard.press('Tab');
  await name.click();
  await page.keyboard.type('Smoke test collab');
  const end = new Date(Date.now() + 30 * 86_400_000);
  const ymd = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
  await page.locator('[data-tid="m4b_date_picker"] input').click();
  await page.keyboard.type(ymd);
  await page.keyboard.press('Enter');
  const state = await page.evaluate(
    () => window.__sandbox.formState() as { name: string; endDate: string; products: { commission?: number }[] },
  );
  assert.equal(state.products[0]?.commission, 12.5);
  assert.equal(state.name, 'Smoke test collab');
  assert.equal(state.endDate, ymd);

  await page.keyboard.press('Escape');
  await send.click();
  await page.locator('.arco-modal-title', { hasText: 'Collab invite sent!' }).waitFor();
  assert.equal(
    await page.evaluate(() => window.__sandbox.lastCreateRequest?.invitation_group.product_list[0]?.target_commission),
    1250,
  );
  await page.locator('.arco-modal-footer').getByRole('button', { name: 'OK' }).click();
  await page.locator('.arco-modal-title', { hasText: 'Collab invite sent!' }).waitFor({ state: 'hidden' });
  await send.click();
  await page.locator('.arco-modal-title', { hasText: 'Duplicate invitations' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sandbox.lastCreateResponse?.code), 16024022);
  await page.close();
});

test('Target collaboration list (GB): seeded rows, details loaded, View opens the right one', async () => {
  const { groups } = sandbox.state.world.fixtures;
  const page = await open('https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB');
  const row = page.locator(`tr.arco-table-tr[data-row-key="${groups.healthy}"]`);
  await row.waitFor();
  await heading(page, 'Target collaborations');
  assert.ok((await page.locator('[data-tid="m4b_table"] tbody tr.arco-table-tr[data-row-key]').count()) >= 9);
  await row.getByRole('link', { name: 'View' }).click();
  await page.waitForURL(new RegExp(`/connection/target-invitation/detail\\?.*invitation_group_id=${groups.healthy}`));
  await page.getByText('Evergreen bestsellers').first().waitFor();
  await page.close();
});

test('Indonesian host renders Indonesian labels; flat fee and Vietnamese variants', async () => {
  const id = await open('https://affiliate-id.tokopedia.com/connection/target-invitation/create?shop_region=ID');
  await heading(id, 'Buat undangan');
  assert.equal(await id.getAttribute('html', 'lang'), 'id');
  assert.equal(await id.locator('input[placeholder="Nama undangan"]').count(), 1);
  assert.equal(await id.locator('button[data-e2e="9d8c7b6a-1e2f-4a3b"]').innerText(), 'Kirim');
  await id.close();
  const vi = await open(
    'https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/flat-fee/create?shop_region=VN&lang=vi',
  );
  await heading(vi, 'Tạo hợp tác phí cố định');
  assert.equal(await vi.locator('input[placeholder="Tên lời mời"]').count(), 1);
  assert.equal(await vi.locator('button[data-e2e="9d8c7b6a-1e2f-4a3b"]').innerText(), 'Gửi');
  await vi.close();
});

test('www.tiktok.com is a plain page', async () => {
  const page = await open('https://www.tiktok.com/');
  assert.equal(await page.locator('h1').innerText(), 'TikTok');
  assert.equal(await page.locator('#scroll-container').count(), 0);
  await page.close();
});

/** POSTs straight to the sandbox (no browser): the create endpoint's rules, table-driven. */
function post(
  path: string,
  body: unknown,
): Promise<{ code: number; message: string; data: { conflict_list?: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        path: `${path}?shop_region=GB`,
        method: 'POST',
        rejectUnauthorized: false,
        headers: { host: 'affiliate.tiktok.com', 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

test('create endpoint enforces the platform limits with the real error codes', async () => {
  const { world } = sandbox.state;
  const creator = (i: number) => ({ base_info: { creator_oec_id: world.creators[i]?.id ?? '' } });
  const product = (i: number, rate = 1500) => ({
    product_id: world.products[i]?.id ?? '',
    target_commission: rate,
    sample_type: 1 as const,
  });
  const seeded = world.groups.find((g) => g.seedCase === 'healthy');
  const base = (over: Record<string, unknown> = {}) => ({
    invitation_group: {
      name: 'API check',
      message: 'hello',
      end_time: String(Date.now() + 20 * 86_400_000),
      fee_type: 1,
      product_list: [product(16)],
      creator_id_list: [creator(20)],
      free_sample_rule: { has_free_sample: true, is_free_sample_auto_review: false },
      delivery_requirements: { content_option: 1 },
      flash_sale: false,
      ...over,
    },
  });
  const live = world.creators.findIndex((c, i) => i > 20 && (c.live30d > 0 || c.ecLive30d > 0) && !c.blocked);
  const noLive = world.creators.findIndex((c, i) => i > 20 && c.live30d === 0 && c.ecLive30d === 0 && !c.blocked);
  const cases: [string, Record<string, unknown>, number, (() => void)?][] = [
    ['name of 31 characters', { name: 'x'.repeat(31) }, 98001004],
    ['message of 501 characters', { message: 'x'.repeat(501) }, 98001004],
    ['no creators', { creator_id_list: [] }, 98001004],
    ['51 creators', { creator_id_list: Array.from({ length: 51 }, (_, i) => creator(20 + i)) }, 98001004],
    ['101 products', { product_list: Array.from({ length: 101 }, () => product(16)) }, 98001004],
    ['rate 0.99 %', { product_list: [product(16, 99)] }, 98001004],
    ['rate 80.01 %', { product_list: [product(16, 8001)] }, 98001004],
    ['end date in the past', { end_time: String(Date.now() - 1000) }, 98001004],
    [
      'flash sale with two creators',
      { flash_sale: true, creator_id_list: [creator(live), creator(live + 1)] },
      98001004,
    ],
    ['flash sale with a creator without LIVE', { flash_sale: true, creator_id_list: [creator(noLive)] }, 98001004],
    ['flat fee without an amount', { fee_type: 2 }, 98001004],
    [
      'flat fee asking for LIVE',
      {
        fee_type: 2,
        flat_fee: { amount: 50, video_review: 1, ads_authorization: false },
        delivery_requirements: { content_option: 2 },
      },
      98001004,
    ],
    ['blocked creator', { creator_id_list: [creator(10)] }, 16024018],
    [
      'pair already in an open collaboration',
      {
        creator_id_list: [{ base_info: { creator_oec_id: seeded?.creators[0]?.creatorId } }],
        product_list: [{ product_id: seeded?.products[0]?.productId, target_commission: 2000, sample_type: 1 }],
      },
      16024022,
    ],
    [
      '24-hour cap',
      {},
      16024035,
      () => {
        sandbox.state.count24h = 200;
      },
    ],
    [
      'open-invitation cap',
      {},
      16024034,
      () => {
        sandbox.state.openGroupCount = 1000;
      },
    ],
    [
      'flash sale with one LIVE creator',
      { flash_sale: true, creator_id_list: [creator(live)], product_list: [product(17)] },
      0,
    ],
    [
      'flat fee, video, with amount',
      {
        fee_type: 2,
        flat_fee: { amount: 50, video_review: 2, ads_authorization: true },
        product_list: [product(18, 0)],
      },
      0,
    ],
  ];
  for (const [label, over, code, arrange] of cases) {
    const saved = { count24h: sandbox.state.count24h, open: sandbox.state.openGroupCount };
    arrange?.();
    const res = await post('/api/v1/oec/affiliate/seller/invitation_group/create', base(over));
    sandbox.state.count24h = saved.count24h + (res.code === 0 ? 1 : 0);
    sandbox.state.openGroupCount = saved.open + (res.code === 0 ? 1 : 0);
    assert.equal(res.code, code, `${label}: ${res.message}`);
    if (code === 16024022) assert.equal(res.data.conflict_list?.length, 1, label);
  }
});

test('seeded world: deterministic, the right sizes, and every health case really is what it claims', () => {
  const now = Date.UTC(2026, 10, 25);
  const a = generateWorld(7, now);
  assert.deepEqual(a, generateWorld(7, now));
  assert.notDeepEqual(a.creators[0], generateWorld(8, now).creators[0]);
  assert.equal(a.creators.length, 1200);
  assert.equal(new Set(a.creators.map((c) => c.id)).size, 1200);
  assert.equal(new Set(a.creators.map((c) => c.handle)).size, 1200);
  assert.equal(a.products.length, 40);
  const product = new Map(a.products.map((p) => [p.id, p]));
  const group = (k: keyof typeof a.fixtures.groups) =>
    a.groups.find((g) => g.id === a.fixtures.groups[k]) as (typeof a.groups)[number];
  const DAY = 86_400_000;
  const ongoing = a.groups.filter((g) => g.status === 2);
  const problems = (g: (typeof a.groups)[number]) => ({
    atOrBelowOpen: g.products.some((gp) => gp.targetCommission <= (product.get(gp.productId)?.openCommission ?? -1)),
    outOfStock: g.products.some((gp) => (product.get(gp.productId)?.stock ?? 0) < 10),
    endingSoon: g.endTime - now <= 7 * DAY,
    stale: g.creators.some((c) => c.status === 1 && now - c.inviteTime >= 10 * DAY),
    shared: ongoing.some(
      (o) =>
        o.id !== g.id &&
        o.products.some((op) =>
          g.products.some((gp) => gp.productId === op.productId && gp.targetCommission !== op.targetCommission),
        ),
    ),
  });
  const none = { atOrBelowOpen: false, outOfStock: false, endingSoon: false, stale: false, shared: false };
  const expected: [keyof typeof a.fixtures.groups, Partial<typeof none>][] = [
    ['targetAtOrBelowOpen', { atOrBelowOpen: true }],
    ['outOfStock', { outOfStock: true }],
    ['endingSoon', { endingSoon: true }],
    ['staleInvites', { stale: true }],
    ['sameProductA', { shared: true }],
    ['sameProductB', { shared: true }],
    ['healthy', {}],
  ];
  for (const [k, flags] of expected) {
    assert.equal(group(k).status, 2, k);
    assert.deepEqual(problems(group(k)), { ...none, ...flags }, k);
  }
  // No creator/product pair sits in two open collaborations (the platform forbids it).
  const pairs = ongoing.flatMap((g) =>
    g.creators.flatMap((c) => g.products.map((p) => `${c.creatorId}:${p.productId}`)),
  );
  assert.equal(new Set(pairs).size, pairs.length);
});
