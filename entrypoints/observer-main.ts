import { installObserver } from '@/lib/observer/install';

/** The main-world observer as an unlisted script, injected by observer-loader.content.ts (Firefox). */
export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    installObserver(window);
  },
});
