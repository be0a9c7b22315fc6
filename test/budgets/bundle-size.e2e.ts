/**
 * Size budgets of the content-script bundles (issue 9, "Size"): gzip level 9 of each bundle the build
 * wrote. Sizes are deterministic for a build, so unlike the timings of `npm run bench` they gate.
 * Runs after `npm run build` (and `build:firefox`, whose bundles are checked when present).
 * To see what fills a bundle: `npx tsx scripts/bench/composition.ts content-scripts/affiliate.js --files` (add --firefox).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtTargets, measureBudgets, OUTPUT_DIR, SIZE_BUDGETS, unbudgetedScripts } from '../../scripts/bench/sizes.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('content-script bundle sizes (gzip -9)', () => {
  it('has a Chrome build to measure', () => {
    assert.ok(builtTargets().has('chrome-mv3'), `No build in ${OUTPUT_DIR}/chrome-mv3: run \`npm run build\` first.`);
  });

  for (const budget of SIZE_BUDGETS) {
    it(`${budget.label} fits ${kb(budget.budgetBytes)}`, () => {
      const [m] = measureBudgets(OUTPUT_DIR, [budget]);
      assert.ok(m);
      // Never a silent skip: both builds are part of the check.
      assert.ok(m.gzipBytes !== null, `${budget.target} is not built: run \`npm run build && npm run build:firefox\` first.`);
      assert.deepEqual(m.missing, [], `${budget.label}: the build has no ${m.missing.join(', ')}; did an entrypoint move?`);
      assert.ok(
        m.gzipBytes <= m.budgetBytes,
        `${budget.label} is ${kb(m.gzipBytes)} gzip (${kb(m.rawBytes ?? 0)} raw), over its ${kb(m.budgetBytes)} budget by ${kb(m.gzipBytes - m.budgetBytes)}. ` +
          `See what fills it: ${m.files.map((f) => `npx tsx scripts/bench/composition.ts ${f}${m.target === 'firefox-mv2' ? ' --firefox' : ''} --files`).join('; ')}`,
      );
    });
  }

  it('every content script has a budget', () => {
    assert.deepEqual(unbudgetedScripts(), [], 'a new content script needs an entry in SIZE_BUDGETS (scripts/bench/sizes.ts)');
  });
});
