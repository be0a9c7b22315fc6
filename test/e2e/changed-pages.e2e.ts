import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Harness, openPanel, PANEL, startHarness } from './harness';

/**
 * What TikTok might ship tomorrow, applied in the page world as the app renders: each variant must give
 * the "not recognised" state (or, if the page still reads, a working panel), never an uncaught error.
 */
/** A new build renames TikTok's own hooks too (data-tid, data-e2e): part of every structural variant. */
const RENAME_HOOKS = `
  for (const el of document.querySelectorAll('#root [data-tid], #root [data-e2e], #root [data-row-key], #root [maxlength]')) {
    for (const a of ['data-tid', 'data-e2e', 'data-row-key', 'maxlength']) el.removeAttribute(a);
  }
  for (const a of document.querySelectorAll('#root a[href*="invitation_group_id"]')) a.setAttribute('href', a.getAttribute('href').replace('invitation_group_id', 'gid'));`;
/** ...and its label texts (headings, column titles, field labels, button texts). */
const RENAME_LABELS = `
  for (const el of document.querySelectorAll('#root h1, #root h2, #root h3, #root h4, #root label, #root th, #root button, #root [class*="header"]')) {
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.nodeValue && n.nodeValue.trim() && !n.nodeValue.startsWith('Ipsum')) n.nodeValue = 'Ipsum';
  }`;

const VARIANTS: Record<string, string> = {
  'renamed classes and ids': `${RENAME_HOOKS}${RENAME_LABELS}
    for (const el of document.querySelectorAll('#root *')) {
      el.removeAttribute('placeholder'); el.removeAttribute('role');
      if (typeof el.className === 'string' && el.className.includes('arco')) el.className = el.className.replace(/arco-/g, 'q7-');
    }`,
  'missing fields': `for (const el of document.querySelectorAll('#root table, #root input, #root textarea, #root button')) el.remove();`,
  'other language': `${RENAME_HOOKS}
    const walk = document.createTreeWalker(document.getElementById('root') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.nodeValue && n.nodeValue.trim() && !n.nodeValue.startsWith('Lorem')) n.nodeValue = 'Lorem ' + n.nodeValue.length;
    for (const el of document.querySelectorAll('#root [placeholder]')) el.setAttribute('placeholder', 'Lorem');`,
  'moved labels': `${RENAME_HOOKS}${RENAME_LABELS}
    for (const el of document.querySelectorAll('#root h4, #root label, #root th, #root thead, #root .arco-collapse-item-header')) document.body.append(el);
    for (const el of document.querySelectorAll('#root [placeholder]')) el.removeAttribute('placeholder');`,
  'blank app': `const r = document.getElementById('root'); if (r && r.firstChild) r.replaceChildren();`,
};

const PAGES = {
  'Find creators': 'https://affiliate.tiktok.com/connection/creator?shop_region=GB',
  'Create target collaboration': 'https://affiliate-us.tiktok.com/connection/target-invitation/create?shop_region=US',
  'Target collaborations': 'https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB',
};

function mutator(body: string): string {
  // Re-applied on every render, in the same task as the render (this observer is created before ours, so
  // its callback runs first): the page looks as if it shipped changed, and React's re-renders cannot undo
  // the variant. Records made by the variant itself are dropped, so it cannot loop.
  return `(() => {
    const observer = new MutationObserver(() => {
      try { ${body} } catch {}
      observer.takeRecords();
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

describe('changed Seller Center pages', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  for (const [pageName, url] of Object.entries(PAGES)) {
    it(`${pageName}: every variant gives "page not recognised" without an uncaught error`, async () => {
      const pages: Page[] = [];
      const errors: string[] = [];
      const problems: string[] = [];
      // The seller looks at one tab at a time: opening a pill panel needs its tab in front.
      let inFront = Promise.resolve();
      const openInFront = (page: Page) => {
        const turn = inFront.then(async () => {
          await page.bringToFront();
          await openPanel(page);
        });
        inFront = turn.catch(() => undefined);
        return turn;
      };
      await Promise.all(
        Object.entries(VARIANTS).map(async ([variant, body]) => {
          const page = await h.context.newPage();
          pages.push(page);
          page.on('pageerror', (e) => errors.push(`${variant}: ${e.message}`));
          await page.addInitScript(mutator(body));
          await page.goto(url);
          const state = page.locator(`${PANEL} [data-state="not-recognised"]`);
          await state
            .waitFor({ state: 'attached', timeout: 25_000 })
            .then(() => openInFront(page))
            .then(() => state.waitFor({ timeout: 5_000 }))
            .catch(async () => {
              const seen = await page.evaluate(
                () =>
                  document
                    .querySelector('collab-pilot-panel')
                    ?.shadowRoot?.querySelector('.cp-panel')
                    ?.textContent?.slice(0, 160) ?? 'no panel',
              );
              problems.push(`${variant}: no "not recognised" panel; saw: ${seen}`);
            });
          assert.equal(await page.locator(PANEL).count(), 1);
        }),
      );
      assert.deepEqual(problems, [], pageName);
      for (const p of pages) await p.close();
      assert.deepEqual(errors, []);
      assert.deepEqual(
        h.consoleLines.filter((l) => /collab|chrome-extension/i.test(l)),
        [],
        'nothing from us in the page console',
      );
    });
  }
});
