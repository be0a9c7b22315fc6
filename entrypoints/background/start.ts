/** Wires the worker to the real browser; index.ts calls this from main(). */
import { browser } from 'wxt/browser';
import { createCore, type WorkerDeps } from './core';
import { createIdbStore } from './kv-idb';
import { makeListener } from './listener';
import { idbShardKv } from './memory-store';

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function browserDeps(): WorkerDeps {
  // MV2 Firefox has browserAction; MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  return {
    local: browser.storage.local,
    session: browser.storage.session ?? browser.storage.local,
    kv: createIdbStore(),
    memoryKv: idbShardKv(),
    now: () => Date.now(),
    token: randomToken,
    openTab: (url) => browser.tabs.create({ url, active: true }),
    setBadge: async (text) => {
      await action?.setBadgeText({ text });
    },
  };
}

/** Registers the message listener synchronously; state loads behind the returned promise. */
export function startWorker(deps: WorkerDeps) {
  const ready = createCore(deps);
  ready.catch((e) => console.error('[collab-pilot] worker failed to start', e));
  const ext = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(makeListener(ready, ext) as never);
  return ready;
}
