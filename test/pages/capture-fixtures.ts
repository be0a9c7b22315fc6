/**
 * Captures the sandbox's rendered HTML and its API JSON into test/pages/fixtures/sandbox/, so the page
 * modules are unit-tested on what the sandbox's real Arco components render (not only hand-written HTML).
 * Run: node --import tsx test/pages/capture-fixtures.ts   (needs /usr/bin/chromium or CHROME_PATH)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { endpointForPath } from '../../lib/observer/endpoints.ts';
import { startSandbox } from '../sandbox/server.ts';

const OUT = fileURLToPath(new URL('./fixtures/sandbox/', import.meta.url));

async function main(): Promise<void> {
  await mkdir(join(OUT, 'api'), { recursive: true });
  const sandbox = await startSandbox();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--host-resolver-rules=${sandbox.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
    ],
  });
  const savedApi = new Set<string>();
  const open = async (url: string): Promise<Page> => {
    const page = await browser.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 800 } });
    page.on('response', async (res) => {
      try {
        const u = new URL(res.url());
        const ep = endpointForPath(u.pathname);
        if (!ep) return;
        const response = await res.json();
        const request = res.request().postDataJSON() ?? null;
        const key = ep === 'create' ? `create-${(response as { code: number }).code}` : ep;
        if (savedApi.has(key)) return;
        savedApi.add(key);
        await writeFile(join(OUT, 'api', `${key}.json`), `${JSON.stringify({ request, response }, null, 1)}\n`);
      } catch {
        /* not JSON */
      }
    });
    await page.goto(url);
    return page;
  };
  const save = async (page: Page, name: string) => {
    await writeFile(join(OUT, `${name}.html`), await page.content());
    console.log('saved', name, page.url());
  };
  const rows = '[data-tid="m4b_table"] tr.arco-table-tr[data-row-key]';

  try {
    let page = await open('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
    await page.locator(rows).first().waitFor();
    await save(page, 'find-creators-gb');
    const firstId = await page.locator(rows).first().getAttribute('data-row-key');
    await page.locator(rows).nth(1).locator('td').nth(2).click();
    await page.waitForURL(/creator\/detail/);
    await page.getByRole('button', { name: 'Invite' }).first().waitFor();
    await save(page, 'creator-detail-gb');
    await page.close();

    page = await open('https://affiliate-us.tiktok.com/connection/creator?shop_region=US');
    await page.locator(rows).first().waitFor();
    await save(page, 'find-creators-us');
    await page.close();

    page = await open('https://affiliate.tiktok.com/connection/creator?shop_region=VN&lang=vi');
    await page.locator(rows).first().waitFor();
    await save(page, 'find-creators-vi');
    await page.close();

    const { liveCreatorId } = sandbox.state.world.fixtures;
    page = await open(
      `https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB&enter_from=affiliate_find_creators&creator_ids[0]=${liveCreatorId}&creator_ids[1]=${firstId}`,
    );
    await page.getByText(/^[12]\/50$/).waitFor();
    await save(page, 'create-empty-gb');
    await page.getByRole('button', { name: 'Add products' }).click();
    const drawerRows = page.locator('.arco-drawer tr.arco-table-tr[data-row-key]');
    await drawerRows.first().waitFor();
    for (const i of [0, 1, 2]) await drawerRows.nth(i).locator('.arco-checkbox').click();
    await page.locator('.arco-drawer-footer').getByRole('button', { name: 'Add' }).click();
    const rate = page.locator('[data-tid="m4b_table"] tr.arco-table-tr[data-row-key] input[role="spinbutton"]');
    await rate.nth(2).waitFor();
    await rate.first().click();
    await page.keyboard.type('12.5');
    await page.keyboard.press('Tab');
    await page.locator('input[placeholder="Invitation name"]').click();
    await page.keyboard.type('Spring launch');
    await page.locator('textarea[maxlength="500"]').click();
    await page.keyboard.type('Hello creators');
    await page.locator('[data-tid="m4b_date_picker"] input').click();
    await page.keyboard.type('2030-01-31');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await save(page, 'create-filled-gb');
    await page.close();

    page = await open('https://affiliate-id.tokopedia.com/connection/target-invitation/create?shop_region=ID');
    await page.locator('input[placeholder="Nama undangan"]').waitFor();
    await page.getByRole('button', { name: 'Tambahkan produk' }).click();
    await page.locator('.arco-drawer tr.arco-table-tr[data-row-key]').first().waitFor();
    await page.locator('.arco-drawer tr.arco-table-tr[data-row-key]').first().locator('.arco-checkbox').click();
    await page.locator('.arco-drawer-footer button').last().click();
    await page.locator('[data-tid="m4b_table"] tr.arco-table-tr[data-row-key]').first().waitFor();
    await page.waitForTimeout(300);
    await save(page, 'create-id');
    await page.close();

    page = await open(
      'https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/flat-fee/create?shop_region=GB',
    );
    await page.locator('input[placeholder="Invitation name"]').waitFor();
    await page.waitForTimeout(300);
    await save(page, 'create-flat-fee-gb');
    await page.close();

    page = await open('https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB');
    await page.locator(rows).first().waitFor();
    await page.waitForTimeout(800);
    await save(page, 'invitation-list-gb');
    await page.close();
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
