// @vitest-environment node
/**
 * The popup's first chunk as the build makes it: main.tsx bundled by rolldown (the bundler under wxt's
 * vite), minified, CSS left out. The static-import walk (first-chunk.test.ts) cannot see tree-shaking;
 * this can: no message catalog may get in (texts come from browser.i18n), and the chunk stays small.
 */
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { EN } from '@/lib/i18n/catalogs/en';
import { ROOT } from './static-imports';

/** Minified bytes of the entry chunk, Preact included; about 19 KB when this was written. */
const BUDGET = 24_000;

async function bundlePopup() {
  const bundle = await rolldown({
    input: `${ROOT}/entrypoints/popup/main.tsx`,
    cwd: ROOT,
    resolve: { alias: { '@': ROOT }, tsconfigFilename: `${ROOT}/tsconfig.json` },
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    logLevel: 'silent',
    plugins: [
      {
        // Stylesheets are separate files in the build; here they are empty modules.
        name: 'no-css',
        resolveId: (spec: string) => (spec.endsWith('.css') ? `\0css:${spec}.js` : null),
        load: (id: string) => (id.startsWith('\0css:') ? 'export {};' : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  await bundle.close();
  const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
  if (entry?.type !== 'chunk') throw new Error('no entry chunk');
  return entry;
}

describe('the popup first chunk, bundled', () => {
  it('carries no catalog text, stays within budget and loads the rest dynamically', { timeout: 30_000 }, async () => {
    const entry = await bundlePopup();
    // Long English messages of every area: none may be in the chunk (short ones like "Sent" could be code).
    const leaked = Object.entries(EN)
      .filter(([, e]) => e.message.length >= 24)
      .filter(([, e]) => entry.code.includes(e.message))
      .map(([k]) => k);
    expect(leaked).toEqual([]);
    expect(entry.code.length).toBeLessThan(BUDGET);
    expect(entry.imports).toEqual([]);
    expect(entry.dynamicImports).toHaveLength(1);
  });
});
