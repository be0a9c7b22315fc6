import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { HEALTH_TITLES, HEALTH_UI, type HealthCode } from '../../lib/health';
import { setMessages } from '../../lib/i18n';
import { ENGLISH } from '../../lib/i18n/english';
import { DEFAULT_VARIANT, variant } from '../sandbox/variant';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

// The panel runs in the browser's language (English here); this process reads the same texts to match them.
setMessages(ENGLISH);

/**
 * Collaboration health in real Chromium on the sandbox's Target collaboration list: every seeded
 * case flagged with its code, the healthy and the ended ones not, issues by money at stake, the CSV export,
 * the links, the row badges, both URL families, and a quiet console.
 */

type Case =
  | 'targetAtOrBelowOpen'
  | 'outOfStock'
  | 'endingSoon'
  | 'staleInvites'
  | 'sameProductA'
  | 'sameProductB'
  | 'healthy'
  | 'expired'
  | 'cancelled';

const CODE_BY_TITLE = new Map(Object.entries(HEALTH_TITLES).map(([code, title]) => [title, code as HealthCode]));
const BADGE = 'collab-pilot-health-badge';
const ISSUE = `${PANEL} li.cp-health__issue`;

interface PanelIssue {
  collaborationId: string;
  code: HealthCode | undefined;
  money: string | null;
  links: string[];
}

async function readPanelIssues(page: Page): Promise<PanelIssue[]> {
  const raw = await page.locator(ISSUE).evaluateAll((items) =>
    items.map((li) => ({
      collaborationId: li.getAttribute('data-collaboration-id') ?? '',
      title: li.querySelector('.cp-health__issue-title strong')?.textContent ?? '',
      money: li.querySelector('.cp-health__money')?.textContent ?? null,
      links: Array.from(li.querySelectorAll('a')).map((a) => a.href),
    })),
  );
  return raw.map((r) => ({
    collaborationId: r.collaborationId,
    code: CODE_BY_TITLE.get(r.title),
    money: r.money,
    links: r.links,
  }));
}

/** "At stake: £1.23 per order" / "£1,234.50" → 123 / 123450 (minor units); null when none. */
function cents(text: string | null | undefined): number | null {
  const m = /(\d[\d,]*)\.(\d{2})/.exec(text ?? '');
  return m ? Number(m[1]?.replace(/,/g, '')) * 100 + Number(m[2]) : null;
}

function assertMoneyOrder(values: (number | null)[], where: string): void {
  const known = values.filter((v): v is number => v !== null);
  const firstUnknown = values.indexOf(null);
  if (firstUnknown >= 0) {
    assert.ok(
      values.slice(firstUnknown).every((v) => v === null),
      `${where}: unknown amounts come last: ${values}`,
    );
  }
  for (let i = 1; i < known.length; i++) {
    assert.ok((known[i - 1] ?? 0) >= (known[i] ?? 0), `${where}: most money first: ${values}`);
  }
}

describe('collaboration health on the Target collaboration list', () => {
  let h: Harness;
  let ids: Record<Case, string>;
  let nameOf: Map<string, string>;

  before(async () => {
    h = await startHarness();
    ids = h.sandbox.state.world.fixtures.groups as Record<Case, string>;
    nameOf = new Map(h.sandbox.state.world.groups.map((g) => [g.id, g.name]));
  });
  after(async () => {
    await h?.close();
  });

  /** Opens the list and waits until every ongoing collaboration's detail has been checked. */
  async function openList(path: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(`https://affiliate.tiktok.com${path}?shop_region=GB`);
    await page.locator(`${PANEL} .cp-health`).waitFor({ state: 'attached', timeout: 15_000 });
    // Once the rows are in, the panel is placed where it covers none of them (a pill if need be): open it.
    await page.locator('[data-tid="m4b_table"] tbody tr').first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    await page.locator(`${PANEL} .cp-health`).waitFor({ timeout: 15_000 });
    // The page fetches details after the list: until then ongoing rows read "not fully loaded".
    await page.waitForFunction(
      (sel) => {
        const host = document.querySelector(sel);
        const items = host?.shadowRoot?.querySelectorAll('li.cp-health__issue') ?? [];
        const titles = Array.from(items, (li) => li.querySelector('strong')?.textContent ?? '');
        return titles.includes('Out of stock') && !titles.includes('Not fully loaded');
      },
      PANEL,
      { timeout: 15_000 },
    );
    return page;
  }

  function codesByCollab(issues: PanelIssue[]): Map<string, Set<HealthCode | undefined>> {
    const out = new Map<string, Set<HealthCode | undefined>>();
    for (const i of issues) out.set(i.collaborationId, (out.get(i.collaborationId) ?? new Set()).add(i.code));
    return out;
  }

  for (const family of ['/connection/target-invitation', '/affiliate/collaboration/target-invitation']) {
    describe(family, () => {
      it('flags every seeded case with its code, and nothing on the healthy or ended ones', async () => {
        const page = await openList(family);
        const issues = await readPanelIssues(page);
        const codes = codesByCollab(issues);
        const expected: [Case, HealthCode][] = [
          ['targetAtOrBelowOpen', 'health.target-not-above-open'],
          ['outOfStock', 'health.out-of-stock'],
          ['endingSoon', 'health.ending-soon'],
          ['staleInvites', 'health.not-accepted'],
          // Filed under the lower-rate wave (the one to raise), linking the other.
          ['sameProductA', 'health.rate-clash'],
        ];
        for (const [c, code] of expected) {
          assert.ok(codes.get(ids[c])?.has(code), `${c} flagged ${code}; got ${[...(codes.get(ids[c]) ?? [])]}`);
        }
        // Both products of "Spring glow push": one below, one equal to its open rate.
        assert.equal(
          issues.filter(
            (i) => i.collaborationId === ids.targetAtOrBelowOpen && i.code === 'health.target-not-above-open',
          ).length,
          2,
        );
        const clash = issues.find((i) => i.code === 'health.rate-clash');
        assert.ok(
          clash?.links.some((l) => l.includes(ids.sameProductB)),
          'the clash links the other wave too',
        );
        for (const c of ['healthy', 'expired', 'cancelled'] as const) {
          assert.equal(codes.has(ids[c]), false, `${c} is not flagged`);
          assert.ok(!issues.some((i) => i.links.some((l) => l.includes(ids[c]))), `${c} is not linked from any issue`);
        }
        assert.ok(issues.every((i) => i.code !== undefined && i.code !== 'health.not-loaded'));

        const counts = await page
          .locator(`${PANEL} .cp-health__counts li`)
          .evaluateAll((lis) => lis.map((li) => li.textContent?.trim()));
        assert.ok(counts.includes('9 collaborations loaded'), String(counts));
        assert.ok(counts.includes('1 healthy'), String(counts));
        assert.ok(counts.includes('2 ended or cancelled'), String(counts));
        assert.ok(counts.includes('0 not fully loaded'), String(counts));
        await page.close();
      });

      it('orders issues by money at stake and links each to its collaboration', async () => {
        const page = await openList(family);
        const issues = await readPanelIssues(page);
        assertMoneyOrder(
          issues.map((i) => cents(i.money)),
          'panel',
        );
        // Out of stock loses the whole sale: it outweighs a 2-4 % rate gap on these prices.
        assert.equal(issues[0]?.code, 'health.out-of-stock');
        for (const i of issues) {
          const first = new URL(i.links[0] ?? '');
          assert.equal(first.origin, 'https://affiliate.tiktok.com');
          assert.equal(first.pathname, `${family}/detail`);
          assert.equal(first.searchParams.get('invitation_group_id'), i.collaborationId);
          assert.equal(first.searchParams.get('shop_region'), 'GB');
        }

        // Follow the "Kitchen essentials" link: the collaboration's own page opens.
        const link = page.locator(`${ISSUE}[data-collaboration-id="${ids.outOfStock}"] a`).first();
        await Promise.all([page.waitForURL(/\/detail\?/, { timeout: 15_000 }), link.click()]);
        const url = new URL(page.url());
        assert.equal(url.pathname, `${family}/detail`);
        assert.equal(url.searchParams.get('invitation_group_id'), ids.outOfStock);
        const heading = page.locator('.micro-app-container h4.arco-typography').first();
        await heading.waitFor({ timeout: 15_000 });
        assert.equal((await heading.textContent())?.trim(), nameOf.get(ids.outOfStock));
        await page.close();
      });

      it('exports the issues as CSV, in the panel order', async () => {
        const page = await openList(family);
        const issues = await readPanelIssues(page);
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 15_000 }),
          page.locator(`${PANEL} button`, { hasText: HEALTH_UI.exportCsv }).click(),
        ]);
        assert.match(download.suggestedFilename(), /^collab-pilot-health-GB-\d{4}-\d{2}-\d{2}\.csv$/);
        const path = await download.path();
        const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
        const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
        const [header, ...rows] = parsed.data;
        assert.deepEqual(header, [...HEALTH_UI.csvHeaders]);
        assert.equal(rows.length, issues.length);
        const col = (name: string) => HEALTH_UI.csvHeaders.indexOf(name as never);
        rows.forEach((row, n) => {
          const issue = issues[n];
          assert.equal(row[col('Collaboration ID')], issue?.collaborationId);
          assert.equal(row[col('Collaboration name')], nameOf.get(issue?.collaborationId ?? ''));
          assert.equal(CODE_BY_TITLE.get(row[col('Issue')] ?? ''), issue?.code);
          const link = new URL(row[col('Link')] ?? '');
          assert.equal(link.pathname, `${family}/detail`);
          assert.equal(link.searchParams.get('invitation_group_id'), issue?.collaborationId);
        });
        assertMoneyOrder(
          rows.map((r) => cents(r[col('Money at stake (per order)')])),
          'csv',
        );
        const flagged = new Set(rows.map((r) => r[col('Collaboration ID')]));
        for (const c of ['healthy', 'expired', 'cancelled'] as const) assert.equal(flagged.has(ids[c]), false);
        await page.close();
      });
    });
  }

  const FLAGGED: Case[] = [
    'targetAtOrBelowOpen',
    'outOfStock',
    'endingSoon',
    'staleInvites',
    'sameProductA',
    'sameProductB',
  ];

  async function checkBadges(page: Page): Promise<void> {
    // Live rows carry no key: a row is found by its collaboration's name, as the extension ties them.
    const row = (id: string) =>
      page.locator('[data-tid="m4b_table"] tbody tr').filter({ hasText: nameOf.get(id) ?? id });
    for (const c of FLAGGED) {
      const badge = row(ids[c]).locator(`${BADGE} .cp-health-badge`);
      await badge.waitFor({ timeout: 10_000 });
      assert.equal(await row(ids[c]).locator(BADGE).count(), 1, `${c}: one badge`);
      assert.match((await badge.textContent()) ?? '', /^(Error|Warning) · \d+$/);
      // Badge and panel agree on what is wrong.
      assert.match((await badge.getAttribute('aria-label')) ?? '', /Collab Pilot found \d+ issues? in/);
    }
    assert.match((await row(ids.outOfStock).locator(`${BADGE} .cp-health-badge`).textContent()) ?? '', /^Error/);
    for (const c of ['healthy', 'expired', 'cancelled'] as const) {
      assert.equal(await row(ids[c]).locator(`${BADGE} .cp-health-badge`).count(), 0, `${c}: no badge`);
    }
    // The badge lives in a shadow root: the page (and our own readers) still read the plain name.
    const nameText = await row(ids.outOfStock)
      .locator('td')
      .first()
      .evaluate((td) => td.textContent?.trim());
    assert.equal(nameText, nameOf.get(ids.outOfStock));
    const rows = await page.locator('[data-tid="m4b_table"] tbody tr').count();
    assert.equal(await page.locator(BADGE).count(), rows, 'one badge host per row, none left over');
  }

  it('badges each flagged row once, not the healthy or ended rows, and again when the page re-renders its rows', async () => {
    const page = await openList('/connection/target-invitation');
    await checkBadges(page);
    // The page throws its rows away and renders new ones (as React does on a refetch): cloned rows carry only
    // dead copies of our host (a shadow root is not cloned).
    const replaced = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('[data-tid="m4b_table"] tbody tr'));
      for (const tr of rows) tr.replaceWith(tr.cloneNode(true));
      return rows.length;
    });
    assert.equal(replaced, 9);
    await page.waitForFunction(
      (tag) => Array.from(document.querySelectorAll(tag)).every((el) => el.shadowRoot !== null),
      BADGE,
      { timeout: 5_000 },
    );
    await checkBadges(page);
    await page.close();
  });

  it('a client-side round trip list → detail → list ends the list visit and starts a fresh one', async () => {
    // A "View" link routed client-side (the live one opens a new tab): the list is drawn with links here.
    h.sandbox.state.variant = variant({ name: 'list-links', listView: 'link' });
    const page = await openList('/connection/target-invitation');
    const view = page
      .locator('[data-tid="m4b_table"] tbody tr')
      .filter({ hasText: nameOf.get(ids.endingSoon) ?? '' })
      .locator('a[href*="invitation_group_id="]');
    // By keyboard (a trusted click): the floating panel may cover the Action column for the mouse.
    const activate = async (link: ReturnType<Page['locator']>) => {
      await link.focus();
      await page.keyboard.press('Enter');
    };
    await Promise.all([page.waitForURL(/\/detail\?/), activate(view)]);
    await page
      .locator('.micro-app-container h4.arco-typography', {
        hasText: nameOf.get(ids.endingSoon) ?? '',
      })
      .waitFor();
    // The detail page is not one of ours: the list's panel and badges go once our script sees the route change.
    await page.waitForFunction(
      ([badge, panel]) => !document.querySelector(badge) && !document.querySelector(panel),
      [BADGE, PANEL] as const,
      {
        timeout: 15_000,
      },
    );
    await Promise.all([
      page.waitForURL(/target-invitation\?/),
      activate(page.locator('.micro-app-container a', { hasText: 'Back' }).first()),
    ]);
    await page.locator('[data-tid="m4b_table"] tbody tr').first().waitFor({ timeout: 15_000 });
    await openPanel(page);
    await page.locator(`${PANEL} .cp-health`).waitFor({ timeout: 15_000 });
    await checkBadges(page);
    assert.equal(await page.locator(PANEL).count(), 1);
    await page.close();
    h.sandbox.state.variant = DEFAULT_VARIANT;
  });

  it('leaves nothing of ours in the page console and raises no page errors', () => {
    const ours = h.consoleLines.filter((l) => /collab[- ]?pilot|chrome-extension:\/\/|\[wxt\]/i.test(l));
    assert.deepEqual(ours, []);
    assert.deepEqual(h.pageErrors, []);
  });
});
