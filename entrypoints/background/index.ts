/**
 * The background worker: the single writer of settings (storage.local) and the queue (IndexedDB).
 * main() is synchronous and registers every listener on the first turn, as MV3 requires; state loads
 * behind a promise the listener awaits. The toolbar shortcut is the manifest's `_execute_action`
 * command, which the browser handles itself: no listener needed.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { followBrowserLanguage } from '@/components/common/i18n';
import { browserDeps, startWorker } from './start';

export default defineBackground(() => {
  // Replies, notices and set-aside reasons are written in the browser's language.
  followBrowserLanguage();
  startWorker(browserDeps());
});
