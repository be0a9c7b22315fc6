import type { Page } from 'playwright-core';

/** What the Find creators tests share: the sandbox URL, its row selector, our row host, and scrolling. */
export const FIND = 'https://affiliate.tiktok.com/connection/creator?shop_region=GB';
export const ROW = '[data-tid="m4b_table"] tbody tr[data-row-key]';
export const HOST = 'collab-pilot-row';
/** Text of ours that must never reach the page's console. */
export const OURS = /collab|cp-overlay|cp-panel|Add to queue/i;

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
    await page.waitForFunction((c) => document.querySelectorAll('[data-tid="m4b_table"] tbody tr[data-row-key]').length > c, count, {
      timeout: 5_000,
      polling: 50,
    });
  }
  return page.locator(ROW).count();
}
