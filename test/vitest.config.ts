import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit and component tests only. Browser tests are *.e2e.mjs under test/e2e and run with node --test;
// the sandbox (React) is never imported here.
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  // vitest does not see wxt's vite plugins: give it its own Preact JSX setup.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/sandbox/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
  },
});
