import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, staticGraph } from './static-imports';

// What the popup loads before its first paint: these few files, in plain DOM, with the styles inlined.
// Preact, the translator, worker requests, zod and webextension-polyfill come later, through the
// dynamic import of BrowserRest.
const FIRST_CHUNK_FILES = [
  'components/common/base.css',
  'components/popup/after-paint.ts',
  'components/popup/popup.css',
  'components/popup/shell-text.ts',
  'components/popup/shell.ts',
  'components/popup/summary-source.ts',
  'components/popup/summary.ts',
  'entrypoints/popup/main.ts',
  'lib/queue/summary-key.ts',
];

describe('the popup first chunk', () => {
  it('statically imports only the shell: no package at all', () => {
    const g = staticGraph('entrypoints/popup/main.ts');
    expect(g.files).toEqual(FIRST_CHUNK_FILES);
    expect(g.packages).toEqual([]);
  });

  it('loads the rest of the popup with a dynamic import', () => {
    const main = readFileSync(join(ROOT, 'entrypoints/popup/main.ts'), 'utf8');
    expect(main).toMatch(/import\(\s*'@\/components\/popup\/BrowserRest'\s*\)/);
  });

  // The guard above must be able to fail: the rest of the popup does reach Preact, zod and the polyfill.
  it.each([
    ['components/popup/BrowserRest.tsx', ['preact', 'wxt/browser', 'zod/mini']],
    ['components/popup/browser-api.ts', ['wxt/browser', 'zod/mini']],
  ])('sees what %s pulls in', (entry, expected) => {
    const g = staticGraph(entry);
    for (const p of expected) expect(g.packages).toContain(p);
    expect(g.files).toContain('lib/messages.ts');
  });
});
