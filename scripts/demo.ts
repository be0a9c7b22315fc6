/**
 * `npm run demo`: builds the extension, serves the sandbox Seller Center on the real hostnames and opens
 * Chromium with Collab Pilot loaded. With a display it stays open for you to click around (Ctrl+C ends it);
 * without one it runs headless, saves a numbered screenshot of each step and exits 0.
 */
import { execSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { startHarness } from '../test/e2e/harness';
import { runDemoStory } from './demo-story';

const outDir = resolve(process.env.DEMO_OUT ?? 'demo-screenshots');
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';

// The tests' build (open shadow roots): the steps read and press the panel through them, as the tests do.
execSync('npm run build', { stdio: 'inherit' });
await mkdir(outDir, { recursive: true });
// Screenshots of an earlier run (possibly with other steps) would be mistaken for this one's.
for (const f of await readdir(outDir)) if (/^\d{2}-.+\.png$/.test(f)) await rm(resolve(outDir, f));
const h = await startHarness({ headless: !headed });
try {
  const shots = await runDemoStory(h, outDir);
  console.log(`\nDemo screenshots (${shots.length}) saved in ${outDir}:`);
  for (const s of shots) {
    console.log(`  ${basename(s.file)}: ${s.caption}`);
    if (s.error) console.log(`    ! step did not finish: ${s.error}`);
  }
  const failed = shots.filter((s) => s.error);
  // The demo still exits 0 (its screenshots are useful anyway), but says plainly which steps stopped short.
  if (failed.length)
    console.log(
      `\n${failed.length} of ${shots.length} demo steps did not finish; their screenshots show where they stopped.`,
    );
  console.log(`\nScreenshots folder: ${outDir}`);
  if (headed) {
    console.log('\nChromium is open on the sandbox with Collab Pilot loaded. Press Ctrl+C to stop.');
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  }
} finally {
  await h.close();
}
