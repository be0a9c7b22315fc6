import type { Page } from 'playwright-core';

/** What the Find creators tests share: the sandbox URL, its row selector, our row host, and scrolling. */
export const FIND = 'https://affiliate.tiktok.com/connection/creator?shop_region=GB';
/** Body rows by Arco's own class: the live rows carry no data-row-key (docs/domain.md). */
export const ROW = '[data-tid="m4b_table"] tbody tr.arco-table-tr:not(.arco-table-empty-row)';
/** The live page's handle span (shown without "@"). */
export const HANDLE = '[data-e2e="fbc99397-6043-1b37"]';
export const HOST = 'collab-pilot-row';
/** Text of ours that must never reach the page's console. */
export const OURS = /collab|cp-overlay|cp-panel|Add to queue/i;

/** The row showing `handle` (by the live handle span, which the default sandbox draws). */
export function rowOf(page: Page, handle: string) {
  return page
    .locator(ROW)
    .filter({ has: page.locator(HANDLE, { hasText: new RegExp(`^@?${handle.replace(/[.]/g, '\\.')}$`) }) });
}

/** The handles of the listed rows, in page order. */
export function rowHandles(page: Page): Promise<string[]> {
  return page.evaluate(
    ([row, handle]) =>
      Array.from(document.querySelectorAll(row)).map((r) =>
        (r.querySelector(handle)?.textContent ?? '').replace(/^@/, ''),
      ),
    [ROW, HANDLE] as const,
  );
}

/** Scrolls #scroll-container until at least `n` rows are listed; returns the row count. */
export async function scrollToRows(page: Page, n: number): Promise<number> {
  // A hidden tab runs no animation frames: neither the page's infinite scroll nor our decorator.
  await page.bringToFront();
  for (let i = 0; i < 60; i++) {
    const count = await page.locator(ROW).count();
    if (count >= n) return count;
    await page.evaluate(() => {
      const s = document.getElementById('scroll-container');
      if (s) s.scrollTop = s.scrollHeight;
    });
    await page.waitForFunction(([row, c]) => document.querySelectorAll(row).length > c, [ROW, count] as const, {
      timeout: 5_000,
      polling: 50,
    });
  }
  return page.locator(ROW).count();
}
