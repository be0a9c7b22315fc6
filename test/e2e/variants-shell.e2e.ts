/**
 * The Seller Center shell as the live site draws it (test/sandbox/variant.ts, Shell and List switches), in real
 * Chromium at a 1366 × 768 laptop: a seller who arrives at Find creators or Create by a client-side route from
 * the home page gets the panel, and loses it on the way back; a page that switches to Vietnamese after load
 * gets a Vietnamese panel; header menus made of plain divs and the floating help widget are never under the
 * pill, and a held Send leaves Send, Discard and the name field usable; the live list (a "View" button, no row
 * keys, the live JSON) gets its row badges.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CLASSIC, LIVE, type Variant, variant } from '../sandbox/variant';
import { KEEP_VISIBLE } from './create-page';
import { type Harness, nextFrame, openPanel, PANEL, panelSettled, startHarness, watchContentScript } from './harness';
import { coveredElements } from './hit-test';

const ORIGIN = 'https://affiliate.tiktok.com';
const SUBTITLE = `${PANEL} .cp-panel__subtitle`;
const BADGE = 'collab-pilot-health-badge';

/** The Shell and List switches of LIVE over CLASSIC: these tests are about them alone. */
const SHELL_LIVE: Variant = variant(
  {
    name: 'shell-live',
    languageSwitchAfterMs: LIVE.languageSwitchAfterMs,
    headerMenus: LIVE.headerMenus,
    listView: LIVE.listView,
    listRowKey: LIVE.listRowKey,
    listJson: LIVE.listJson,
  },
  CLASSIC,
);

function message(lang: 'en' | 'vi', area: string, key: string): string {
  const file = resolve(import.meta.dirname, `../../lib/i18n/locales/${lang}/${area}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]?.message ?? key;
}

/** Waits until the panel names `name` in its subtitle, opening a pill as a seller would. */
async function panelNames(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = await page.evaluate((sel) => {
      const [tag, cls] = sel.split(' ');
      return document.querySelector(tag ?? '')?.shadowRoot?.querySelector(cls ?? '')?.textContent ?? null;
    }, SUBTITLE);
    if (seen === name) return;
    await openPanel(page).catch(() => undefined);
  }
  assert.fail(`the panel never named "${name}" (last seen: ${seen})`);
}

const navLink = (page: Page, text: string) => page.locator('nav.side-nav a', { hasText: text }).first();

describe('the live shell (variants)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ viewport: { width: 1366, height: 768 }, sandbox: { variant: SHELL_LIVE } });
  });
  after(async () => {
    await h?.close();
  });

  it('entry by client-side navigation from /homepage: Find creators and Create get the panel, home gets none', async () => {
    h.sandbox.state.variant = SHELL_LIVE;
    const page = await h.newPage();
    const script = await watchContentScript(h, page);
    await page.goto(`${ORIGIN}/homepage?shop_region=GB`);
    await page.getByText('Welcome to Seller Center').waitFor({ timeout: 15_000 });
    // A page we do not know at all: once our script has run and looked at the URL, nothing from us, not even
    // "not recognised".
    await script.ran();
    await nextFrame(page);
    assert.equal(await page.locator(PANEL).count(), 0, 'no panel on /homepage');

    await navLink(page, 'Find creators').click();
    await page.locator('[data-tid="m4b_table"] tbody tr').first().waitFor({ timeout: 15_000 });
    await panelNames(page, 'Find creators');

    await navLink(page, 'Home').click();
    await page.waitForFunction((tag) => !document.querySelector(tag), PANEL, { timeout: 10_000 });

    await navLink(page, 'Create target collaboration').click();
    await page.locator('input[placeholder="Invitation name"]').waitFor({ timeout: 15_000 });
    await panelNames(page, 'Create target collaboration');
    assert.equal(await page.locator(PANEL).count(), 1, 'one panel');

    // Leaving for the home page removes it.
    await navLink(page, 'Home').click();
    await page.waitForFunction((tag) => !document.querySelector(tag), PANEL, { timeout: 10_000 });
    assert.deepEqual(h.pageErrors, []);
    await page.close();
  });

  it('a page that switches to Vietnamese 2 s after load gets the panel in Vietnamese', async () => {
    h.sandbox.state.variant = SHELL_LIVE;
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/connection/creator?shop_region=VN&lang=vi`);
    // English first, as live; the seller opens the panel (usually before the switch, on a loaded machine maybe after).
    await page.locator('.micro-app-container h4', { hasText: 'Find creators' }).waitFor({ timeout: 15_000 });
    await openPanel(page);
    // Then the page switches: the opened panel stays open and speaks Vietnamese.
    await page.waitForFunction(() => document.documentElement.lang === 'vi', undefined, { timeout: 15_000 });
    await page.waitForFunction(
      ([tag, name]) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('.cp-panel__subtitle')?.textContent === name,
      [PANEL, message('vi', 'pages', 'page_find_creators')] as const,
      { timeout: 10_000 },
    );
    assert.deepEqual(h.pageErrors, []);
    await page.close();
  });

  for (const where of ['Find creators', 'Create'] as const) {
    it(`header menus of plain divs and the help widget: the pill covers none of them (${where})`, async () => {
      h.sandbox.state.variant = SHELL_LIVE;
      const page = await h.newPage();
      await page.goto(
        `${ORIGIN}${where === 'Create' ? '/connection/target-invitation/create' : '/connection/creator'}?shop_region=GB`,
      );
      await page.locator('.shell-menu').first().waitFor({ timeout: 15_000 });
      await page.locator(`${PANEL} .cp-panel`).waitFor({ timeout: 15_000 });
      const mode = await panelSettled(page);
      assert.equal(await page.locator('div.shell-menu').count(), 4, 'the header menus are plain divs');
      assert.deepEqual(await coveredElements(page, ['.shell-menu', '.need-help']), [], `${where}: ${mode} panel`);

      if (where === 'Create') {
        // Send with errors standing, pressed where the seller sees it (the footer is pinned; the name field is at
        // the top): held, and the panel opens to say why, leaving Send, Discard and the name field usable.
        await page.evaluate(() => document.getElementById('scroll-container')?.scrollTo(0, 0));
        const send = await page.getByRole('button', { name: 'Send', exact: true }).boundingBox();
        assert.ok(send, 'Send is on screen');
        await page.mouse.click(send.x + send.width / 2, send.y + send.height / 2);
        await page
          .locator(`${PANEL} .cp-panel[data-open="true"] [data-send="blocked"]`)
          .waitFor({ state: 'visible', timeout: 10_000 });
        await panelSettled(page);
        assert.deepEqual(await coveredElements(page, KEEP_VISIBLE), [], 'Send, Discard and the name field stay usable');
      }
      assert.deepEqual(h.pageErrors, []);
      await page.close();
    });
  }

  it('the live list (View button, no row keys, live JSON) gets its row badges', async () => {
    h.sandbox.state.variant = SHELL_LIVE;
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/affiliate/collaboration/target-invitation?shop_region=GB&tab=1`);
    const rows = page.locator('[data-tid="m4b_table"] tbody tr');
    await rows.first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('[data-tid="m4b_table"] tbody tr[data-row-key]').count(), 0, 'no row keys');
    assert.equal(await page.locator('[data-tid="m4b_table"] tbody tr a[href]').count(), 0, 'no links');
    const row = (name: string) => rows.filter({ hasText: name });
    // Each badge settles once the page's detail answers are in (until then a row is "not fully loaded").
    for (const [name, severity] of [
      ['Kitchen essentials', 'Error'],
      ['Spring glow push', 'Warning'],
      ['Summer flash deals', 'Warning'],
    ] as const) {
      const badge = row(name).locator(`${BADGE} .cp-health-badge`);
      await badge.filter({ hasText: new RegExp(`^${severity} · \\d+$`) }).waitFor({ timeout: 15_000 });
    }
    // The healthy one gets no badge.
    assert.equal(await row('Evergreen bestsellers').locator(`${BADGE} .cp-health-badge`).count(), 0);
    assert.deepEqual(h.pageErrors, []);
    await page.close();
  });

  it('a list loaded from endpoints we do not know: the panel says it could not read the list data, asking nothing', async () => {
    h.sandbox.state.variant = variant({ name: 'list-unknown-endpoint', listEndpoint: 'unknown' }, SHELL_LIVE);
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/affiliate/collaboration/target-invitation?shop_region=GB&tab=1`);
    await page.locator('[data-tid="m4b_table"] tbody tr').first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    const said = page.locator(`${PANEL} .cp-health [data-state="list-unread"]`);
    await said.waitFor({ timeout: 15_000 });
    assert.equal((await said.textContent())?.trim(), message('en', 'health', 'ui_nothing_loaded'));
    assert.doesNotMatch((await said.textContent()) ?? '', /scroll/i);
    assert.equal(await page.locator(`${BADGE} .cp-health-badge`).count(), 0, 'no badge without data');
    assert.deepEqual(h.pageErrors, []);
    await page.close();
    h.sandbox.state.variant = SHELL_LIVE;
  });
});
