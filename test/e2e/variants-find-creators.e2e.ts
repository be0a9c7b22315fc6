/**
 * Find creators on the page shapes docs/domain.md leaves open or reports from the live site, one browser
 * for all of them (the sandbox's variant is swapped between page loads): the panel appears, every row is
 * read and decorated, a shop-blocked creator is never addable (not even before the page's JSON is
 * parsed), decorating changes no row's height, and nothing is thrown into the page's console.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CLASSIC, DEFAULT_VARIANT, type Variant, variant } from '../sandbox/variant';
import { FIND, HANDLE, HOST, OURS, ROW, rowHandles } from './find-creators-page';
import { type Harness, messagesDelivered, openPanel, PANEL, startHarness } from './harness';

const VARIANTS: Variant[] = [
  { ...DEFAULT_VARIANT, name: 'live default' },
  { ...CLASSIC, name: 'classic' },
  variant({ name: 'plain JSON', creatorJson: 'plain' }),
  variant({ name: 'numbers as strings, 0/1 booleans, list under data', creatorJson: 'strings', findJsonAtRoot: false }),
  variant({
    name: 'no row keys, no "@", no live ids, table re-mounted',
    rowKeys: false,
    handleAt: false,
    liveIds: false,
    remountTable: true,
  }),
  variant({ name: 'extra and missing fields', creatorJson: 'extra-missing' }),
  // The page's JSON never reaches the extension: every row is known from the page alone.
  variant({ name: 'answer over the size cap', findJsonOversize: true }),
];

/**
 * Installed before the page's own scripts: every frame, notes any moment a blocked creator's "Add to
 * queue" could be pressed. Our overlays live in open shadow roots, so the page world can look.
 */
function watchBlocked(page: Page, blocked: string[]) {
  // A string, not a function: tsx would wrap the inner functions in a helper the page does not have.
  return page.addInitScript({
    content: `(() => {
      const bad = new Set(${JSON.stringify(blocked.map((h) => h.toLowerCase()))});
      window.__cpAddable = [];
      window.__cpSeen = 0;
      function look() {
        for (const host of document.querySelectorAll('collab-pilot-row')) {
          const key = (host.getAttribute('data-row') || '').replace(/^@/, '');
          const tr = host.closest('tr');
          const span = tr && tr.querySelector('${HANDLE}');
          const shown = ((span && span.textContent) || '').replace(/^@/, '').toLowerCase();
          if (!bad.has(key) && !bad.has(shown)) continue;
          const add = host.shadowRoot && host.shadowRoot.querySelector('.cp-add');
          if (!add) continue;
          window.__cpSeen++;
          if (add.getAttribute('aria-disabled') !== 'true') window.__cpAddable.push(key + ': ' + add.textContent);
        }
      }
      function frame() {
        look();
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
      setInterval(look, 10);
    })();`,
  });
}

/** Rows, hosts, rows whose one host is known by the row's own handle. */
function decoration(page: Page) {
  return page.evaluate(
    ([row, handle, host]) => {
      const rows = Array.from(document.querySelectorAll(row));
      const tied = rows.filter((r) => {
        const hosts = r.querySelectorAll(host);
        const shown = (r.querySelector(handle)?.textContent ?? hosts[0]?.closest('td')?.textContent ?? '').replace(
          /^@/,
          '',
        );
        const key = hosts[0]?.getAttribute('data-row') ?? '';
        return (
          hosts.length === 1 &&
          key.length > 1 &&
          shown.toLowerCase().includes(key.slice(1)) &&
          hosts[0]?.shadowRoot?.querySelector('.cp-overlay')
        );
      });
      return { rows: rows.length, hosts: document.querySelectorAll(host).length, tied: tied.length };
    },
    [ROW, HANDLE, HOST] as const,
  );
}

/** Each row's height with our hosts in, and with them taken out of the layout (inline display:none). */
function heights(page: Page) {
  return page.evaluate(
    ([row, host]) => {
      const rows = Array.from(document.querySelectorAll<HTMLElement>(row));
      const withUs = rows.map((r) => r.getBoundingClientRect().height);
      const hosts = Array.from(document.querySelectorAll<HTMLElement>(host));
      for (const h of hosts) h.style.setProperty('display', 'none');
      const without = rows.map((r) => r.getBoundingClientRect().height);
      for (const h of hosts) h.style.removeProperty('display');
      return { withUs, without };
    },
    [ROW, HOST] as const,
  );
}

describe('Find creators on each page variant', () => {
  let h: Harness;
  let page: Page;
  let blockedHandles: string[];
  let blockedOnFirstPage: string;

  before(async () => {
    // The sandbox's real latency: the rows and the JSON arrive at their own pace.
    h = await startHarness({ sandbox: { latencyMs: [150, 400] } });
    const world = h.sandbox.state.world;
    const byId = new Map(world.creators.map((c) => [c.id, c]));
    blockedHandles = world.fixtures.blockedCreatorIds.map((id) => byId.get(id)?.handle ?? '');
    blockedOnFirstPage = byId.get(world.fixtures.blockedCreatorIds[0] as string)?.handle ?? '';
    page = await h.newPage();
    // A hidden tab runs no animation frames: neither the page's rendering nor the watcher's.
    await page.bringToFront();
    await watchBlocked(page, blockedHandles);
  });
  after(async () => {
    await h?.close();
  });

  for (const v of VARIANTS) {
    it(v.name, async () => {
      h.sandbox.state.variant = v;
      await page.goto(FIND);
      await page.locator(ROW).first().waitFor({ timeout: 15_000 });
      if (v.remountTable) {
        // The page mounts a new table about 2 s after its first rows: follow it there.
        const first = await page.locator('[data-tid="m4b_table"]').first().elementHandle();
        await page.waitForFunction((t) => !t?.isConnected, first, { timeout: 10_000, polling: 100 });
        await page.locator(ROW).first().waitFor({ timeout: 15_000 });
      }

      // Every row shown is read and decorated, each by its own creator.
      await page.waitForFunction(
        ([row, host]) => {
          const n = document.querySelectorAll(row).length;
          return n >= 12 && document.querySelectorAll(host).length === n;
        },
        [ROW, HOST] as const,
        { timeout: 15_000, polling: 100 },
      );
      const d = await decoration(page);
      assert.equal(d.hosts, d.rows, `${v.name}: one host per row`);
      assert.equal(d.tied, d.rows, `${v.name}: every row decorated for its own creator`);

      const handles = await rowHandles(page);
      const free = handles.findIndex((x) => x && !blockedHandles.includes(x));
      const freeAdd = page.locator(ROW).nth(Math.max(free, 0)).locator(`${HOST} .cp-add`);
      const blockedRow = page
        .locator(ROW)
        .filter({ has: page.locator(`${HOST}[data-row="@${blockedOnFirstPage.toLowerCase()}"]`) });
      if (v.findJsonOversize) {
        // Nothing says who is blocked: no add anywhere, and the button says why it waits. The rows show, so
        // the page has read its answer (the observer reads the same body); past the tasks queued behind it
        // and a frame, an answer we took would show on the rows.
        await messagesDelivered(page);
        for (const add of [freeAdd, blockedRow.locator(`${HOST} .cp-add`)]) {
          assert.equal(await add.getAttribute('aria-disabled'), 'true');
          const note = await add.evaluate(
            (el) =>
              el.getRootNode() instanceof ShadowRoot &&
              (el.getRootNode() as ShadowRoot).getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
          );
          assert.match(String(note), /not known yet whether your shop blocked/);
        }
      } else {
        // The page's JSON reached the rows: a creator it says is not blocked can be added.
        await page.waitForFunction((el) => el?.getAttribute('aria-disabled') === null, await freeAdd.elementHandle(), {
          timeout: 10_000,
          polling: 100,
        });
        // The blocked creator on the first page: badge and no add.
        await blockedRow.locator(`${HOST} [data-badge="blocked"]`).waitFor({ timeout: 10_000 });
        assert.equal(await blockedRow.locator(`${HOST} .cp-add`).getAttribute('aria-disabled'), 'true');
      }
      // Never an add for a blocked creator at any moment since load.
      const watched = await page.evaluate(() => {
        const w = window as unknown as { __cpAddable: string[]; __cpSeen: number };
        return { addable: w.__cpAddable, seen: w.__cpSeen };
      });
      assert.ok(watched.seen > 0, `the watcher saw the blocked row: ${JSON.stringify(watched)}`);
      assert.deepEqual(watched.addable, [], `${v.name}: a blocked creator was addable`);

      // Rows keep their height: with our hosts and without them, within 1 px.
      const hs = await heights(page);
      const grown = hs.withUs.map((x, i) => x - (hs.without[i] ?? 0)).filter((dx) => Math.abs(dx) > 1);
      assert.deepEqual(grown, [], `${v.name}: row heights changed by ${grown.join(', ')} px`);

      // The panel is there, and its toolbar counts exactly the rows on the page.
      await openPanel(page);
      const toolbar = page.locator(`${PANEL} .cp-toolbar`);
      await toolbar.getByText(/of \d+ listed|every listed creator counts/).waitFor({ timeout: 10_000 });
      const listed = await page.locator(ROW).count();
      await toolbar
        .getByRole('button', { name: new RegExp(`Queue all matching \\(${listed}\\)`) })
        .waitFor({ timeout: 10_000 });
      // Rows known from the page alone have unknown reasons, and the toolbar says so; with the JSON, it does not.
      const unknownHint = toolbar.getByText(/has not yet said why/);
      if (v.findJsonOversize) await unknownHint.waitFor({ timeout: 10_000 });
      else await unknownHint.waitFor({ state: 'detached', timeout: 10_000 });

      assert.deepEqual(h.pageErrors, []);
      assert.deepEqual(
        h.consoleLines.filter((l) => OURS.test(l)),
        [],
      );
    });
  }
});
