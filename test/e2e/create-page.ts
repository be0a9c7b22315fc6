import type { Page } from 'playwright-core';
import { showDate, type Variant } from '../sandbox/variant';
import type { Harness } from './harness';

/** What the create-page tests share: opening the page with creators and products, and typing as a seller does. */
export const CREATE = 'https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB';

/** The page's Send, Discard and name field, by the live ids or the contract's (whichever the variant draws). */
export const KEEP_VISIBLE = [
  'button[data-e2e="140f8059-efa6-4618"], button[data-e2e="9d8c7b6a-1e2f-4a3b"]',
  'button[data-e2e="567176e8-c400-24c9"], button[data-e2e="1a2b3c4d-5e6f-4a7b"]',
  'input[placeholder="Invitation name"]',
];

interface SandboxForm {
  creators: unknown[];
}

/** Opens the create page with creators pre-selected (as Find creators does) and adds products by id. */
export async function openCreate(
  h: Harness,
  creatorIds: string[],
  productIds: string[],
  panel = 'collab-pilot-panel .cp-panel',
): Promise<Page> {
  const page = await h.newPage();
  const q = creatorIds.map((id, i) => `creator_ids[${i}]=${id}`).join('&');
  await page.goto(`${CREATE}&enter_from=affiliate_find_creators&${q}`);
  await page.locator(panel).waitFor({ timeout: 15_000 });
  await page.waitForFunction((n) => {
    const s = (window as unknown as { __sandbox?: { formState(): SandboxForm | null } }).__sandbox?.formState();
    return s && s.creators.length === n;
  }, creatorIds.length);
  if (productIds.length) {
    await page.evaluate(
      (ids) =>
        (window as unknown as { __sandbox: { addProducts(ids: string[]): Promise<void> } }).__sandbox.addProducts(ids),
      productIds,
    );
    await page.locator('tr.arco-table-tr input[role="spinbutton"]').first().waitFor();
  }
  return page;
}

/**
 * A product's row in the page's table: by its row key where the variant draws one, else by its title
 * (the live page shows no id).
 */
export function productRow(h: Harness, page: Page, productId: string) {
  const title = h.sandbox.state.world.products.find((p) => p.id === productId)?.title ?? productId;
  return page.locator('tr.arco-table-tr', { hasText: title }).first();
}

export async function typeRate(h: Harness, page: Page, productId: string, text: string): Promise<void> {
  const input = productRow(h, page, productId).locator('input[role="spinbutton"]');
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(text);
  await input.press('Tab');
}

/** Types the end date as the variant's picker writes it, and commits it with Enter. */
export async function typeEndDate(page: Page, ymd: string, format: Variant['dateFormat']): Promise<void> {
  const input = page.locator('[data-tid="m4b_date_picker"] input').first();
  await input.click();
  await input.fill(showDate(ymd, format));
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** YYYY-MM-DD `days` from now, in the browser's (local) calendar. */
export function ymdIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
