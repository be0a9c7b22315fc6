import { contentMatches } from '@/lib/hosts';
import { acceptObserverPort, LINK_KEY } from '@/lib/observer/link';

/**
 * Chromium: takes the main-world observer's port (observer.content.ts) at document_start, before any page
 * script, and leaves it for the affiliate content script in this isolated world (lib/observer/link.ts).
 * Firefox does the same in observer-loader.content.ts, which also injects the observer.
 */
export default defineContentScript({
  matches: contentMatches(),
  runAt: 'document_start',
  exclude: ['firefox'],
  main() {
    (globalThis as unknown as Record<symbol, unknown>)[LINK_KEY] = acceptObserverPort(window);
  },
});
