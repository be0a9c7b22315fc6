/**
 * The guided demo: walks the main story on the sandbox Seller Center with Collab Pilot loaded
 * and saves one numbered screenshot per step. Each step is wrapped: a step that fails still leaves a
 * screenshot of where it stopped and reports why, and the next step carries on.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { productRow, typeEndDate, typeRate, ymdIn } from '../test/e2e/create-page';
import type { Harness } from '../test/e2e/harness';
import { openPanel, PANEL, within } from '../test/e2e/harness';

export interface DemoShot {
  file: string;
  caption: string;
  /** Why the step did not finish; its screenshot then shows where it stopped. */
  error?: string;
}

const ORIGIN = 'https://affiliate.tiktok.com';
const REGION = 'GB';
const GUARD = `${PANEL} .cp-panel`;
const ROW = 'collab-pilot-row';
const STEP_TIMEOUT_MS = 60_000;
const DEMO_NAME = 'Spring glow creators';

type World = Harness['sandbox']['state']['world'];

/** What the steps hand on to each other. */
interface Story {
  h: Harness;
  world: World;
  find?: Page;
  popup?: Page;
  create?: Page;
  /** The page the last step worked on: screenshotted when a step fails before it has its own. */
  last?: Page;
  productId?: string;
}

interface Step {
  name: string;
  /** Shown when the step fails before it can say more. */
  fallback: string;
  run(s: Story): Promise<{ page: Page; caption: string }>;
}

interface SandboxHooks {
  formState(): { creators: unknown[]; products: { product_id: string; commission?: number }[] } | null;
  addProducts(ids: string[]): Promise<void>;
}

const pct = (bp: number | null | undefined) => (bp == null ? '?' : `${(bp / 100).toFixed(bp % 100 ? 1 : 0)}%`);

async function typeName(page: Page, name: string): Promise<void> {
  const input = page.locator('input[placeholder="Invitation name"]');
  await input.click();
  await input.fill('');
  await input.pressSequentially(name);
}

/**
 * Gets the panel open and readable before the seller uses or reads it. Docked, it shrinks to its header while
 * the seller works in a page control under it: leave the page's controls. Where the page leaves no free strip
 * (the wide Find creators table, the create page on a laptop) it is a pill, which closes again whenever the
 * seller presses a page control: press the pill, as a seller would.
 */
async function readyPanel(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await openPanel(page);
  await page
    .locator(`${PANEL} .cp-panel:not([data-make-way="true"])`)
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
}

/** Brings a part of the panel into view inside its own scrolling body, so the screenshot shows it. */
async function showInPanel(page: Page, selector: string): Promise<void> {
  await readyPanel(page);
  await page
    .locator(`${GUARD} ${selector}`)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }))
    .catch(() => {});
  await page.waitForTimeout(300);
}

const panelText = (page: Page, selector: string) =>
  page
    .locator(`${GUARD} ${selector}`)
    .first()
    .textContent({ timeout: 2_000 })
    .then((t) => (t ?? '').replace(/\s+/g, ' ').trim())
    .catch(() => '');

/** A product the seller would really pick: an open collaboration rate and plenty of stock. */
const goodProduct = (w: World) => w.products.find((p) => p.openCommission != null && p.stock > 100 && p.status === 1);

const STEPS: Step[] = [
  {
    name: 'find-creators-overlays',
    fallback: 'Find creators with Collab Pilot loaded.',
    async run(s) {
      const page = await s.h.newPage();
      s.find = page;
      s.last = page;
      await page.goto(`${ORIGIN}/connection/creator?shop_region=${REGION}`);
      await page.locator(GUARD).waitFor({ timeout: 20_000 });
      await page.locator(`${ROW} .cp-overlay`).first().waitFor({ timeout: 20_000 });
      // The wide table leaves no free strip, so the panel starts as a pill: open it to show its toolbar.
      await readyPanel(page);
      await page.locator(`${GUARD} .cp-toolbar`).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(600);
      const rows = await page.locator(`${ROW} .cp-overlay`).count();
      return {
        page,
        caption: `Find creators: each of the ${rows} listed creators gets badges (LIVE, Invited, Worked with, Blocked), a fit score against your thresholds and "Add to queue"; the Collab Pilot panel counts creators per recommendation reason and queues them in bulk.`,
      };
    },
  },
  {
    name: 'creators-queued',
    fallback: 'Find creators: queueing creators.',
    async run(s) {
      const page = s.find ?? (await s.h.newPage());
      s.last = page;
      await readyPanel(page);
      const toolbar = page.locator(`${GUARD} .cp-toolbar`);
      let how = '';
      if (await toolbar.count()) {
        // Filter to the creators who promoted similar products, then queue all that match.
        await toolbar.getByLabel(/Promoted similar products/).check();
        const all = toolbar.getByRole('button', { name: /Queue all matching \([1-9]/ });
        await all.waitFor({ timeout: 10_000 });
        await all.click();
        await page.locator(`${GUARD} .cp-toolbar__message`).filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 });
        how = 'ticks "Promoted similar products" and presses "Queue all matching"';
      } else {
        const adds = page.locator(`${ROW} button.cp-add--idle`);
        for (let i = 0; i < 3 && (await adds.count()) > 0; i++) {
          await adds.first().click();
          await page.waitForTimeout(400);
        }
        how = 'presses "Add to queue" on three rows';
      }
      await page.locator(`${ROW} button.cp-add--queued`).first().waitFor({ timeout: 10_000 });
      await readyPanel(page);
      await page.waitForTimeout(500);
      const count = await panelText(page, '.cp-toolbar__count');
      const message = await panelText(page, '.cp-toolbar__message');
      return {
        page,
        caption:
          `Creators queued: the seller ${how}; rows that do not match fade, the queued ones read "Queued ✓". ${[message, count].filter(Boolean).join(' · ')}`.trim(),
      };
    },
  },
  {
    name: 'popup-queue-and-batches',
    fallback: 'The popup.',
    async run(s) {
      const page = await s.h.newPage();
      s.popup = page;
      s.last = page;
      await page.setViewportSize({ width: 360, height: 600 });
      const url = `chrome-extension://${s.h.extensionId}/popup.html`;
      // A rebuild of .output/ under a running browser can miss a file for a moment: one retry.
      await page.goto(url).catch(async () => {
        await page.waitForTimeout(2_000);
        await page.goto(url);
      });
      await page.locator('main.popup').waitFor({ timeout: 10_000 });
      await page.locator('.batches .batch').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(400);
      const line = ((await page.locator('.batch__line').first().textContent()) ?? '').trim();
      const findings = (
        (await page
          .locator('.batch__findings')
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => '')) ?? ''
      ).trim();
      return {
        page,
        caption: `The popup: the queue by status and the batches Collab Pilot plans from it (here "${line}"${findings ? `, ${findings} flagged before anything opens` : ''}), with "Open batch" to open the create page for it.`,
      };
    },
  },
  {
    name: 'risky-setup-caught',
    fallback: 'The create page with the setup guard.',
    async run(s) {
      const product = goodProduct(s.world);
      if (!product) throw new Error('the sandbox has no product with an open rate and stock');
      s.productId = product.id;
      let page: Page | undefined;
      let opened = '';
      if (s.popup) {
        // "Open batch" has the worker open the create page with the queued creators pre-selected.
        const open = s.popup.getByRole('button', { name: /Open batch/ }).first();
        if (await open.isEnabled().catch(() => false)) {
          const [next] = await Promise.all([
            s.h.context.waitForEvent('page', { timeout: 10_000 }).catch(() => undefined),
            open.click(),
          ]);
          page = next;
          if (page) opened = "opened from the popup with the batch's creators pre-selected; ";
        }
      }
      if (!page) {
        page = await s.h.newPage();
        await page.goto(
          `${ORIGIN}/connection/target-invitation/create?shop_region=${REGION}&enter_from=affiliate_find_creators&creator_ids[0]=${s.world.fixtures.liveCreatorId}`,
        );
      }
      s.create = page;
      s.last = page;
      await page.bringToFront();
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.locator(GUARD).waitFor({ timeout: 20_000 });
      await page.waitForFunction(
        () => ((window as unknown as { __sandbox: SandboxHooks }).__sandbox.formState()?.creators.length ?? 0) > 0,
        null,
        { timeout: 15_000 },
      );
      // Adding a product through the page's drawer is a test shortcut here; the guard reads the table either way.
      await page.evaluate(
        (ids) => (window as unknown as { __sandbox: SandboxHooks }).__sandbox.addProducts(ids),
        [product.id],
      );
      await productRow(s.h, page, product.id).locator('input[role="spinbutton"]').waitFor({ timeout: 10_000 });
      const openBp = product.openCommission ?? 0;
      const low = Math.max(1, Math.floor(openBp / 100) - 1);
      await typeRate(s.h, page, product.id, String(low));
      const finding = `li.cp-finding[data-code="commission.not-above-open"]`;
      await page.locator(`${GUARD} ${finding}`).waitFor({ state: 'attached', timeout: 10_000 });
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.locator(`${GUARD} [data-send]`).waitFor({ state: 'attached', timeout: 10_000 });
      await showInPanel(page, finding);
      const held = (await panelText(page, '[data-send]')).replace(/^\P{L}+/u, '');
      // Say which finding holds Send: the rate one may be a warning while a Must-fix (e.g. no name yet) holds it.
      const level = (await panelText(page, `${finding} .cp-finding__severity`)).toLowerCase();
      const mustFix = (await page.locator(`${GUARD} li.cp-finding--error .cp-finding__message`).allTextContents())
        .map((t) => t.trim())
        .filter(Boolean)
        .join(' ');
      return {
        page,
        caption: `A risky setup caught: the create page (${opened}product added) with a target rate of ${low}%, below the product's open rate of ${pct(openBp)}, so invited creators would earn less than without the invitation. Collab Pilot flags it${level ? ` ("${level}")` : ''}, says what that costs per order and offers the fix. It holds the page's Send${mustFix ? ` for what must be fixed first ("${mustFix}")` : ''}: "${held}"`,
      };
    },
  },
  {
    name: 'fix-applied',
    fallback: 'The fix: "Raise to …".',
    async run(s) {
      const page = s.create;
      if (!page) throw new Error('no create page from the previous step');
      s.last = page;
      await readyPanel(page);
      const raise = page
        .locator(GUARD)
        .getByRole('button', { name: /Raise to/ })
        .first();
      const label = ((await raise.textContent()) ?? '').trim();
      await raise.click();
      await page
        .locator(`${GUARD} li.cp-finding[data-code="commission.not-above-open"]`)
        .waitFor({ state: 'detached', timeout: 10_000 });
      const rate = await page.evaluate(
        (id) =>
          (window as unknown as { __sandbox: SandboxHooks }).__sandbox
            .formState()
            ?.products.find((p) => p.product_id === id)?.commission,
        s.productId ?? '',
      );
      await showInPanel(page, '.cp-guard__summary');
      return {
        page,
        caption: `The fix applied: "${label}" writes the rate into the page's own form (its state now holds ${rate ?? '?'}%) and the warning clears.`,
      };
    },
  },
  {
    name: 'clean-setup-sent',
    fallback: 'Sending the clean setup.',
    async run(s) {
      const page = s.create;
      if (!page) throw new Error('no create page from the previous step');
      s.last = page;
      await typeName(page, DEMO_NAME);
      const end = ymdIn(20);
      await typeEndDate(page, end, s.h.sandbox.state.variant.dateFormat);
      await page.waitForTimeout(500);
      const send = page.getByRole('button', { name: 'Send', exact: true });
      await send.click();
      const status = page.locator(`${GUARD} [data-send]`);
      await status
        .first()
        .waitFor({ state: 'attached', timeout: 10_000 })
        .catch(() => {});
      let confirmed = false;
      if (
        (await status
          .first()
          .getAttribute('data-send')
          .catch(() => null)) === 'confirm'
      ) {
        // Warnings (e.g. a creator invited recently) are asked about once; the seller confirms, then sends.
        await readyPanel(page);
        await page
          .locator(GUARD)
          .getByRole('button', { name: /allow Send/ })
          .click();
        await send.click();
        confirmed = true;
      }
      await page.locator(`${GUARD} [data-send="sent"]`).waitFor({ state: 'attached', timeout: 20_000 });
      // The page's own "sent" dialog sits above the panel (page modals always do): the seller closes it,
      // then opens the panel again to read its report.
      const ok = page.locator('.arco-modal-footer').getByRole('button', { name: 'OK' });
      if (await ok.isVisible().catch(() => false)) {
        await ok.click();
        await ok.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
      }
      await showInPanel(page, '[data-send="sent"]');
      const sent = (await panelText(page, '[data-send="sent"]')).replace(/^\P{L}+/u, '');
      return {
        page,
        caption: `The clean setup sent: named "${DEMO_NAME}", ending ${end}${confirmed ? ', warnings confirmed once' : ''}; TikTok Shop accepted it and Collab Pilot reports "${sent}"`,
      };
    },
  },
  {
    name: 'collaborations-health',
    fallback: 'Target collaborations with the health panel.',
    async run(s) {
      const page = await s.h.newPage();
      s.last = page;
      await page.goto(`${ORIGIN}/connection/target-invitation?shop_region=${REGION}`);
      await page.locator(`${PANEL} .cp-health`).waitFor({ state: 'attached', timeout: 20_000 });
      await readyPanel(page);
      await page.locator(`${PANEL} li.cp-health__issue`).first().waitFor({ timeout: 20_000 });
      // Details of ongoing collaborations arrive after the list; wait until nothing reads "not fully loaded".
      await page
        .waitForFunction(
          (sel) => {
            const items = document.querySelector(sel)?.shadowRoot?.querySelectorAll('li.cp-health__issue strong') ?? [];
            return items.length > 0 && !Array.from(items).some((i) => i.textContent === 'Not fully loaded');
          },
          PANEL,
          { timeout: 15_000 },
        )
        .catch(() => {});
      await readyPanel(page);
      await page.waitForTimeout(500);
      // One figure per child element; joined with separators, as textContent would run them together.
      const counts = await page
        .locator(`${PANEL} .cp-health__counts`)
        .first()
        .evaluate((el) =>
          Array.from(el.children, (c) => (c.textContent ?? '').trim())
            .filter(Boolean)
            .join(' · '),
        )
        .catch(() => '');
      const issues = await page.locator(`${PANEL} li.cp-health__issue`).count();
      return {
        page,
        caption: `Target collaborations: the health panel lists ${issues} issues across the running collaborations, most money at stake first (out of stock, rate at or below open, ending soon, invites not accepted, two waves clashing on one product), badges the rows and exports CSV.${counts ? ` (${counts})` : ''}`,
      };
    },
  },
];

/** Walks the main story on the sandbox; returns each numbered screenshot with its caption, in order. */
export async function runDemoStory(h: Harness, outDir: string): Promise<DemoShot[]> {
  const story: Story = { h, world: h.sandbox.state.world };
  const shots: DemoShot[] = [];
  for (const [i, step] of STEPS.entries()) {
    const file = join(outDir, `${String(i + 1).padStart(2, '0')}-${step.name}.png`);
    let page: Page | undefined;
    let caption = step.fallback;
    let error: string | undefined;
    try {
      const done = await within(STEP_TIMEOUT_MS, step.run(story), `step ${i + 1} (${step.name})`);
      page = done.page;
      caption = done.caption;
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      page = story.last;
    }
    try {
      if (!page) {
        page = await h.newPage();
        story.last = page;
      }
      await page.screenshot({ path: file });
    } catch (err) {
      error ??= `no screenshot: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    }
    shots.push(error ? { file, caption, error } : { file, caption });
  }
  return shots;
}
