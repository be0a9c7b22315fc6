/** The popup's PopupApi over the real browser. */
import { browser } from 'wxt/browser';
import { FOCUSED_CREATOR_REQUEST, focusedCreatorReplySchema } from '@/lib/messages';
import { newOpId, sendMessage } from '../common/rpc';
import type { PopupApi } from './api';
import { extensionSummaryApi } from './summary-source';

export function browserPopupApi(): PopupApi {
  return {
    // The summary half is the same one the first chunk paints with.
    ...extensionSummaryApi(),
    send: sendMessage,
    async focusedCreator() {
      try {
        // No `tabs` permission needed: we only use the id, and the content script answers if present.
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id === undefined) return null;
        const reply = await browser.tabs.sendMessage(tab.id, FOCUSED_CREATOR_REQUEST);
        const parsed = focusedCreatorReplySchema.safeParse(reply);
        return parsed.success ? parsed.data : null;
      } catch {
        return null; // not a Seller Center tab: no content script to answer
      }
    },
    newOpId,
  };
}
