// @vitest-environment node
/**
 * The popup's first chunk as the build makes it: main.ts bundled by rolldown (the bundler under wxt's
 * vite), minified, its inlined CSS left empty. The static-import walk (first-chunk.test.ts) cannot see
 * tree-shaking; this can: no message catalog may get in (texts come from browser.i18n), no package
 * either, and the chunk stays small.
 */
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { EN } from '@/lib/i18n/catalogs/en';
import { ROOT } from './static-imports';

/** Minified bytes of the entry chunk without its CSS; about 2.8 KB when this was written. */
const BUDGET = 4_000;

async function bundlePopup() {
  const bundle = await rolldown({
    input: `${ROOT}/entrypoints/popup/main.ts`,
    cwd: ROOT,
    resolve: { alias: { '@': ROOT }, tsconfigFilename: `${ROOT}/tsconfig.json` },
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    logLevel: 'silent',
    plugins: [
      {
        // The build inlines the stylesheets as strings; here they are empty ones.
        name: 'no-css',
        resolveId: (spec: string) => (spec.endsWith('.css?inline') ? `\0css:${spec}.js` : null),
        load: (id: string) => (id.startsWith('\0css:') ? "export default '';" : null),
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
    expect(entry.moduleIds.filter((id) => id.includes('node_modules'))).toEqual([]);
    expect(entry.imports).toEqual([]);
    expect(entry.dynamicImports).toHaveLength(1);
  });
});
