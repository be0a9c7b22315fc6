import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSender, mayReportQuota } from '../../entrypoints/background/sender';
import { startWorker } from '../../entrypoints/background/start';
import type { AnyReply } from '../../lib/messages';
import { CONTENT, EXT, OPTIONS_PAGE, POPUP, testDeps } from './helpers';

const FOREIGN = { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/x.html' };
const NO_ID = { url: 'https://evil.example/' };

describe('checkSender', () => {
  it.each([
    ['content script reads settings', CONTENT, 'settings/get', true],
    ['content script saves settings', CONTENT, 'settings/save', false],
    ['content script resets settings', CONTENT, 'settings/reset', false],
    ['content script imports settings', CONTENT, 'settings/import', false],
    ['content script collapses its panel', CONTENT, 'settings/panel', true],
    ['content script queues', CONTENT, 'queue/add', true],
    ['content script reports a Send outcome', CONTENT, 'queue/apply-result', true],
    ['content script removes entries', CONTENT, 'queue/remove', false],
    ['content script purges removed entries', CONTENT, 'queue/clear-removed', false],
    ['content script imports a CSV', CONTENT, 'queue/import-csv', false],
    ['content script exports settings', CONTENT, 'settings/export', false],
    ['content script opens a batch', CONTENT, 'batch/open', false],
    ['content script sets a status', CONTENT, 'queue/set-status', false],
    ['popup removes entries', POPUP, 'queue/remove', true],
    ['options page exports settings', OPTIONS_PAGE, 'settings/export', true],
    ['options page saves settings', OPTIONS_PAGE, 'settings/save', true],
    ['popup resets settings', POPUP, 'settings/reset', true],
    ['another extension', FOREIGN, 'queue/add', false],
    ['a sender without id', NO_ID, 'settings/get', false],
    [
      'look-alike origin',
      { id: EXT.id, url: 'https://chrome-extension.test-extension-id.evil/' },
      'settings/save',
      false,
    ],
  ] as const)('%s → allowed %s', (_n, sender, type, allowed) => {
    expect(checkSender(sender, type, EXT) === null).toBe(allowed);
  });
});

describe('mayReportQuota', () => {
  const tab = (url: string) => ({ id: EXT.id, url, tab: { id: 1, url } });
  it.each([
    ['its own host and region', 'https://affiliate.tiktok.com/connection/creator?shop_region=GB', 'GB', true],
    ['a region its URL does not name', 'https://affiliate.tiktok.com/connection/creator?shop_region=GB', 'FR', false],
    [
      "another host's region, named in a rewritten URL",
      'https://seller-uk.tiktok.com/affiliate/x?shop_region=US',
      'US',
      false,
    ],
    ['no region in the URL', 'https://seller-us.tiktok.com/affiliate/x', 'US', false],
    ['a host that is not Seller Center', 'https://evil.example/?shop_region=US', 'US', false],
  ])('%s → %s', (_n, url, region, ok) => expect(mayReportQuota(tab(url), region)).toBe(ok));
});

/** Sends through the real registered listener, as runtime.sendMessage would. */
async function viaListener(msg: unknown, sender: object): Promise<AnyReply> {
  let reply: AnyReply | undefined;
  const results = await fakeBrowser.runtime.onMessage.trigger(
    msg,
    sender as never,
    ((r: AnyReply) => {
      reply = r;
    }) as never,
  );
  expect(results).toContain(true);
  for (let i = 0; i < 50 && reply === undefined; i++) await new Promise((r) => setTimeout(r, 0));
  if (!reply) throw new Error('no reply');
  return reply;
}

describe('the registered listener', () => {
  it('registers on the first turn and answers valid requests', async () => {
    startWorker(testDeps());
    const r = await viaListener({ type: 'settings/get' }, CONTENT);
    expect(r.ok).toBe(true);
  });
  it.each([
    ['a foreign extension', { type: 'settings/get' }, FOREIGN, 'forbidden'],
    [
      'a content script changing settings',
      { type: 'settings/save', patch: { confirmWarnings: false } },
      CONTENT,
      'forbidden',
    ],
    ['a malformed request', { type: 'queue/add', opId: 'x', inputs: 'all of them' }, CONTENT, 'invalid'],
    ['an unknown type', { type: 'settings/destroy' }, OPTIONS_PAGE, 'invalid'],
    ['extra fields', { type: 'settings/get', sneaky: true }, CONTENT, 'invalid'],
    ['not an object', 'settings/get', CONTENT, 'invalid'],
  ])('refuses %s', async (_n, msg, sender, code) => {
    startWorker(testDeps());
    const r = await viaListener(msg, sender);
    expect(r).toMatchObject({ ok: false, code });
  });
  it('leaves settings unchanged after a refused write', async () => {
    startWorker(testDeps());
    await viaListener({ type: 'settings/save', patch: { confirmWarnings: false } }, CONTENT);
    const r = await viaListener({ type: 'settings/get' }, CONTENT);
    expect(r.ok && (r.data as { settings: { confirmWarnings: boolean } }).settings.confirmWarnings).toBe(true);
    expect((await browser.storage.local.get('settings')).settings).toBeUndefined();
  });
  it('ignores page/* messages meant for content scripts', () => {
    startWorker(testDeps());
    const l = fakeBrowser.runtime.onMessage;
    return l.trigger({ type: 'page/focused-creator' }, CONTENT as never, (() => {}) as never).then((res) => {
      expect(res).not.toContain(true);
    });
  });
});
