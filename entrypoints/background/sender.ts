/**
 * Who may send what. The worker answers only our own extension's contexts; extension pages (options,
 * popup) may send every request, content scripts only the ones they use (CONTENT_SCRIPT_TYPES).
 *
 * Why the second rule: content scripts run inside Seller Center pages. If a page ever found a way to
 * drive our content script (a bug in how it reads page data, say), it could otherwise switch off the
 * warnings, purge or export the queue, or change the default rates the seller relies on. Each kind of
 * sender asking only for what it uses keeps that power out of every website. (The worker re-validates
 * whatever it finds in storage on start.)
 */
import { hostEntry } from '@/lib/hosts';
import { CONTENT_SCRIPT_TYPES, MESSAGE_ERRORS, type RequestType } from '@/lib/messages';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. "chrome-extension://abc/" (from runtime.getURL('')). */
  origin: string;
}

export function isExtensionPage(sender: SenderLike, ext: ExtensionIdentity): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(ext.origin);
}

export function checkSender(sender: SenderLike, type: RequestType, ext: ExtensionIdentity): string | null {
  if (!sender || sender.id !== ext.id) return MESSAGE_ERRORS.foreignSender;
  if (!CONTENT_SCRIPT_TYPES.has(type) && !isExtensionPage(sender, ext)) return MESSAGE_ERRORS.pageOnly;
  return null;
}

/**
 * Whether a content script may report the quota of `region`: only for a region its own host serves,
 * and only the region its tab's URL names. A page script can rewrite the path and query (pushState)
 * but not the host, so a report from one shop's host cannot block another host's regions.
 */
export function mayReportQuota(sender: SenderLike, region: string): boolean {
  try {
    const url = new URL(sender.tab?.url ?? sender.url ?? '');
    const named = url.searchParams.get('shop_region')?.toUpperCase();
    return !!hostEntry(url.hostname)?.regions.includes(region) && named === region;
  } catch {
    return false;
  }
}
