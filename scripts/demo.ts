/**
 * `npm run demo`: builds the extension, serves the sandbox Seller Center on the real hostnames and opens
 * Chromium with Collab Pilot loaded. With a display it stays open for you to click around (Ctrl+C ends it);
 * without one it runs headless, saves a numbered screenshot of each step and exits 0.
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startHarness } from '../test/e2e/harness';
import { runDemoStory } from './demo-story';

const outDir = resolve(process.env.DEMO_OUT ?? 'demo-screenshots');
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';

execSync('npx wxt build', { stdio: 'inherit' });
await mkdir(outDir, { recursive: true });
const h = await startHarness({ headless: !headed });
try {
  const shots = await runDemoStory(h, outDir);
  console.log(`\nDemo screenshots (${shots.length}) saved in ${outDir}:`);
  for (const s of shots) console.log(`  ${s}`);
  if (headed) {
    console.log('\nChromium is open on the sandbox with Collab Pilot loaded. Press Ctrl+C to stop.');
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  }
} finally {
  await h.close();
}
