import { contentMatches } from '@/lib/hosts';

/**
 * Firefox (MV2): injects the main-world observer (observer-main.js) at document_start. WXT's
 * injectScript inlines the script's text in MV2, so it runs in the page's world.
 */
export default defineContentScript({
  matches: contentMatches(),
  runAt: 'document_start',
  include: ['firefox'],
  main() {
    injectScript('/observer-main.js', { keepInDom: false }).catch(() => {
      /* the observer is an optimisation: the DOM readers still work without it */
    });
  },
});
