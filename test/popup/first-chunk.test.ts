import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, staticGraph } from './static-imports';

// What the popup loads before its first paint: Preact, these few files and the translator (texts come
// from browser.i18n). Worker requests, zod and webextension-polyfill come later, through the dynamic
// import of BrowserRest.
const FIRST_CHUNK_FILES = [
  'components/common/base.css',
  'components/common/i18n.ts',
  'components/popup/Counts.tsx',
  'components/popup/LazyRest.tsx',
  'components/popup/PopupShell.tsx',
  'components/popup/after-paint.ts',
  'components/popup/messages.ts',
  'components/popup/popup.css',
  'components/popup/summary-source.ts',
  'components/popup/summary.ts',
  'entrypoints/popup/main.tsx',
  'lib/i18n/catalog.ts',
  'lib/i18n/index.ts',
  'lib/i18n/language.ts',
  'lib/i18n/templates.ts',
  'lib/i18n/translate.ts',
  'lib/queue/summary-key.ts',
];

// Reached by a static import but dropped by the bundler, so not followed: components/common/i18n.ts
// imports loadCatalog only for followPageLanguage, which the popup never calls.
// first-chunk-bundle.test.ts checks on the bundle that no catalog text gets in.
const DROPPED = ['lib/i18n/load.ts'];

describe('the popup first chunk', () => {
  it('statically imports only Preact and the shell', () => {
    const g = staticGraph('entrypoints/popup/main.tsx', DROPPED);
    expect(g.files).toEqual([...FIRST_CHUNK_FILES, ...DROPPED].sort());
    expect(g.packages).toEqual(['preact', 'preact/hooks']);
  });

  it('loads the rest of the popup with a dynamic import', () => {
    const main = readFileSync(join(ROOT, 'entrypoints/popup/main.tsx'), 'utf8');
    expect(main).toMatch(/import\(\s*'@\/components\/popup\/BrowserRest'\s*\)/);
  });

  // The guard above must be able to fail: the rest of the popup does reach zod and the polyfill.
  it.each([
    ['components/popup/BrowserRest.tsx', ['wxt/browser', 'zod/mini']],
    ['components/popup/browser-api.ts', ['wxt/browser', 'zod/mini']],
  ])('sees what %s pulls in', (entry, expected) => {
    const g = staticGraph(entry);
    for (const p of expected) expect(g.packages).toContain(p);
    expect(g.files).toContain('lib/messages.ts');
  });
});
