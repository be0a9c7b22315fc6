/** The popup's PopupApi over the real browser. */
import { browser } from 'wxt/browser';
import { FOCUSED_CREATOR_REQUEST, type QueueSummary, QUEUE_SUMMARY_KEY, focusedCreatorReplySchema } from '@/lib/messages';
import { newOpId, sendMessage } from '../common/rpc';
import type { PopupApi } from './api';

function isSummary(v: unknown): v is QueueSummary {
  return typeof v === 'object' && v !== null && typeof (v as QueueSummary).total === 'number' && typeof (v as QueueSummary).counts === 'object';
}

export function browserPopupApi(): PopupApi {
  return {
    send: sendMessage,
    async readSummary() {
      const v = (await browser.storage.local.get(QUEUE_SUMMARY_KEY))[QUEUE_SUMMARY_KEY];
      return isSummary(v) ? v : null;
    },
    onSummary(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const v = changes[QUEUE_SUMMARY_KEY]?.newValue;
        if (area === 'local' && isSummary(v)) cb(v);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
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
    // Cast: WXT types public paths only after `wxt prepare` has seen the options entrypoint.
    optionsUrl: (browser.runtime.getURL as (path: string) => string)('/options.html'),
  };
}
