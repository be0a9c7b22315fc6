/**
 * Who may send what. The worker answers only our own extension's contexts, and only extension pages
 * (options, popup) may change settings.
 *
 * Why the second rule: content scripts run inside Seller Center pages. If a page ever found a way to
 * drive our content script (a bug in how it reads page data, say), it could otherwise switch off the
 * warnings or change the default rates the seller relies on. Limiting settings writes to pages served
 * from our own origin keeps that power out of every website. (Content scripts can still read settings,
 * and the worker re-validates whatever it finds in storage on start.)
 */
import { EXTENSION_PAGE_ONLY, MESSAGE_ERRORS, type RequestType } from '@/lib/messages';

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
  if (EXTENSION_PAGE_ONLY.has(type) && !isExtensionPage(sender, ext)) return MESSAGE_ERRORS.pageOnly;
  return null;
}
