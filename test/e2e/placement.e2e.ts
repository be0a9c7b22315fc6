import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { KEEP_VISIBLE } from './create-page';
import { scrollToRows } from './find-creators-page';
import { type Harness, PANEL, panelSettled, startHarness } from './harness';
import { coveredElements } from './hit-test';

/**
 * Panel placement in real Chromium: in its default state the panel (docked, or as a pill) covers none of
 * the page's own controls, at a 1366 px laptop and a 1920 px desktop; the seller can still open it, a held
 * Send opens it, and "Move panel" moves it. The host takes no room in the page's layout.
 */

const SHELL = `${PANEL} .cp-panel`;
const ORIGIN = 'https://affiliate.tiktok.com';
/** What a seller can press or type into, every header cell, and every (clickable) table row. */
const CONTROLS =
  'button, input:not([type="hidden"]), select, textarea, a[href], th, tbody tr, [role="button"], [role="switch"], [role="checkbox"], [role="combobox"], [role="tab"]';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Overlap {
  panel: Box;
  hits: string[];
  checked: number;
}

/** The panel's box and every visible page control it intersects (controls under the page's own overlays excluded). */
function overlaps(page: Page): Promise<Overlap> {
  return page.evaluate(
    ([panelTag, selector]) => {
      const host = document.querySelector(panelTag);
      const panel = host?.shadowRoot?.querySelector('.cp-panel');
      if (!host || !panel) throw new Error('no panel');
      const p = panel.getBoundingClientRect();
      const vw = document.documentElement.clientWidth;
      const vh = window.innerHeight;
      const hits: string[] = [];
      let checked = 0;
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        if (r.width < 1 || r.height < 1 || cs.visibility === 'hidden') continue;
        if (r.right <= 0 || r.bottom <= 0 || r.left >= vw || r.top >= vh) continue;
        checked++;
        if (p.left < r.right && r.left < p.right && p.top < r.bottom && r.top < p.bottom) {
          // Scrolled under the page's own sticky bar (or a modal): hidden by the page itself, not by us.
          const x = (Math.max(p.left, r.left) + Math.min(p.right, r.right)) / 2;
          const y = (Math.max(p.top, r.top) + Math.min(p.bottom, r.bottom)) / 2;
          const seen = document.elementsFromPoint(x, y).find((e) => e !== host);
          if (seen && !el.contains(seen) && !seen.contains(el)) continue;
          hits.push(
            `${el.localName}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${Math.round(r.left)},${Math.round(r.top)}`,
          );
        }
      }
      return { panel: { left: p.left, top: p.top, right: p.right, bottom: p.bottom }, hits, checked };
    },
    [PANEL, CONTROLS] as const,
  );
}

async function assertCoversNothing(page: Page, where: string): Promise<string> {
  const mode = await panelSettled(page);
  const o = await overlaps(page);
  assert.ok(o.checked > 5, `${where}: the page's controls were found (${o.checked})`);
  assert.deepEqual(o.hits, [], `${where}: the ${mode} panel at ${JSON.stringify(o.panel)} covers page controls`);
  return mode;
}

/** The class of the element focused inside our shadow root, if any. */
function focusedInPanel(page: Page): Promise<string | undefined> {
  return page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.activeElement?.className, PANEL);
}

/** Opens the panel as a seller would (the pill, if compact) and checks its body shows. */
async function assertCanOpen(page: Page, where: string): Promise<void> {
  const mode = await page.locator(SHELL).getAttribute('data-mode');
  if (mode === 'compact') {
    const pill = page.locator(`${SHELL} button.cp-panel__pill`);
    assert.match(
      (await pill.getAttribute('aria-label')) ?? '',
      /Collab Pilot.*Open panel/,
      `${where}: the pill is labelled`,
    );
    await pill.click();
    await page.locator(`${SHELL}[data-open="true"]`).waitFor({ timeout: 5_000 });
  }
  await page.locator(`${SHELL} .cp-panel__body`).waitFor({ state: 'visible', timeout: 5_000 });
  const o = await overlaps(page);
  assert.ok(
    o.panel.left >= 0 && o.panel.right <= (await page.evaluate(() => document.documentElement.clientWidth)) + 0.5,
    `${where}: opened panel inside the window`,
  );
}

/** After the panel holds still, each of the page's elements is the one the browser hits at its centre. */
async function assertLeavesUsable(page: Page, where: string, selectors: readonly string[]): Promise<void> {
  await panelSettled(page);
  assert.deepEqual(await coveredElements(page, selectors), [], `${where}: page controls not usable`);
}

/** Our host is a zero-size fixed box: the page's layout is exactly what it would be without us. */
async function assertNoLayoutShift(page: Page, where: string): Promise<void> {
  const m = await page.evaluate((tag) => {
    const host = document.querySelector(tag) as HTMLElement;
    const cs = getComputedStyle(host);
    const r = host.getBoundingClientRect();
    return {
      position: cs.position,
      w: r.width,
      h: r.height,
      sw: document.documentElement.scrollWidth,
      cw: document.documentElement.clientWidth,
    };
  }, PANEL);
  assert.equal(m.position, 'fixed', `${where}: host is fixed`);
  assert.equal(m.w + m.h, 0, `${where}: host takes no room`);
  assert.ok(m.sw <= m.cw, `${where}: no horizontal scroll added`);
}

describe('panel placement on the sandbox pages', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ viewport: { width: 1366, height: 768 } });
  });
  after(async () => {
    await h?.close();
  });

  it('Create page at 1366 × 768: covers no control by default, opens on request, a held Send opens it', async () => {
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/connection/target-invitation/create?shop_region=GB`);
    await page.locator('input[placeholder="Invitation name"]').waitFor({ timeout: 15_000 });
    const mode = await assertCoversNothing(page, 'Create 1366');
    assert.equal(mode, 'compact', 'no free strip beside a full-width form at 1366: a pill');
    // The pill carries the counts, in words and in its accessible name.
    await page.locator(`${SHELL} .cp-panel__count--error`).waitFor({ timeout: 10_000 });
    assert.match((await page.locator(`${SHELL} .cp-panel__pill`).getAttribute('aria-label')) ?? '', /\d+ to fix/);
    await assertNoLayoutShift(page, 'Create 1366');
    await assertCanOpen(page, 'Create 1366');
    // Focus moves with the swap itself (pill to panel and back): a keyboard user's next key always reaches the
    // panel, so it is read as soon as the panel shows opened or closed, with no wait for a later effect.
    assert.equal(
      await focusedInPanel(page),
      'cp-btn cp-btn--ghost',
      'opened from the pill: focus on the panel’s toggle',
    );
    await page.keyboard.press('Escape');
    await page.locator(`${SHELL}[data-open="false"]`).waitFor({ timeout: 5_000 });
    assert.equal(await focusedInPanel(page), 'cp-panel__pill', 'closed by Escape: focus back on the pill');
    // Working in the page's form closes an opened pill.
    await page.locator(`${SHELL} .cp-panel__pill`).click();
    await page.locator(`${SHELL}[data-open="true"]`).waitFor();
    await page.locator('input[placeholder="Invitation name"]').click();
    await page.locator(`${SHELL}[data-open="false"]`).waitFor({ timeout: 5_000 });
    // Send with errors standing: held, and the panel opens to say why.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page
      .locator(`${SHELL}[data-open="true"] [data-send="blocked"]`)
      .waitFor({ state: 'visible', timeout: 10_000 });
    // Opened by the held Send, it leaves Send, Discard and the name field visible and usable.
    await assertLeavesUsable(page, 'Create 1366, Send held', KEEP_VISIBLE);
    assert.deepEqual(h.pageErrors, []);
    await page.close();
  });

  it('Find creators at 1366 × 768: covers no control by default, also after infinite scroll adds rows', async () => {
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/connection/creator?shop_region=GB`);
    await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const mode = await assertCoversNothing(page, 'Find creators 1366');
    const style = await page.locator(SHELL).getAttribute('style');
    await assertCanOpen(page, 'Find creators 1366');
    if (mode === 'compact') {
      await page.keyboard.press('Escape');
      await page.locator(`${SHELL}[data-open="false"]`).waitFor({ timeout: 5_000 });
    }
    // Rows appended below (and the scrolling that loads them) leave the panel where it was, still clear.
    const rows = await scrollToRows(page, 96);
    assert.ok(rows >= 96, `rows loaded: ${rows}`);
    assert.equal(await assertCoversNothing(page, `Find creators 1366 at ${rows} rows`), mode);
    assert.equal(await page.locator(SHELL).getAttribute('style'), style, 'the panel did not move');
    await page.evaluate(() => document.getElementById('scroll-container')?.scrollTo(0, 0));
    await assertCoversNothing(page, `Find creators 1366 at ${rows} rows, scrolled back to the top`);
    await page.close();
  });

  it('Target collaboration list at 1920 × 1080: covers no column, opens on request, Move re-docks and is kept across pages', async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${ORIGIN}/connection/target-invitation?shop_region=GB`);
    await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    await assertCoversNothing(page, 'List 1920');
    await assertNoLayoutShift(page, 'List 1920');
    await assertCanOpen(page, 'List 1920');
    // Keyboard move: the Move button names where it goes next; the choice survives a route change.
    const move = page.locator(`${SHELL} .cp-panel__move`);
    const before = await page.locator(SHELL).getAttribute('data-dock');
    await move.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ([tag, was]) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('.cp-panel')?.getAttribute('data-dock') !== was,
      [PANEL, before] as const,
    );
    const moved = await page.locator(SHELL).getAttribute('data-dock');
    assert.match(
      // The panel's own announcement, not a status line of the feature inside it.
      (await page.locator(`${SHELL} > [role="status"]`).textContent()) ?? '',
      new RegExp(`moved to the ${moved}`),
    );
    await page.getByRole('link', { name: 'Find creators' }).click();
    await page.locator(`${PANEL} .cp-panel__subtitle, ${PANEL} .cp-panel__pill`).first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      ([tag]) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('.cp-panel')?.getAttribute('data-mode') !== 'measuring',
      [PANEL] as const,
    );
    assert.equal(await page.locator(SHELL).getAttribute('data-dock'), moved, 'the moved dock is kept on the next page');
    await page.close();
  });
});
