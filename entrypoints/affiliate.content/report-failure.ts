import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MessageKey } from '@/lib/i18n';

/**
 * The console line, from the browser's own i18n: the loader reports before (or instead of) the code that
 * sets up lib/i18n, and must stay small. The key is typed, so a renamed message fails to compile.
 */
const FAILED: MessageKey = 'panel_load_failed';

export const LOAD_MESSAGES = {
  get failed(): string {
    // WXT types getMessage with the keys it generated at its last prepare; ours are typed by MessageKey.
    const i18n = browser.i18n as unknown as { getMessage(key: string): string };
    return i18n.getMessage(FAILED) || FAILED;
  },
};

/**
 * Says once, in the console, that part of our code could not be loaded (a chunk missing from a broken
 * build, a blocked extension URL). Silent when the extension was reloaded or removed under the page:
 * then the failure is expected and the seller has nothing to do. Never throws.
 */
export function reportLoadFailure(ctx: ContentScriptContext, err: unknown): void {
  try {
    if (ctx.isValid) console.warn(LOAD_MESSAGES.failed, err);
  } catch {
    /* nothing more we can do without disturbing the page */
  }
}
