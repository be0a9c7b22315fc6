import { contentMatches } from '@/lib/hosts';
import { installObserver } from '@/lib/observer/install';

/**
 * Main-world observer for Chromium (MV3 `world: 'MAIN'`), started at document_start so it sees the
 * page's first requests. Firefox MV2 has no main-world content scripts: there
 * observer-loader.content.ts injects the same code (entrypoints/observer-main.ts).
 */
export default defineContentScript({
  matches: contentMatches(),
  runAt: 'document_start',
  world: 'MAIN',
  exclude: ['firefox'],
  main() {
    installObserver(window);
  },
});
