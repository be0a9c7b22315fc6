import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Plain-English lines for the seller's console, kept together for later localisation. */
export const LOAD_MESSAGES = {
  failed: 'Collab Pilot could not load its code for this page, so its checks are off here. The page itself works as usual.',
} as const;

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
