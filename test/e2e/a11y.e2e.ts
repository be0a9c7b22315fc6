import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { productRow } from './create-page';
import { type Harness, nextFrame, openPanel, PANEL, panelSettled, startHarness } from './harness';

/**
 * Accessibility in real Chromium: axe-core finds no serious or critical violation in our panels,
 * row overlays, popup and options page; Tab reaches the panel's buttons and each shows a focus outline; and
 * every surface stays usable at 320 px wide. Each axe run is scoped to our own UI, not the host page.
 */

const AXE_SOURCE = readFile(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const ROW = 'collab-pilot-row';
const GUARD = `${PANEL} .cp-panel`;

/** An axe context: a selector, or `fromShadowDom` paths (host selector, then a selector inside its open shadow root). */
type AxeContext = { include: { fromShadowDom: string[] }[] } | string;
const inShadow = (host: string, inner: string): AxeContext => ({ include: [{ fromShadowDom: [host, inner] }] });

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; summary: string }[];
}

interface AxeReport {
  violations: Violation[];
  /** How many elements the rules looked at: proves the context matched something. */
  checked: number;
}

/** Runs axe in the page's main world. Evaluated through the debugger, so an extension page's CSP does not stop it. */
async function runAxe(page: Page, context: AxeContext): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async (ctx) => {
    type AxeResult = {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown; failureSummary?: string }[];
    };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Record<string, AxeResult[]>> } })
      .axe;
    const r = await axe.run(ctx, {});
    const all = [...(r.passes ?? []), ...(r.violations ?? []), ...(r.incomplete ?? [])];
    const checked = new Set(all.flatMap((x) => x.nodes.map((n) => JSON.stringify(n.target)))).size;
    return {
      checked,
      violations: (r.violations ?? []).map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
      })),
    };
  }, context);
}

const serious = (r: AxeReport) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

function describeViolations(vs: Violation[]): string {
  return vs
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}):\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.summary.replace(/\s+/g, ' ')}`).join('\n')}`,
    )
    .join('\n');
}

/** Test context's diagnostic line (shown in the runner's output): what axe checked, for the record. */
type Note = { diagnostic(message: string): void };

async function assertNoSerious(t: Note, page: Page, context: AxeContext, where: string): Promise<void> {
  const report = await runAxe(page, context);
  t.diagnostic(
    `axe ${where}: ${report.checked} elements checked, ${report.violations.length} violations of any impact`,
  );
  assert.ok(report.checked > 0, `${where}: axe found nothing to check (context ${JSON.stringify(context)})`);
  const bad = serious(report);
  assert.deepEqual(
    bad.map((v) => v.id),
    [],
    `${where}: serious/critical axe violations:\n${describeViolations(bad)}`,
  );
  const minor = report.violations.filter((v) => !bad.includes(v));
  if (minor.length)
    t.diagnostic(`axe ${where}: minor findings (not failing): ${minor.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
}

/**
 * The panel shrinks to its header while the seller works in a page control under it; leave the page's
 * controls so axe sees (and checks) the whole panel.
 */
async function leavePageControls(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator(`${PANEL} .cp-panel:not([data-make-way="true"])`).waitFor({ timeout: 5_000 });
}

/** What focus looks like on the element that has it, following our open shadow roots down. */
interface FocusInfo {
  inPanel: boolean;
  tag: string;
  text: string;
  outlineStyle: string;
  outlineWidth: string;
  focusVisible: boolean;
}

function readFocus(page: Page): Promise<FocusInfo | null> {
  return page.evaluate((panelTag) => {
    let el: Element | null = document.activeElement;
    let inPanel = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.localName === panelTag) inPanel = true;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    return {
      inPanel,
      tag: el.localName,
      text: (el.textContent ?? '').trim().slice(0, 60),
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      focusVisible: el.matches(':focus-visible'),
    };
  }, PANEL);
}

/**
 * Starts from the top of the document and presses Tab until focus enters the panel; then keeps tabbing
 * through the panel, recording each stop, until focus leaves it. Every stop must show a visible outline.
 */
async function tabThroughPanel(page: Page, maxPresses = 400): Promise<FocusInfo[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // A click on blank page background puts the sequential focus start point at the top of the document.
  await page.mouse.click(1, 1);
  const stops: FocusInfo[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const f = await readFocus(page);
    if (f?.inPanel) stops.push(f);
    else if (stops.length) break;
  }
  return stops;
}

function assertVisibleFocus(stops: FocusInfo[], where: string, expectButton: RegExp): void {
  assert.ok(stops.length > 0, `${where}: Tab never reached the panel`);
  assert.ok(
    stops.some((s) => s.tag === 'button' && expectButton.test(s.text)),
    `${where}: Tab reaches a button named ${expectButton}; stops: ${stops.map((s) => `${s.tag} "${s.text}"`).join(', ')}`,
  );
  for (const s of stops) {
    assert.ok(s.focusVisible, `${where}: ${s.tag} "${s.text}" matches :focus-visible after Tab`);
    assert.notEqual(s.outlineStyle, 'none', `${where}: ${s.tag} "${s.text}" has a visible focus outline`);
    assert.notEqual(s.outlineWidth, '0px', `${where}: ${s.tag} "${s.text}" focus outline has a width`);
  }
}

/** The panel fits a 320 px viewport: inside it horizontally, with nothing wider than its own box. */
async function assertPanelFits(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 700 });
  // The panel places itself again for the narrow window: wait until that placement holds still.
  await page.waitForFunction(() => innerWidth === 320);
  await panelSettled(page);
  const box = await page.evaluate((panelTag) => {
    const panel = document.querySelector(panelTag)?.shadowRoot?.querySelector('.cp-panel');
    if (!panel) return null;
    const r = panel.getBoundingClientRect();
    const body = panel.querySelector('.cp-panel__body');
    return {
      left: r.left,
      right: r.right,
      width: r.width,
      scrollWidth: panel.scrollWidth,
      clientWidth: panel.clientWidth,
      bodyScroll: body?.scrollWidth ?? 0,
      bodyClient: body?.clientWidth ?? 0,
      vw: window.innerWidth,
    };
  }, PANEL);
  assert.ok(box, `${where}: panel present at 320 px`);
  assert.ok(
    box.left >= 0 && box.right <= box.vw + 0.5,
    `${where}: panel inside the 320 px viewport: ${JSON.stringify(box)}`,
  );
  assert.ok(box.width >= 200, `${where}: panel still readable (${box.width}px wide)`);
  assert.ok(
    box.scrollWidth <= box.clientWidth + 1,
    `${where}: no horizontal overflow in .cp-panel: ${JSON.stringify(box)}`,
  );
  assert.ok(
    box.bodyScroll <= box.bodyClient + 1,
    `${where}: no horizontal overflow in the panel body: ${JSON.stringify(box)}`,
  );
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** An extension page fits a 320 px window: no horizontal scrolling. */
async function assertPageFits(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 700 });
  // CSS alone lays an extension page out: once the window is narrow and a frame is drawn, it is final.
  await page.waitForFunction(() => innerWidth === 320);
  await nextFrame(page);
  const m = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    widest: Array.from(document.querySelectorAll('body *'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.right > window.innerWidth + 1)
      .slice(0, 5)
      .map(({ e, r }) => `${e.localName}.${(e as HTMLElement).className} right=${Math.round(r.right)}`),
  }));
  assert.ok(m.scrollWidth <= m.clientWidth + 1, `${where}: no horizontal scroll at 320 px: ${JSON.stringify(m)}`);
}

describe('accessibility of the panels, popup and options page', () => {
  let h: Harness;
  let world: Harness['sandbox']['state']['world'];
  before(async () => {
    h = await startHarness();
    world = h.sandbox.state.world;
  });
  after(async () => {
    await h?.close();
  });

  const goodProduct = () => world.products.find((p) => p.openCommission != null && p.stock > 100 && p.status === 1)!;

  async function openCreateWithRisk(): Promise<Page> {
    const page = await h.newPage();
    const creator = world.fixtures.liveCreatorId;
    await page.goto(
      `https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB&enter_from=affiliate_find_creators&creator_ids[0]=${creator}`,
    );
    await page.locator(GUARD).waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => {
      const s = (
        window as unknown as { __sandbox?: { formState(): { creators: unknown[] } | null } }
      ).__sandbox?.formState();
      return s && s.creators.length === 1;
    });
    const p = goodProduct();
    await page.evaluate(
      (ids) =>
        (window as unknown as { __sandbox: { addProducts(ids: string[]): Promise<void> } }).__sandbox.addProducts(ids),
      [p.id, world.fixtures.outOfStockProductIds[0]!],
    );
    const input = productRow(h, page, p.id).locator('input[role="spinbutton"]');
    await input.click();
    await input.press('Control+A');
    await input.press('Backspace');
    await input.pressSequentially(String(Math.max(1, Math.floor((p.openCommission ?? 200) / 100) - 1)));
    await input.press('Tab');
    await page
      .locator(`${GUARD} li.cp-finding[data-code="commission.not-above-open"]`)
      .waitFor({ state: 'attached', timeout: 10_000 });
    await leavePageControls(page);
    return page;
  }

  it('setup guard with findings: no serious axe violation, Tab reaches its buttons with a visible outline, fits 320 px', async (t) => {
    const page = await openCreateWithRisk();
    // Hold Send too, so the blocked-send status is part of what axe checks.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator(`${GUARD} [data-send="blocked"]`).waitFor({ state: 'attached', timeout: 10_000 });
    await leavePageControls(page);
    await assertNoSerious(t, page, inShadow(PANEL, '.cp-panel'), 'setup guard');
    assertVisibleFocus(await tabThroughPanel(page), 'setup guard', /Raise to|Hide|Collab Pilot/);
    await assertPanelFits(page, 'setup guard');
    await page.close();
  });

  it('Find creators: toolbar panel and row overlays have no serious axe violation; Tab reaches the toolbar; fits 320 px', async (t) => {
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
    await page.locator(GUARD).waitFor({ timeout: 15_000 });
    await page.locator(`${ROW} .cp-overlay`).first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    await page.locator(`${GUARD} .cp-toolbar`).waitFor({ timeout: 15_000 });
    // Queue two creators so "Queued" states are checked too (and the popup below has something to show).
    const adds = page.locator(`${ROW} button.cp-add--idle`);
    const queued = page.locator(`${ROW} button.cp-add--queued`);
    const queuedBefore = await queued.count();
    for (let i = 0; i < 2; i++) {
      await adds.first().click();
      await queued.nth(queuedBefore + i).waitFor({ timeout: 10_000 });
    }
    await assertNoSerious(t, page, inShadow(PANEL, '.cp-panel'), 'Find creators panel');
    await assertNoSerious(t, page, inShadow(ROW, '.cp-overlay'), 'Find creators row overlays');
    // The panel is the last thing in the document: Shift+Tab from the top reaches it without walking every row.
    await page.mouse.click(1, 1);
    const stops: FocusInfo[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const f = await readFocus(page);
      if (f?.inPanel) stops.push(f);
      else if (stops.length) break;
    }
    assertVisibleFocus(stops, 'Find creators panel', /Queue all matching|Hide|Collab Pilot/);
    // A row overlay's own button is reachable by keyboard too, with a visible outline.
    await page.locator(`${ROW} button.cp-add`).first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const overlayFocus = await page.evaluate((rowTag) => {
      const host = document.activeElement;
      const el = host?.localName === rowTag ? host.shadowRoot?.activeElement : null;
      return el
        ? { outline: getComputedStyle(el).outlineStyle, visible: el.matches(':focus-visible'), text: el.textContent }
        : null;
    }, ROW);
    assert.ok(overlayFocus, 'Tab lands on a row overlay button');
    assert.ok(
      overlayFocus.visible && overlayFocus.outline !== 'none',
      `row overlay button shows focus: ${JSON.stringify(overlayFocus)}`,
    );
    await assertPanelFits(page, 'Find creators panel');
    await page.close();
  });

  it('Target collaboration list: health panel has no serious axe violation, Tab reaches it, fits 320 px', async (t) => {
    const page = await h.newPage();
    await page.goto('https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB');
    await page.locator(`${PANEL} .cp-health`).waitFor({ timeout: 15_000 });
    await page.locator(`${PANEL} li.cp-health__issue`).first().waitFor({ timeout: 15_000 });
    await assertNoSerious(t, page, inShadow(PANEL, '.cp-panel'), 'health panel');
    await assertNoSerious(t, page, inShadow('collab-pilot-health-badge', '.cp-health-badge'), 'health row badges');
    assertVisibleFocus(await tabThroughPanel(page), 'health panel', /Export|Hide/);
    await assertPanelFits(page, 'health panel');
    await page.close();
  });

  it('popup (with a queue): no serious axe violation, focus visible, fits 320 px', async (t) => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.locator('main.popup').waitFor({ timeout: 10_000 });
    // Painted from the summary first, then the list and the plan: checked once nothing says it is loading.
    await page.waitForFunction(
      () => {
        const main = document.querySelector('main.popup');
        return (
          !!main?.querySelector('.batches, .muted') &&
          !/Loading queue…|Planning batches…|Loading…/.test(main.textContent ?? '')
        );
      },
      undefined,
      { timeout: 10_000 },
    );
    await assertNoSerious(t, page, 'main.popup', 'popup');
    await page.keyboard.press('Tab');
    const f = await readFocus(page);
    assert.ok(f, 'Tab focuses something in the popup');
    assert.ok(f.focusVisible && f.outlineStyle !== 'none', `popup focus visible: ${JSON.stringify(f)}`);
    await assertPageFits(page, 'popup');
    await page.close();
  });

  it('options page: no serious axe violation, focus visible, fits 320 px', async (t) => {
    const page = await h.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.locator('form, main').first().waitFor({ timeout: 10_000 });
    await page.locator('input').first().waitFor({ timeout: 10_000 });
    await assertNoSerious(t, page, 'body', 'options page');
    await page.keyboard.press('Tab');
    const f = await readFocus(page);
    assert.ok(f, 'Tab focuses something on the options page');
    assert.ok(f.focusVisible && f.outlineStyle !== 'none', `options focus visible: ${JSON.stringify(f)}`);
    await assertPageFits(page, 'options page');
    await page.close();
  });
});
