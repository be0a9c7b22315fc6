import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ExtensionLike, extensionGlobal, extensionSummaryApi } from '../../components/popup/summary-source';
import type { QueueSummary } from '../../lib/messages';
import { QUEUE_SUMMARY_KEY as SUMMARY_KEY } from '../../lib/queue/summary-key';

const S: QueueSummary = {
  rev: 1,
  counts: { queued: 2, opened: 0, sent: 0, failed: 0, removed: 0 },
  total: 2,
  updatedAt: 5,
};
const ext = fakeBrowser as unknown as ExtensionLike;

describe('extensionSummaryApi (no polyfill, one storage key)', () => {
  it.each([
    ['a valid summary', S, S],
    ['nothing stored yet', undefined, null],
    ['something else under the key', { total: 'many' }, null],
  ])('reads %s', async (_name, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [SUMMARY_KEY]: stored });
    expect(await extensionSummaryApi(ext).readSummary()).toEqual(expected);
  });

  it('follows valid local changes of the key only, until stopped', async () => {
    const api = extensionSummaryApi(ext);
    const seen: QueueSummary[] = [];
    const stop = api.onSummary((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [SUMMARY_KEY]: S });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.set({ [SUMMARY_KEY]: { broken: true } });
    await fakeBrowser.storage.session.set({ [SUMMARY_KEY]: { ...S, rev: 9 } });
    stop();
    await fakeBrowser.storage.local.set({ [SUMMARY_KEY]: { ...S, rev: 2 } });
    expect(seen).toEqual([S]);
  });

  it('links to the options page of this extension', () => {
    expect(extensionSummaryApi(ext).optionsUrl).toBe(fakeBrowser.runtime.getURL('/options.html'));
  });
});

describe('extensionGlobal', () => {
  const chrome = { tag: 'chrome' };
  it.each([
    ['Firefox: browser with a runtime id', { browser: { tag: 'browser', runtime: { id: 'x' } }, chrome }, 'browser'],
    ['Chrome: no browser', { chrome }, 'chrome'],
    ['a page-made `browser` without a runtime id', { browser: { tag: 'browser', runtime: {} }, chrome }, 'chrome'],
  ])('%s -> %s', (_name, g, tag) => {
    expect((extensionGlobal(g as unknown as typeof globalThis) as unknown as { tag: string }).tag).toBe(tag);
  });
});
