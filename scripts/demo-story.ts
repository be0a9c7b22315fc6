import { join } from 'node:path';
import type { Harness } from '../test/e2e/harness';
import { PANEL } from '../test/e2e/harness';

interface Step {
  name: string;
  url: string;
  /** Waits until the step shows what it is meant to show. */
  ready: string;
}

const STEPS: Step[] = [
  { name: 'find-creators', url: 'https://affiliate.tiktok.com/connection/creator?shop_region=GB', ready: `${PANEL} .cp-panel` },
  {
    name: 'create-target-collaboration',
    url: 'https://affiliate-us.tiktok.com/connection/target-invitation/create?shop_region=US',
    ready: `${PANEL} .cp-panel`,
  },
  {
    name: 'target-collaboration-list',
    url: 'https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB',
    ready: `${PANEL} .cp-panel`,
  },
];

/** Walks the main story on the sandbox and returns the screenshot paths, numbered in order. */
export async function runDemoStory(h: Harness, outDir: string): Promise<string[]> {
  const page = await h.newPage();
  const shots: string[] = [];
  for (const [i, step] of STEPS.entries()) {
    await page.goto(step.url);
    await page.locator(step.ready).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(400);
    const file = join(outDir, `${String(i + 1).padStart(2, '0')}-${step.name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  }
  return shots;
}
