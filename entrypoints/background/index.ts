/**
 * The background worker: the single writer of settings (storage.local) and the queue (IndexedDB).
 * main() is synchronous and registers every listener on the first turn, as MV3 requires; state loads
 * behind a promise the listener awaits. The toolbar shortcut is the manifest's `_execute_action`
 * command, which the browser handles itself: no listener needed.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browserDeps, startWorker } from './start';

export default defineBackground(() => {
  startWorker(browserDeps());
});
