import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Core, createCore, type WorkerDeps } from '../../entrypoints/background/core';
import { handleMessage } from '../../entrypoints/background/listener';
import type { SenderLike } from '../../entrypoints/background/sender';
import { type AnyReply, CONTENT_SCRIPT_TYPES, type RequestType } from '../../lib/messages';
import type { CreatorSnapshot, QueueTerms } from '../../lib/queue/entry';
import { createMemoryStore, type KeyValueStore } from '../../lib/storage/area';

export const EXT = { id: fakeBrowser.runtime.id, origin: 'chrome-extension://test-extension-id/' };
export const CONTENT: SenderLike = {
  id: EXT.id,
  url: 'https://affiliate.tiktok.com/connection/creator?shop_region=GB',
  tab: { id: 7, url: 'https://affiliate.tiktok.com/connection/creator?shop_region=GB' },
};
export const OPTIONS_PAGE: SenderLike = { id: EXT.id, url: `${EXT.origin}options.html` };
export const POPUP: SenderLike = { id: EXT.id, url: `${EXT.origin}popup.html` };

export const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

export function testDeps(overrides: Partial<WorkerDeps> = {}): WorkerDeps & { opened: string[]; clock: { t: number } } {
  const clock = { t: T0 };
  const opened: string[] = [];
  let n = 0;
  return {
    local: browser.storage.local,
    session: browser.storage.session,
    kv: createMemoryStore(),
    now: () => clock.t,
    token: () => (n++).toString(16).padStart(32, '0'),
    openTab: async (url) => {
      opened.push(url);
      return fakeBrowser.tabs.create({ url });
    },
    setBadge: async (text) => {
      await fakeBrowser.action.setBadgeText({ text });
    },
    compactEvery: 1_000_000,
    ...overrides,
    opened,
    clock,
  };
}

export interface TestWorker {
  core: Promise<Core>;
  send(msg: unknown, sender?: SenderLike): Promise<AnyReply>;
}

export function startTestWorker(deps: WorkerDeps): TestWorker {
  const core = createCore(deps);
  // By default a request comes from whoever may send it: a content script where it may, else the popup.
  const from = (msg: unknown): SenderLike =>
    CONTENT_SCRIPT_TYPES.has((msg as { type?: RequestType } | null)?.type as RequestType) ? CONTENT : POPUP;
  return { core, send: (msg, sender = from(msg)) => handleMessage(core, msg, sender, EXT) };
}

export function creator(id: string, extra: Partial<CreatorSnapshot> = {}): CreatorSnapshot {
  return { id, handle: `h_${id}`, canLive: true, region: 'GB', ...extra };
}

export const TERMS: QueueTerms = {
  products: [{ id: 'p1', targetRateBp: 1500, openRateBp: 1000, stock: 500, sampleOffer: 'free-sample' }],
  durationDays: 30,
  contentType: 'video',
  flashSale: false,
  feeStructure: 'commission',
};

export function addMsg(opId: string, ids: string[], terms: QueueTerms | undefined = TERMS) {
  return {
    type: 'queue/add',
    opId,
    inputs: ids.map((id) => ({ id: `e-${id}`, creator: creator(id), ...(terms ? { terms } : {}) })),
  };
}

export function data<T = Record<string, unknown>>(reply: AnyReply): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.code}: ${reply.error}`);
  return reply.data as T;
}

export type { KeyValueStore };
