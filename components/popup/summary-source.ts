/**
 * SummaryApi over the extension's own storage namespace, without webextension-polyfill: the popup's
 * first chunk only reads one key and listens for its changes, which both browsers' native promise
 * APIs do (the same choice as @wxt-dev/browser). Everything else goes through wxt/browser later.
 */
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_SUMMARY_KEY as SUMMARY_KEY } from '@/lib/queue/summary-key';
import type { SummaryApi } from './api';
import { isQueueSummary } from './summary';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The few members of `browser`/`chrome` this module touches. */
export interface ExtensionLike {
  runtime: { getURL(path: string): string };
  i18n: { getMessage(key: string): string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(fn: ChangeListener): void; removeListener(fn: ChangeListener): void };
  };
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
export function extensionGlobal(g: typeof globalThis = globalThis): ExtensionLike {
  const { browser, chrome } = g as unknown as {
    browser?: ExtensionLike & { runtime: { id?: string } };
    chrome?: ExtensionLike;
  };
  return (browser?.runtime?.id ? browser : chrome) as ExtensionLike;
}

export function extensionSummaryApi(ext: ExtensionLike = extensionGlobal()): SummaryApi {
  return {
    async readSummary(): Promise<QueueSummary | null> {
      const v = (await ext.storage.local.get(SUMMARY_KEY))[SUMMARY_KEY];
      return isQueueSummary(v) ? v : null;
    },
    onSummary(cb) {
      const listener: ChangeListener = (changes, area) => {
        const v = changes[SUMMARY_KEY]?.newValue;
        if (area === 'local' && isQueueSummary(v)) cb(v);
      };
      ext.storage.onChanged.addListener(listener);
      return () => ext.storage.onChanged.removeListener(listener);
    },
    optionsUrl: ext.runtime.getURL('/options.html'),
  };
}
