/**
 * Size budgets of the content-script bundles: gzip level 9 of each bundle the build
 * wrote. Sizes are deterministic for a build, so unlike the timings of `npm run bench` they gate.
 * Runs after `npm run build` (and `build:firefox`, whose bundles are checked when present).
 * To see what fills a bundle: `npx tsx scripts/bench/composition.ts content-scripts/affiliate.js --files` (add --firefox).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PAGES } from '../../lib/pages/registry.ts';
import {
  builtTargets,
  catalogChunk,
  ESM_DIR,
  ESM_ENTRY,
  measureBudgets,
  OUTPUT_DIR,
  PAGE_PAYLOAD_BUDGET,
  pageModuleSizes,
  SIZE_BUDGETS,
  unbudgetedScripts,
} from '../../scripts/bench/sizes.ts';
import { EXTENSION_PAGE_AREAS, featureAreas } from '../../scripts/esm-content-build.ts';

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
      assert.ok(
        m.gzipBytes !== null,
        `${budget.target} is not built: run \`npm run build && npm run build:firefox\` first.`,
      );
      assert.deepEqual(
        m.missing,
        [],
        `${budget.label}: the build has no ${m.missing.join(', ')}; did an entrypoint move?`,
      );
      assert.ok(
        m.gzipBytes <= m.budgetBytes,
        `${budget.label} is ${kb(m.gzipBytes)} gzip (${kb(m.rawBytes ?? 0)} raw), over its ${kb(m.budgetBytes)} budget by ${kb(m.gzipBytes - m.budgetBytes)}. ` +
          `See what fills it: ${m.files.map((f) => `npx tsx scripts/bench/composition.ts ${f}${m.target === 'firefox-mv2' ? ' --firefox' : ''} --files`).join('; ')}`,
      );
    });
  }

  // The loader is only small because the code moved into ES modules: without them it loads nothing.
  for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
    it(`${target}: the loader's ES modules are built, web-accessible, and every page's chunks are there`, (t) => {
      const dir = join(OUTPUT_DIR, target);
      assert.ok(existsSync(join(dir, 'manifest.json')), `${target} is not built`);
      assert.ok(
        existsSync(join(dir, ESM_DIR, ESM_ENTRY)),
        `${target} has no ${ESM_DIR}/${ESM_ENTRY}: did scripts/esm-content-build.ts run?`,
      );
      const war = JSON.stringify(
        JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).web_accessible_resources ?? [],
      );
      assert.ok(war.includes(`${ESM_DIR}/*`), `${ESM_DIR}/* is not web-accessible in ${target}: ${war}`);
      for (const p of pageModuleSizes(OUTPUT_DIR, target)) {
        assert.deepEqual(p.missing, [], `${p.page} (${p.language}): ${p.missing.join(', ')} missing`);
        assert.ok(p.files.length >= 4, `${p.page} (${p.language}) loads only ${p.files.join(', ')}`);
        t.diagnostic(`${p.page} in ${p.language}: ${kb(p.gzipBytes)} in ${p.files.length} files`);
      }
    });

    it(`${target}: each page loads at most ${kb(PAGE_PAYLOAD_BUDGET)} in all, in every language`, () => {
      const pages = pageModuleSizes(OUTPUT_DIR, target);
      assert.ok(pages.length > 0, `${target} is not built`);
      for (const p of pages) {
        assert.ok(
          p.gzipBytes <= PAGE_PAYLOAD_BUDGET,
          `${p.page} in ${p.language} loads ${kb(p.gzipBytes)} gzip, over ${kb(PAGE_PAYLOAD_BUDGET)}: ${p.files.join(', ')}`,
        );
      }
    });

    // Each page loads only its feature's catalog chunk: every message its code names must be in that chunk's
    // areas, or the panel would show the key. The areas are read from the built chunk itself.
    it(`${target}: every message a page's code names is in the catalog chunk that page loads`, async () => {
      const areas = readdirSync(join(import.meta.dirname, '../../lib/i18n/locales/en')).map((f) =>
        f.replace(/\.json$/, ''),
      );
      const named = new RegExp(`["'\`](${areas.join('|')})_[a-z0-9_]+`, 'g');
      for (const p of pageModuleSizes(OUTPUT_DIR, target)) {
        const name = catalogChunk(p.kind, p.language);
        const chunk = p.files.find(
          (f) => f.startsWith(`${ESM_DIR}/${name}-`) && f.length === ESM_DIR.length + name.length + 13,
        );
        assert.ok(chunk, `${p.page} (${p.language}) loads no ${name} chunk: ${p.files.join(', ')}`);
        const catalog = (await import(pathToFileURL(join(OUTPUT_DIR, target, chunk)).href)) as {
          default: Record<string, unknown>;
        };
        const loaded = new Set(Object.keys(catalog.default).map((k) => k.slice(0, k.indexOf('_'))));
        assert.deepEqual(
          [...loaded].sort(),
          featureAreas(PAGES[p.kind].feature).sort(),
          `${chunk} holds the areas ${[...loaded].join(', ')}`,
        );
        const code = p.files.filter((f) => f !== chunk).map((f) => readFileSync(join(OUTPUT_DIR, target, f), 'utf8'));
        const missing = new Set(
          code.flatMap((c) => [...c.matchAll(named)].map((m) => m[1] ?? '')).filter((a) => !loaded.has(a)),
        );
        assert.deepEqual(
          [...missing],
          [],
          `${p.page} (${p.language}) names messages of ${[...missing].join(', ')}, which it does not load`,
        );
      }
    });

    // The panels' catalogs leave out the areas only extension pages show: no panel code may ask for one.
    it(`${target}: no panel code uses a message of an extension-page area (${EXTENSION_PAGE_AREAS.join(', ')})`, () => {
      const dir = join(OUTPUT_DIR, target, ESM_DIR);
      const used = new RegExp(`["'\`](${EXTENSION_PAGE_AREAS.join('|')})_[a-z0-9_]+["'\`]`, 'g');
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
        const hits = readFileSync(join(dir, f), 'utf8').match(used) ?? [];
        assert.deepEqual(hits, [], `${f} uses ${hits.join(', ')}, which the panels' catalogs leave out`);
      }
    });
  }

  it('every content script has a budget', () => {
    assert.deepEqual(
      unbudgetedScripts(),
      [],
      'a new content script needs an entry in SIZE_BUDGETS (scripts/bench/sizes.ts)',
    );
  });
});

// The popup's first paint waits for every file its page loads before it: one script with the styles
// inside it, and what it imports statically stays tiny (a constant shared with the rest, never a package).
const POPUP_STATIC_IMPORT_MAX = 1024;
describe('the popup first paint (built popup.html)', () => {
  for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
    it(`${target}: one script, no stylesheet, and only tiny static imports`, () => {
      const dir = join(OUTPUT_DIR, target);
      assert.ok(existsSync(join(dir, 'popup.html')), `${target} is not built`);
      const html = readFileSync(join(dir, 'popup.html'), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
      assert.equal(scripts.length, 1, `popup.html loads ${scripts.join(', ')}`);
      assert.deepEqual(html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [], [], 'popup.html links a stylesheet');
      const code = readFileSync(join(dir, scripts[0] as string), 'utf8');
      // `import"./x.js"` or `import{a}from"./x.js"`; a dynamic `import(` is the rest, loaded after the paint.
      const imported = [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map(
        (m) => m[1] ?? '',
      );
      for (const spec of imported) {
        const size = statSync(join(dir, dirname(scripts[0] as string), spec)).size;
        assert.ok(size <= POPUP_STATIC_IMPORT_MAX, `${scripts[0]} statically imports ${spec} (${size} bytes)`);
      }
    });
  }
});
