/**
 * The runtime.onMessage listener: checks the sender, validates the request, waits for the worker to
 * be ready, routes, and always answers through sendResponse (returning true keeps the channel open;
 * this works with the polyfill, Chrome and Firefox alike, and with WXT's fakeBrowser).
 */

import { hostEntry } from '@/lib/hosts';
import { type AnyReply, MESSAGE_ERRORS, validateRequest } from '@/lib/messages';
import type { Core } from './core';
import { i18nLanguage } from './handle-misc';
import { Refused } from './refused';
import { route } from './router';
import { checkSender, type ExtensionIdentity, isExtensionPage, mayReportQuota, type SenderLike } from './sender';

/** Remembers which Seller Center host and region a content script last wrote from. */
function notePage(core: Core, sender: SenderLike, ext: ExtensionIdentity): void {
  if (isExtensionPage(sender, ext)) return;
  try {
    const url = new URL(sender.tab?.url ?? sender.url ?? '');
    const region = url.searchParams.get('shop_region')?.toUpperCase();
    if (hostEntry(url.hostname) && region && hostEntry(url.hostname)?.regions.includes(region)) {
      core.lastPage = { host: url.hostname, region };
    }
  } catch {
    // No usable URL: nothing to remember.
  }
}

export async function handleMessage(
  ready: Promise<Core>,
  raw: unknown,
  sender: SenderLike,
  ext: ExtensionIdentity,
): Promise<AnyReply> {
  const valid = validateRequest(raw);
  if (!valid.ok) return { ok: false, code: 'invalid', error: valid.reason };
  const denied = checkSender(sender, valid.request.type, ext);
  if (denied) return { ok: false, code: 'forbidden', error: denied };
  if (valid.request.type === 'quota/report' && !mayReportQuota(sender, valid.request.region)) {
    return { ok: false, code: 'forbidden', error: MESSAGE_ERRORS.pageOnly };
  }
  if (valid.request.type === 'i18n/language') return i18nLanguage();
  try {
    const core = await ready;
    notePage(core, sender, ext);
    return await route(core, valid.request);
  } catch (e) {
    if (e instanceof Refused) return { ok: false, code: 'refused', error: e.message };
    console.error('[collab-pilot] request failed', valid.request.type, e);
    return { ok: false, code: 'internal', error: MESSAGE_ERRORS.internal };
  }
}

/** Messages meant for content scripts (e.g. page/focused-creator) are not ours to answer. */
function isForWorker(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return true;
  const type = (raw as { type?: unknown }).type;
  return !(typeof type === 'string' && type.startsWith('page/'));
}

export function makeListener(ready: Promise<Core>, ext: ExtensionIdentity) {
  return (raw: unknown, sender: SenderLike, sendResponse: (reply: AnyReply) => void): true | undefined => {
    if (!isForWorker(raw)) return undefined;
    void handleMessage(ready, raw, sender, ext).then(sendResponse);
    return true;
  };
}
