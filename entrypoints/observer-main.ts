import { installObserver } from '@/lib/observer/install';

/** This load's secret: observer-loader.content.ts wraps this script in a function of that name. */
declare const __cpNonce: string | undefined;

/** The main-world observer as an unlisted script, injected by observer-loader.content.ts (Firefox). */
export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    installObserver(window, typeof __cpNonce === 'string' ? __cpNonce : undefined);
  },
});
