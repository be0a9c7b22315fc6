import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { panelCatalogsPlugin } from '../scripts/esm-content-build.ts';

// vitest 5's reporter calls Map.groupBy (Node 21+); on Node 20 it crashes while printing a failure.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit and component tests only. Browser tests are *.e2e.mjs under test/e2e and run with node --test;
// the sandbox (React) is never imported here.
export default defineConfig({
  root,
  // The content script's catalog chunks, as the build makes them (lib/i18n/load.ts).
  plugins: [WxtVitest({ root }), panelCatalogsPlugin()],
  // vitest does not see wxt's vite plugins: give it its own Preact JSX setup.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Open shadow roots, as in the browser tests' build (entrypoints/affiliate.content/shadow-root.ts).
  define: { __CP_OPEN_SHADOW__: 'true' },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/sandbox/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
  },
});
